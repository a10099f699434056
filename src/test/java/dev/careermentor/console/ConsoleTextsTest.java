package dev.careermentor.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.studygroup.StudyGroupMessage;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console writes the study groups' messages in plain words: no Discord links or mentions. */
class ConsoleTextsTest {

    @Test
    void everyKindOfMessageIsPlainText() {
        List<StudyGroupMessage> messages = List.of(
                new StudyGroupMessage.Announcement(LocalTime.of(9, 0), ZoneId.of("Europe/Berlin")),
                new StudyGroupMessage.ScheduleChanged(LocalTime.of(18, 30), ZoneId.of("UTC")),
                new StudyGroupMessage.ChannelReminder(Duration.ofHours(3), 2),
                new StudyGroupMessage.DirectReminder(10L, Duration.ofHours(5)),
                new StudyGroupMessage.DirectReminder(null, Duration.ofHours(5)),
                new StudyGroupMessage.PausedNotice(10L, "the channel was deleted"));

        for (StudyGroupMessage message : messages) {
            assertThat(ConsoleTexts.render(message)).isNotBlank().doesNotContain("<#", "<@", "</");
        }
    }

    @Test
    void aPersonalReminderNamesTheConsolesOwnCommand() {
        assertThat(ConsoleTexts.render(new StudyGroupMessage.DirectReminder(null, Duration.ofHours(5))))
                .contains("/today").doesNotContain("/challenge");
    }

    @Test
    void aPauseNoticeSaysWhy() {
        assertThat(ConsoleTexts.render(new StudyGroupMessage.PausedNotice(10L, "the channel was deleted")))
                .contains("paused").contains("the channel was deleted");
    }
}
