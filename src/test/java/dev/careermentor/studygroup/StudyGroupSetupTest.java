package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a channel hears when an admin sets its study group up: once an announcement, then only what changed. */
class StudyGroupSetupTest {

    @TempDir
    Path dir;

    private StudyGroupFixture bot;

    @BeforeEach
    void aBot() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T07:00:00Z"));
        bot = new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-1", new FakeChallengeChannel(clock));
    }

    @Test
    void aNewGroupIsAnnounced() {
        bot.setup(10L, "09:00", "UTC");

        assertThat(bot.channel.said).extracting(FakeChallengeChannel.Text::message)
                .containsExactly(new StudyGroupMessage.Announcement(LocalTime.of(9, 0), ZoneId.of("UTC")));
    }

    @Test
    void aChangedTimeGetsAShortNoteNotASecondAnnouncement() {
        bot.setup(10L, "09:00", "UTC");

        bot.setup(10L, "18:30", "Europe/Berlin");

        assertThat(bot.channel.said).extracting(FakeChallengeChannel.Text::message).containsExactly(
                new StudyGroupMessage.Announcement(LocalTime.of(9, 0), ZoneId.of("UTC")),
                new StudyGroupMessage.ScheduleChanged(LocalTime.of(18, 30), ZoneId.of("Europe/Berlin")));
    }

    @Test
    void theSameTimeAgainSaysNothing() {
        bot.setup(10L, "09:00", "UTC");

        bot.setup(10L, "9am", "utc");

        assertThat(bot.channel.said).hasSize(1);
    }

    @Test
    void aPausedGroupSetUpAgainIsAnnouncedAfresh() {
        bot.setup(10L, "09:00", "UTC");
        bot.studyGroups.pause(10L, "admin");

        bot.setup(10L, "09:00", "UTC");

        assertThat(bot.channel.said).extracting(FakeChallengeChannel.Text::message).containsExactly(
                new StudyGroupMessage.Announcement(LocalTime.of(9, 0), ZoneId.of("UTC")),
                new StudyGroupMessage.Announcement(LocalTime.of(9, 0), ZoneId.of("UTC")));
    }
}
