package dev.careermentor.discord.ask;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Turn;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Caller;
import dev.careermentor.discord.Requests;
import dev.careermentor.questions.ConversationRepository;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class ConversationsTest {

    private static final Caller AUTHOR = new Caller(5L, "bob", 1L, 2L, false);

    private final AskService ask = mock(AskService.class);
    private final ConversationRepository conversations = mock(ConversationRepository.class);
    private final Conversations feature = new Conversations(ask, conversations);
    private final Requests.Message message = mock(Requests.Message.class);
    private final Requests.Channel channel = mock(Requests.Channel.class);
    private final Requests.Channel thread = mock(Requests.Channel.class);
    private final BotReply reply = BotReply.text("answer");

    @BeforeEach
    void setUp() {
        when(message.caller()).thenReturn(AUTHOR);
        when(message.channel()).thenReturn(channel);
        when(thread.id()).thenReturn(300L);
        when(ask.admitMessage(any(), anyString())).thenReturn(new AskService.Admitted());
        when(ask.answer(any(), anyString(), any())).thenReturn(new AskService.Answered(
                new Answer("answer", false, 0.9, List.of(), List.of(), false, List.of(), null), 1L, reply));
    }

    @Test
    void aMentionOpensAThreadOnTheMessageAndAnswersThere() {
        when(message.mentionsBot()).thenReturn(true);
        when(message.content()).thenReturn("what happens in the HR interview?");
        when(message.startThread("what happens in the HR interview?")).thenReturn(thread);

        feature.onMessage(message);

        InOrder order = inOrder(conversations, thread);
        order.verify(conversations).start(300L, 1L, 2L, 5L);
        order.verify(conversations).append(eq(300L), argThat(turn ->
                turn.question().equals("what happens in the HR interview?")));
        order.verify(thread).send(reply); // the turn is stored first, so a quick follow-up finds it
        verify(channel, never()).send(any());
    }

    @Test
    void aFollowUpInTheBotsThreadIsAnsweredWithTheEarlierTurns() {
        List<Turn> earlier = List.of(new Turn("what happens in the HR interview?", "The HR interview ..."));
        when(message.inThread()).thenReturn(true);
        when(channel.id()).thenReturn(300L);
        when(conversations.exists(300L)).thenReturn(true);
        when(conversations.recentTurns(300L, Conversations.CONTEXT_TURNS)).thenReturn(earlier);
        when(message.content()).thenReturn("and the second one?");

        feature.onMessage(message);

        verify(ask).admitMessage(AUTHOR, "and the second one?");
        verify(ask).answer(AUTHOR, "and the second one?", earlier);
        verify(channel).send(reply);
        verify(conversations).append(eq(300L), argThat(turn -> turn.question().equals("and the second one?")));
    }

    @Test
    void anAnswerDiscordDidNotTakeIsKeptAndTheMemberToldInTheThreadNotTheChannel() {
        when(message.mentionsBot()).thenReturn(true);
        when(message.content()).thenReturn("what is a cron job?");
        when(message.startThread(anyString())).thenReturn(thread);
        when(ask.keepUndelivered(any(), anyString(), any())).thenReturn(99L);
        org.mockito.Mockito.doThrow(new Requests.NotDelivered("posting", 4, new RuntimeException("500"))).when(thread)
                .send(reply);

        feature.onMessage(message);

        verify(ask).keepUndelivered(eq(AUTHOR), eq("what is a cron job?"), any());
        verify(thread).send(TryAgain.notice(99L));
        verify(channel, never()).send(any());
    }

    @Test
    void aQuestionAskedAgainAfterALostAnswerIsNotStoredTwice() {
        when(message.inThread()).thenReturn(true);
        when(channel.id()).thenReturn(300L);
        when(conversations.exists(300L)).thenReturn(true);
        when(message.content()).thenReturn("what is a cron job?");
        when(ask.hasUndelivered(AUTHOR, "what is a cron job?")).thenReturn(true);

        feature.onMessage(message);

        verify(channel).send(reply);
        verify(conversations, never()).append(anyLong(), any());
    }

    @Test
    void aMemberToldToSlowDownAMomentAgoHearsNothingMore() {
        when(message.inThread()).thenReturn(true);
        when(channel.id()).thenReturn(300L);
        when(conversations.exists(300L)).thenReturn(true);
        when(message.content()).thenReturn("and another one?");
        when(ask.admitMessage(any(), anyString())).thenReturn(new AskService.Dropped());

        feature.onMessage(message);

        verify(channel, never()).send(any());
        verify(ask, never()).answer(any(), anyString(), any());
    }

    @Test
    void theThreadIsNamedAfterTheQuestionWithoutPingsLinksOrInvisibleCharacters() {
        when(message.mentionsBot()).thenReturn(true);
        when(message.content()).thenReturn("@everyone\u202E see http://x.example what is pip?");
        when(message.startThread(anyString())).thenReturn(thread);

        feature.onMessage(message);

        verify(message).startThread("everyone see (link) what is pip?");
    }

    @Test
    void chatterInOtherChannelsIsIgnored() {
        when(message.content()).thenReturn("anyone up for lunch?");

        feature.onMessage(message);

        verifyNoInteractions(ask);
        verify(conversations, never()).start(anyLong(), any(), anyLong(), anyLong());
    }

    @Test
    void aRateLimitedMentionGetsTheLimitMessageAndNoThread() {
        when(message.mentionsBot()).thenReturn(true);
        when(message.content()).thenReturn("what is an ORM?");
        when(ask.admitMessage(any(), anyString())).thenReturn(new AskService.Refused(BotReply.ephemeral("Slow down")));

        feature.onMessage(message);

        verify(channel).send(BotReply.ephemeral("Slow down"));
        verify(message, never()).startThread(anyString());
    }

    @Test
    void anEmptyMentionGetsAHint() {
        when(message.mentionsBot()).thenReturn(true);
        when(message.content()).thenReturn("  ");
        when(ask.mayHint(AUTHOR)).thenReturn(true);

        feature.onMessage(message);

        verify(channel).send(argThat(r -> r.content().contains("Ask me a question")));
        verify(ask, never()).admitMessage(any(), anyString());
        verify(ask, never()).answer(any(), anyString(), any());
    }

    @Test
    void emptyMentionsInARowGetNoMoreHints() {
        when(message.mentionsBot()).thenReturn(true);
        when(message.content()).thenReturn("  ");
        when(ask.mayHint(AUTHOR)).thenReturn(false);

        feature.onMessage(message);

        verify(channel, never()).send(any());
    }

    @Test
    void whereNoThreadCanBeOpenedTheAnswerGoesToTheChannel() {
        when(message.mentionsBot()).thenReturn(true);
        when(message.content()).thenReturn("what is Git?");
        when(message.startThread(anyString())).thenThrow(new IllegalStateException("Missing permission CREATE_PUBLIC_THREADS"));

        feature.onMessage(message);

        verify(channel).send(reply);
        verify(conversations, never()).start(anyLong(), any(), anyLong(), anyLong());
    }

    @Test
    void directMessagesAreAnsweredInPlace() {
        when(message.isDirect()).thenReturn(true);
        when(message.content()).thenReturn("what is pytest?");

        feature.onMessage(message);

        verify(channel).send(reply);
        verify(message, never()).startThread(anyString());
    }
}
