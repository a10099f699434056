package dev.careermentor.discord.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.discord.CommandMentions;
import dev.careermentor.studygroup.StudyGroupMessage;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The study groups' messages as Discord shows them: channel links, and commands as links once registered. */
class StudyGroupTextsTest {

    private final CommandMentions commands = new CommandMentions();
    private final StudyGroupTexts texts = new StudyGroupTexts(commands);

    @Test
    void theAnnouncementSaysWhenAndWhereToKeepScore() {
        String text = texts.render(new StudyGroupMessage.Announcement(LocalTime.of(9, 0), ZoneId.of("Europe/Berlin")));

        assertThat(text).contains("study group").contains("09:00 Europe/Berlin").contains("/streak").contains("/leaderboard");
    }

    @Test
    void aChangedTimeIsAShortNoteWithTheZonesName() {
        assertThat(texts.render(new StudyGroupMessage.ScheduleChanged(LocalTime.of(18, 30), ZoneId.of("Europe/Berlin"))))
                .isEqualTo("🗓️ New time for the daily challenge: 18:30 Europe/Berlin.");
        assertThat(texts.render(new StudyGroupMessage.Announcement(LocalTime.of(18, 0), java.time.ZoneOffset.UTC)))
                .contains("18:00 UTC").doesNotContain(" Z");
    }

    @Test
    void theChannelReminderSaysHowLongIsLeftAndHowManyAnswered() {
        assertThat(texts.render(new StudyGroupMessage.ChannelReminder(Duration.ofHours(3), 2)))
                .isEqualTo("⏰ 3 hours left for today's challenge — 2 members have answered so far. Scroll up to give it a try!");
        assertThat(texts.render(new StudyGroupMessage.ChannelReminder(Duration.ofMinutes(40), 1)))
                .contains("40 minutes left").contains("1 member has answered");
        assertThat(texts.render(new StudyGroupMessage.ChannelReminder(Duration.ofSeconds(50), 0)))
                .contains("1 minute left").contains("0 members have answered");
    }

    @Test
    void aMembersReminderLinksTheGroupsChannelOrPointsToTheirPersonalChallenge() {
        assertThat(texts.render(new StudyGroupMessage.DirectReminder(10L, Duration.ofHours(5))))
                .isEqualTo("👋 Friendly reminder: you haven't answered today's challenge in <#10> yet. 5 h left. "
                        + "(Turn these off with /challenge remind off.)");
        assertThat(texts.render(new StudyGroupMessage.DirectReminder(null, Duration.ofMinutes(20))))
                .contains("your personal challenge (use /challenge today)").contains("1 h left");
    }

    @Test
    void theOwnerIsToldWhichGroupPausedWhyAndHowToResume() {
        assertThat(texts.render(new StudyGroupMessage.PausedNotice(10L, "the channel was deleted")))
                .isEqualTo("Your study group in <#10> is paused: the channel was deleted. Fix the channel or the bot's "
                        + "permissions, then run /studygroup resume there.");
    }

    @Test
    void onceTheCommandsAreRegisteredTheyAreClickable() {
        commands.registered("studygroup", 123L);
        commands.registered("challenge", 456L);

        assertThat(texts.render(new StudyGroupMessage.PausedNotice(10L, "gone"))).contains("</studygroup resume:123>");
        assertThat(texts.render(new StudyGroupMessage.DirectReminder(10L, Duration.ofHours(2))))
                .contains("</challenge remind:456> off");
        assertThat(texts.render(new StudyGroupMessage.Announcement(LocalTime.NOON, ZoneId.of("UTC"))))
                .as("commands not registered stay plain").contains("/streak");
    }
}
