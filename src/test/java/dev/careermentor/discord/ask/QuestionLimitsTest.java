package dev.careermentor.discord.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Mentor;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Caller;
import dev.careermentor.discord.Requests;
import dev.careermentor.discord.Throttle;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.questions.ConversationRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * A member's questions through every surface share one bucket with the default limits: normal use
 * (a question, a follow-up, another question) is never slowed; a sustained burst is.
 */
class QuestionLimitsTest {

    private static final Caller MEMBER = new Caller(5L, "ada", 1L, 2L, false);
    private static final long THREAD = 300L;

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Mentor mentor = mock(Mentor.class);
    private final AnswerLog answerLog = mock(AnswerLog.class);
    private final ConversationRepository conversations = mock(ConversationRepository.class);
    private final AskService ask = new AskService(mentor, answerLog, new Throttle(Throttle.Limits.DEFAULT, nanos::get));
    private final AskSlashCommand slashCommand = new AskSlashCommand(ask, () -> null);
    private final Conversations mentionsAndFollowUps = new Conversations(ask, conversations);
    /** What the member got back, in order: an answer, or the slow-down reply. */
    private final List<BotReply> replies = new ArrayList<>();

    @BeforeEach
    void setUp() {
        when(mentor.ask(anyString(), any())).thenAnswer(call -> new Answer("An answer to " + call.getArgument(0), false,
                0.9, List.of(), List.of(), false, List.of(), null));
        when(answerLog.record(any(), Mockito.anyBoolean(), any(), anyDouble(), any())).thenReturn(42L);
        when(conversations.exists(THREAD)).thenReturn(true);
        when(conversations.recentTurns(Mockito.eq(THREAD), Mockito.anyInt())).thenReturn(List.of());
    }

    private void after(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void threeQuestionsInARowAMentionAFollowUpThenAskAreAllAnswered() {
        mention("What happens in the HR interview?");
        after(Duration.ofSeconds(1));
        followUp("and the second one?");
        after(Duration.ofSeconds(1));
        slashAsk("What is an ORM?");

        assertThat(replies).hasSize(3).allSatisfy(reply -> assertThat(reply.content()).doesNotContain("Slow down"));
    }

    @Test
    void theTenthQuestionWithinAMinuteIsSlowedPrivatelyWithWhenToTryAgain() {
        for (int i = 1; i <= 9; i++) {
            followUp("question " + i);
            after(Duration.ofSeconds(6));
        }
        slashAsk("question 10"); // 54 s after the first

        BotReply tenth = replies.get(9);
        assertThat(tenth.ephemeral()).isTrue();
        assertThat(tenth.content()).matches("Slow down a little: try again in \\d+ s\\.");
        assertThat(replies.subList(0, 3)).as("the first few of the burst").allSatisfy(
                reply -> assertThat(reply.content()).doesNotContain("Slow down"));

        after(Duration.ofSeconds(Long.parseLong(tenth.content().replaceAll("\\D", ""))));
        slashAsk("question 10, again");
        assertThat(replies.get(10).content()).as("after the wait it said").doesNotContain("Slow down");
    }

    @Test
    void aFloodOfFollowUpsGetsOneSlowDownAndTheRestAreDroppedSilently() {
        for (int i = 1; i <= 16; i++) {
            followUp("question " + i);
        }

        assertThat(replies).hasSize(6);
        assertThat(replies.subList(0, 5)).allSatisfy(reply -> assertThat(reply.allText()).contains("An answer to"));
        assertThat(replies.get(5).content()).startsWith("Slow down a little");

        after(Duration.ofSeconds(15)); // the window the notice named is over; the next flood gets its own notice
        followUp("question 17");
        followUp("question 18");
        assertThat(replies).hasSize(8);
        assertThat(replies.get(7).content()).startsWith("Slow down a little");
    }

    @Test
    void lengthsAreCountedInCharactersSoAThousandEmojiAreAllowed() {
        slashAsk("😀".repeat(1000));
        slashAsk("😀".repeat(1001));

        assertThat(replies.get(0).allText()).contains("An answer to");
        assertThat(replies.get(1).content()).startsWith("That question is 1,001 characters long");
    }

    private void mention(String text) {
        Requests.Message message = message(text, false);
        Requests.Channel thread = channel();
        when(message.mentionsBot()).thenReturn(true);
        when(message.startThread(anyString())).thenReturn(thread);
        mentionsAndFollowUps.onMessage(message);
    }

    private void followUp(String text) {
        Requests.Message message = message(text, true);
        mentionsAndFollowUps.onMessage(message);
    }

    private void slashAsk(String text) {
        Requests.Command command = mock(Requests.Command.class);
        when(command.caller()).thenReturn(MEMBER);
        when(command.option("question")).thenReturn(Optional.of(text));
        Mockito.doAnswer(call -> replies.add(call.getArgument(0))).when(command).reply(any());
        slashCommand.onCommand(command);
    }

    private Requests.Message message(String text, boolean inThread) {
        Requests.Message message = mock(Requests.Message.class);
        Requests.Channel channel = channel();
        when(message.caller()).thenReturn(MEMBER);
        when(message.content()).thenReturn(text);
        when(message.inThread()).thenReturn(inThread);
        when(message.channel()).thenReturn(channel);
        return message;
    }

    /** A channel or thread whose messages go to {@link #replies}. */
    private Requests.Channel channel() {
        Requests.Channel channel = mock(Requests.Channel.class);
        when(channel.id()).thenReturn(THREAD);
        Mockito.doAnswer(call -> replies.add(call.getArgument(0))).when(channel).send(any());
        return channel;
    }
}
