package dev.careermentor.discord.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Caller;
import dev.careermentor.discord.ModalForm;
import dev.careermentor.discord.Requests;
import dev.careermentor.discord.studygroup.StudyGroupCommand;
import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.learning.PracticeSessions;
import dev.careermentor.studygroup.model.PracticeItem;
import dev.careermentor.studygroup.model.ReviewState;
import dev.careermentor.studygroup.model.StudyGroup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** /practice, its buttons and form, and /studygroup streak-freeze, against mocked core services. */
class PracticeFeaturesTest {

    private static final Caller MEMBER = new Caller(2L, "member", 10L, 20L, false);
    private static final Caller ADMIN = new Caller(1L, "admin", 10L, 20L, true);
    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");
    private static final Challenge CHOICE = new Challenge.MultipleChoice(new Challenge.Meta("c1", 1, List.of(),
            "testing/coverage", "Which tool shows untested lines?", "Coverage does.", "t.yaml", 1),
            List.of("Coverage", "Jenkins"), 0);
    private static final Challenge SHORT = new Challenge.ShortAnswer(new Challenge.Meta("s1", 2, List.of(),
            "testing/first-pytest-test", "Which command runs the tests?", "pytest runs them.", "t.yaml", 2),
            List.of("pytest"), null);
    private static final PracticeItem ITEM = new PracticeItem(9L, 2L, "c1", PracticeItem.Reason.MISSED, 0L, null, null);

    private final PracticeSessions sessions = mock(PracticeSessions.class);

    private static BotReply replyOf(Requests.Interaction interaction) {
        ArgumentCaptor<BotReply> reply = ArgumentCaptor.forClass(BotReply.class);
        verify(interaction).reply(reply.capture());
        return reply.getValue();
    }

    @Test
    void practiceHandsTheMembersNextChallengePrivatelyWithItsReasonAndAnswerButtons() {
        Requests.Command command = mock(Requests.Command.class);
        when(command.caller()).thenReturn(MEMBER);
        when(sessions.next(2L)).thenReturn(Optional.of(new PracticeSessions.Handed(ITEM, CHOICE, Optional.empty())));
        when(sessions.topicTitle("testing")).thenReturn("Testing");

        new PracticeCommand(sessions).onCommand(command);

        BotReply reply = replyOf(command);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.embeds().get(0).title()).isEqualTo("Practice · Testing");
        assertThat(reply.allText()).contains("You missed one on Testing").contains("A) Coverage").contains("B) Jenkins");
        assertThat(reply.buttons()).extracting(BotReply.Button::id)
                .containsExactly("v1:practice:pick:9:0", "v1:practice:pick:9:1");
    }

    @Test
    void anEmptyBankIsSaidPlainly() {
        Requests.Command command = mock(Requests.Command.class);
        when(command.caller()).thenReturn(MEMBER);
        when(sessions.next(2L)).thenReturn(Optional.empty());

        new PracticeCommand(sessions).onCommand(command);

        assertThat(replyOf(command).content()).contains("no challenge to practise");
    }

    @Test
    void aPickedOptionIsCheckedAndSaysWhenItComesBack() {
        Requests.Component click = mock(Requests.Component.class);
        when(click.caller()).thenReturn(MEMBER);
        when(click.customId()).thenReturn("v1:practice:pick:9:1");
        ReviewState review = new ReviewState(2L, "c1", "testing", 0.2, 6.4, 1, 1, NOW.toEpochMilli(),
                NOW.plus(Duration.ofDays(1)).toEpochMilli(), false);
        when(sessions.answer(9L, 2L, "1", 0)).thenReturn(new PracticeSessions.Answered(ITEM, CHOICE, false, "Jenkins",
                review, 2));

        new PracticeButtons(sessions).onComponent(click);

        BotReply reply = replyOf(click);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).contains("Not quite").contains("A) Coverage").contains("comes back for review in 1 day")
                .contains("2 reviews are due now");
        assertThat(reply.buttons()).extracting(BotReply.Button::id).containsExactly("v1:practice:next");
    }

    @Test
    void aTypedAnswerOpensAFormOnlyForTheMemberTheItemWasHandedTo() {
        PracticeItem item = new PracticeItem(9L, 2L, "s1", PracticeItem.Reason.TOPIC, 0L, null, null);
        when(sessions.item(9L)).thenReturn(Optional.of(item));
        when(sessions.challengeOf(item)).thenReturn(Optional.of(SHORT));
        Requests.Component mine = mock(Requests.Component.class);
        when(mine.caller()).thenReturn(MEMBER);
        when(mine.customId()).thenReturn("v1:practice:answer:9");
        Requests.Component theirs = mock(Requests.Component.class);
        when(theirs.caller()).thenReturn(new Caller(3L, "other", 10L, 20L, false));
        when(theirs.customId()).thenReturn("v1:practice:answer:9");

        new PracticeButtons(sessions).onComponent(mine);
        new PracticeButtons(sessions).onComponent(theirs);

        ArgumentCaptor<ModalForm> form = ArgumentCaptor.forClass(ModalForm.class);
        verify(mine).openModal(form.capture());
        assertThat(PracticeIds.parse(form.getValue().id())).contains(new PracticeIds.Submit(9L));
        verify(theirs, never()).openModal(org.mockito.ArgumentMatchers.any());
        assertThat(replyOf(theirs).content()).contains("not yours");
    }

    @Test
    void practiceThisAsksForTheCardsTopic() {
        Requests.Component click = mock(Requests.Component.class);
        when(click.caller()).thenReturn(MEMBER);
        when(click.customId()).thenReturn(PracticeIds.encode(new PracticeIds.ThisTopic("testing/coverage")));
        when(sessions.onTopic(2L, "testing/coverage")).thenReturn(Optional.of(new PracticeSessions.Handed(
                new PracticeItem(9L, 2L, "c1", PracticeItem.Reason.TOPIC, 0L, null, null), CHOICE, Optional.empty())));
        when(sessions.topicTitle("testing")).thenReturn("Testing");

        new PracticeButtons(sessions).onComponent(click);

        assertThat(replyOf(click).allText()).contains("On Testing.");
    }

    @Test
    void streakFreezeIsTurnedOffAndOnByServerManagers() {
        StudyGroups studyGroups = mock(StudyGroups.class);
        StudyGroup group = new StudyGroup(5L, StudyGroup.Kind.CHANNEL, 10L, 20L, 1L, LocalTime.of(9, 0),
                ZoneId.of("Europe/Berlin"), null, 3, StudyGroup.Status.ACTIVE, null);
        when(studyGroups.setStreakFreeze(20L, false)).thenReturn(Optional.of(group));
        Requests.Command command = mock(Requests.Command.class);
        when(command.caller()).thenReturn(ADMIN);
        when(command.subcommand()).thenReturn(Optional.of("streak-freeze"));
        when(command.option("mode")).thenReturn(Optional.of("off"));

        new StudyGroupCommand(studyGroups, Clock.fixed(NOW, ZoneOffset.UTC)).onCommand(command);

        verify(studyGroups).setStreakFreeze(20L, false);
        assertThat(replyOf(command).content()).contains("Streak freeze is off");
    }
}
