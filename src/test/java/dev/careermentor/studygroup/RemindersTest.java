package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.MutableClock;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemindersTest {

    @TempDir
    Path dir;

    private MutableClock clock;
    private StudyGroupFixture bot;
    private StudyGroup group;

    @BeforeEach
    void postToday() {
        clock = new MutableClock(Instant.parse("2026-11-24T07:59:00Z"));
        bot = new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-1", new FakeChallengeChannel(clock));
        group = bot.setup(10L, "09:00", "Europe/Berlin");
        bot.runUntil(Instant.parse("2026-11-24T08:01:00Z"));
    }

    private long todaysPost() {
        return bot.posts.forDate(group.id(), LocalDate.of(2026, 11, 24)).map(Post::id).orElseThrow();
    }

    @Test
    void theChannelHearsHowManyAnsweredAFewHoursBeforeTheDayEnds() {
        bot.practice.answer(group, todaysPost(), 5L, "0", 0);
        bot.practice.answer(group, todaysPost(), 6L, "1", 0);

        bot.runUntil(Instant.parse("2026-11-24T21:00:00Z"));

        assertThat(bot.channel.reminders()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo(Instant.parse("2026-11-24T20:00:00Z")); // 21:00 in Berlin
            assertThat(r.text()).contains("3 hours left").contains("2 members have answered");
        });
    }

    @Test
    void membersWhoOptedInAndHaveNotAnsweredGetOneDirectMessageAtTheirLocalTime() {
        bot.studyGroups.remind(group, 5L, true, LocalTime.of(12, 0), ZoneId.of("America/New_York")); // 17:00 UTC
        bot.studyGroups.remind(group, 6L, true, LocalTime.of(12, 0), ZoneId.of("Europe/Berlin"));
        bot.studyGroups.remind(group, 7L, false, LocalTime.of(12, 0), ZoneId.of("Europe/Berlin"));
        bot.practice.answer(group, todaysPost(), 6L, "0", 0); // member 6 already answered

        bot.runUntil(Instant.parse("2026-11-24T22:00:00Z"));

        assertThat(bot.channel.directMessages).singleElement().satisfies(dm -> {
            assertThat(dm.target()).isEqualTo(5L);
            assertThat(dm.at()).isEqualTo(Instant.parse("2026-11-24T17:00:00Z"));
            assertThat(dm.text()).contains("haven't answered").contains("<#10>").contains("/challenge remind off");
        });
    }

    @Test
    void aReminderIsSentAtMostOncePerDay() throws Exception {
        bot.studyGroups.remind(group, 5L, true, LocalTime.of(18, 0), ZoneId.of("Europe/Berlin"));
        Reminders reminders = new Reminders(bot.posts, bot.reminderSettings, bot.channel, clock);
        var reminder = bot.reminderSettings.find(group.id(), 5L).orElseThrow();

        assertThat(reminders.remindMember(group, reminder, LocalDate.of(2026, 11, 24))).isTrue();
        assertThat(reminders.remindMember(group, reminder, LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(bot.channel.directMessages).hasSize(1);
    }
}
