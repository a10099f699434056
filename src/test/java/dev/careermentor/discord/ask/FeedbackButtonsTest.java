package dev.careermentor.discord.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Caller;
import dev.careermentor.discord.ModalForm;
import dev.careermentor.discord.Requests;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.questions.FeedbackRepository;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class FeedbackButtonsTest {

    private static final Caller MEMBER = new Caller(5L, "bob", 1L, 2L, false);

    private final FeedbackRepository feedback = mock(FeedbackRepository.class);
    private final AnswerLog answers = mock(AnswerLog.class);
    private final FeedbackButtons feature = new FeedbackButtons(feedback, answers);
    private final Requests.Component click = mock(Requests.Component.class);

    @BeforeEach
    void setUp() {
        when(click.caller()).thenReturn(MEMBER);
        when(answers.exists(42L)).thenReturn(true);
    }

    private BotReply reply() {
        ArgumentCaptor<BotReply> reply = ArgumentCaptor.forClass(BotReply.class);
        verify(click).reply(reply.capture());
        return reply.getValue();
    }

    @Test
    void aThumbsUpRecordsTheMembersVoteAndThanksPrivately() {
        when(click.customId()).thenReturn("v1:feedback:up:42");
        when(feedback.vote(42L, 5L, FeedbackRepository.Vote.HELPFUL)).thenReturn(Optional.empty());

        feature.onComponent(click);

        verify(feedback).vote(42L, 5L, FeedbackRepository.Vote.HELPFUL);
        assertThat(reply().ephemeral()).isTrue();
        assertThat(reply().content()).contains("👍");
    }

    @Test
    void votingAgainChangesTheVoteInsteadOfAddingOne() {
        when(click.customId()).thenReturn("v1:feedback:up:42");
        when(feedback.vote(42L, 5L, FeedbackRepository.Vote.HELPFUL)).thenReturn(Optional.of(FeedbackRepository.Vote.UNHELPFUL));

        feature.onComponent(click);

        assertThat(reply().content()).startsWith("Changed your vote");
    }

    @Test
    void theSameVoteAgainSaysItWasAlreadyCast() {
        when(click.customId()).thenReturn("v1:feedback:up:42");
        when(feedback.vote(42L, 5L, FeedbackRepository.Vote.HELPFUL)).thenReturn(Optional.of(FeedbackRepository.Vote.HELPFUL));

        feature.onComponent(click);

        assertThat(reply().content()).startsWith("You already voted 👍").doesNotContain("Changed");
    }

    @Test
    void aThumbsDownAfterAThumbsUpSaysTheVoteChangedAndAgainThatItWasAlreadyCast() {
        when(click.customId()).thenReturn("v1:feedback:down:42");
        when(feedback.vote(42L, 5L, FeedbackRepository.Vote.UNHELPFUL))
                .thenReturn(Optional.of(FeedbackRepository.Vote.HELPFUL), Optional.of(FeedbackRepository.Vote.UNHELPFUL));

        feature.onComponent(click);
        feature.onComponent(click);

        ArgumentCaptor<BotReply> followUps = ArgumentCaptor.forClass(BotReply.class);
        verify(click, org.mockito.Mockito.times(2)).followUp(followUps.capture());
        assertThat(followUps.getAllValues()).extracting(BotReply::content).satisfiesExactly(
                first -> assertThat(first).startsWith("Changed your vote to 👎."),
                second -> assertThat(second).startsWith("You already voted 👎"));
    }

    @Test
    void aCommentLongerThanTheFormAllowsIsRefusedNotStored() {
        Requests.ModalSubmit submit = mock(Requests.ModalSubmit.class);
        when(submit.caller()).thenReturn(MEMBER);
        when(submit.customId()).thenReturn("v1:feedback:missing:42");
        when(submit.value("missing")).thenReturn(Optional.of("😀".repeat(1001)));

        feature.onModal(submit);

        verify(feedback, never()).comment(anyLong(), anyLong(), anyString());
        verify(submit).reply(BotReply.ephemeral("Nothing was recorded: that is 1,001 characters; the form takes up to 1,000."));
    }

    @Test
    void aThumbsDownAsksWhatWasMissingInAnEphemeralFollowUp() {
        when(click.customId()).thenReturn("v1:feedback:down:42");

        feature.onComponent(click);

        verify(feedback).vote(42L, 5L, FeedbackRepository.Vote.UNHELPFUL);
        verify(click).defer(true);
        ArgumentCaptor<BotReply> followUp = ArgumentCaptor.forClass(BotReply.class);
        verify(click).followUp(followUp.capture());
        BotReply reply = followUp.getValue();
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).contains("What was missing");
        assertThat(reply.buttons()).singleElement().extracting(BotReply.Button::id).isEqualTo("v1:feedback:why:42");
    }

    @Test
    void tellingUsOpensAFormAndItsTextIsRecorded() {
        when(click.customId()).thenReturn("v1:feedback:why:42");
        feature.onComponent(click);
        ArgumentCaptor<ModalForm> form = ArgumentCaptor.forClass(ModalForm.class);
        verify(click).openModal(form.capture());
        assertThat(form.getValue().id()).isEqualTo("v1:feedback:missing:42");

        Requests.ModalSubmit submit = mock(Requests.ModalSubmit.class);
        when(submit.caller()).thenReturn(MEMBER);
        when(submit.customId()).thenReturn(form.getValue().id());
        when(submit.value("missing")).thenReturn(Optional.of("  It did not mention interviews for juniors. "));
        feature.onModal(submit);

        verify(feedback).comment(42L, 5L, "It did not mention interviews for juniors.");
        verify(submit).reply(BotReply.ephemeral("Thank you, noted. The maintainers read every comment."));
    }

    @Test
    void buttonsAndFormsFromBeforeVersionedIdsStillWork() {
        when(click.customId()).thenReturn("feedback:up:42");
        feature.onComponent(click);
        verify(feedback).vote(42L, 5L, FeedbackRepository.Vote.HELPFUL);

        Requests.ModalSubmit submit = mock(Requests.ModalSubmit.class);
        when(submit.caller()).thenReturn(MEMBER);
        when(submit.customId()).thenReturn("feedback:missing:42");
        when(submit.value("missing")).thenReturn(Optional.of("More on juniors."));
        feature.onModal(submit);
        verify(feedback).comment(42L, 5L, "More on juniors.");
    }

    @Test
    void anUnknownAnswerIsExplainedNotRecorded() {
        when(click.customId()).thenReturn(FeedbackIds.id(FeedbackIds.Action.UP, 99L));

        feature.onComponent(click);

        verify(feedback, never()).vote(anyLong(), anyLong(), org.mockito.ArgumentMatchers.any());
        verify(feedback, never()).comment(anyLong(), anyLong(), anyString());
        assertThat(reply().content()).contains("can't find that answer");
    }
}
