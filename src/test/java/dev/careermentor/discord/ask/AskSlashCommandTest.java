package dev.careermentor.discord.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.careermentor.TestKnowledge;
import dev.careermentor.answer.Answer;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Caller;
import dev.careermentor.discord.Requests;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class AskSlashCommandTest {

    private static final Caller CALLER = new Caller(7L, "ada", 1L, 2L, false);

    private final AskService ask = mock(AskService.class);
    private final Requests.Command command = mock(Requests.Command.class);
    private final AskSlashCommand feature = new AskSlashCommand(ask, () -> TestKnowledge.index().knowledgeBase());
    private final BotReply answerReply = BotReply.text("Upwork is a freelance marketplace.");
    private final AskService.Answered answered = new AskService.Answered(
            new Answer("Upwork is a freelance marketplace.", false, 0.9, List.of(), List.of(), false, List.of(), null), 42L,
            answerReply);

    @BeforeEach
    void setUp() {
        when(command.caller()).thenReturn(CALLER);
        when(command.option("question")).thenReturn(Optional.of("where do I find freelance work?"));
        when(ask.answer(any(), anyString(), any())).thenReturn(answered);
    }

    @Test
    void answersTheQuestionPubliclyInOneResponse() {
        when(ask.admit(CALLER, "where do I find freelance work?")).thenReturn(Optional.empty());

        feature.onCommand(command);

        verify(ask).answer(CALLER, "where do I find freelance work?", List.of());
        verify(command).reply(answerReply);
        verify(command, never()).defer(anyBoolean());
    }

    @Test
    void defersFirstWhenAnLlmMayTakeLongerThanThreeSeconds() {
        when(ask.admit(any(), anyString())).thenReturn(Optional.empty());
        when(ask.usesLlm()).thenReturn(true);

        feature.onCommand(command);

        InOrder order = inOrder(command, ask);
        order.verify(command).defer(false);
        order.verify(ask).answer(any(), anyString(), any());
        order.verify(command).reply(answerReply);
    }

    @Test
    void aDeclinedQuestionGetsTheDeclineAndNoAnswer() {
        BotReply cooldown = BotReply.ephemeral("Slow down a little: try again in 4 s.");
        when(ask.admit(any(), anyString())).thenReturn(Optional.of(cooldown));

        feature.onCommand(command);

        verify(command).reply(cooldown);
        verify(ask, never()).answer(any(), anyString(), any());
    }

    @Test
    void anEmptyQuestionGetsAPrivateHintAndNoAnswer() {
        when(command.option("question")).thenReturn(Optional.of(" \u200B\u202E "));

        feature.onCommand(command);

        ArgumentCaptor<BotReply> reply = ArgumentCaptor.forClass(BotReply.class);
        verify(command).reply(reply.capture());
        assertThat(reply.getValue().ephemeral()).isTrue();
        assertThat(reply.getValue().content()).contains("Ask me a question").contains("/topics");
        verify(ask, never()).admit(any(), anyString());
        verify(ask, never()).answer(any(), anyString(), any());
    }

    @Test
    void anAnswerDiscordDidNotTakeIsKeptAndTheMemberToldPrivatelyWithTryAgain() {
        when(ask.admit(any(), anyString())).thenReturn(Optional.empty());
        when(ask.keepUndelivered(any(), anyString(), any())).thenReturn(99L);
        org.mockito.Mockito.doThrow(new Requests.NotDelivered("replying", 4, new RuntimeException("500")))
                .when(command).reply(answerReply);

        feature.onCommand(command);

        verify(ask).keepUndelivered(CALLER, "where do I find freelance work?", answered);
        ArgumentCaptor<BotReply> notice = ArgumentCaptor.forClass(BotReply.class);
        verify(command).followUp(notice.capture());
        assertThat(notice.getValue()).isEqualTo(TryAgain.privateNotice(99L));
    }

    @Test
    void autocompleteSuggestsQuestionsTheKnowledgeBaseAnswers() {
        Requests.Autocomplete request = mock(Requests.Autocomplete.class);
        when(request.typed()).thenReturn("freelance");

        feature.onAutocomplete(request);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Requests.Choice>> choices = ArgumentCaptor.forClass(List.class);
        verify(request).suggest(choices.capture());
        assertThat(choices.getValue()).isNotEmpty().hasSizeLessThanOrEqualTo(25)
                .allSatisfy(c -> assertThat(c.label()).endsWith("?").hasSizeLessThanOrEqualTo(100))
                .anySatisfy(c -> assertThat(c.label()).containsIgnoringCase("freelance"));
    }

    @Test
    void theCommandDeclaresARequiredAutocompletedQuestion() {
        var option = feature.data().getOptions().get(0);

        assertThat(feature.data().getName()).isEqualTo("ask");
        assertThat(option.getName()).isEqualTo("question");
        assertThat(option.isRequired()).isTrue();
        assertThat(option.isAutoComplete()).isTrue();
        assertThat(option.getMaxLength()).isEqualTo(AskService.MAX_QUESTION_CHARS);
    }
}
