package dev.careermentor.discord.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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

class RelatedQuestionsTest {

    private static final Caller MEMBER = new Caller(5L, "bob", 1L, 2L, false);

    private final AskService ask = mock(AskService.class);
    private final RelatedQuestions feature = new RelatedQuestions(ask, () -> TestKnowledge.index().knowledgeBase());
    private final Requests.Component click = mock(Requests.Component.class);

    @BeforeEach
    void setUp() {
        when(click.caller()).thenReturn(MEMBER);
    }

    private BotReply reply() {
        ArgumentCaptor<BotReply> reply = ArgumentCaptor.forClass(BotReply.class);
        verify(click).reply(reply.capture());
        return reply.getValue();
    }

    @Test
    void aRelatedQuestionIsAskedForTheMemberWhoClickedAndAnsweredPrivately() {
        when(click.customId()).thenReturn(RelatedIds.id("interviews/technical-interview"));
        when(ask.admit(MEMBER, "What happens in the technical interview?")).thenReturn(Optional.empty());
        BotReply answer = BotReply.text("The technical interview is the second round.");
        when(ask.answer(MEMBER, "What happens in the technical interview?", List.of()))
                .thenReturn(new AskService.Answered(new Answer("…", false, 0.9, List.of(), List.of(), false, List.of(), null),
                        7L, answer));

        feature.onComponent(click);

        assertThat(reply().content()).isEqualTo(answer.content());
        assertThat(reply().ephemeral()).isTrue();
    }

    @Test
    void theQuestionLimitsStillApply() {
        when(click.customId()).thenReturn(RelatedIds.id("interviews/technical-interview"));
        when(ask.admit(any(), anyString())).thenReturn(Optional.of(BotReply.ephemeral("Slow down a little: try again in 5 s.")));

        feature.onComponent(click);

        assertThat(reply().content()).startsWith("Slow down");
        verify(ask, never()).answer(any(), anyString(), any());
    }

    @Test
    void aButtonForACardThatWasRemovedSaysSo() {
        when(click.customId()).thenReturn(RelatedIds.id("interviews/gone"));

        feature.onComponent(click);

        assertThat(reply().content()).contains("no longer in the knowledge base");
        assertThat(reply().ephemeral()).isTrue();
    }

    @Test
    void theIdNamesTheCardAndReadsBack() {
        assertThat(RelatedIds.id("web-frameworks/what-is-django")).isEqualTo("v1:related:ask:web-frameworks/what-is-django");
        assertThat(RelatedIds.parse("v1:related:ask:web-frameworks/what-is-django")).contains("web-frameworks/what-is-django");
        assertThat(RelatedIds.parse("v1:feedback:up:42")).isEmpty();
    }
}
