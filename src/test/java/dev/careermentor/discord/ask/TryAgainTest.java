package dev.careermentor.discord.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.careermentor.answer.Answer;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Requests;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** An answer Discord did not take is kept a while, and handed out once: by its button or by the same question. */
class TryAgainTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final UndeliveredAnswers undelivered = new UndeliveredAnswers(nanos::get);
    private final TryAgain feature = new TryAgain(undelivered);
    private final AskService.Answered answered = new AskService.Answered(
            new Answer("A cron job runs on a schedule.", false, 0.9, List.of(), List.of(), false, List.of(), null), 42L,
            BotReply.text("A cron job runs on a schedule."));

    private Requests.Component press(BotReply notice) {
        Requests.Component click = mock(Requests.Component.class);
        when(click.customId()).thenReturn(notice.buttons().get(0).id());
        feature.onComponent(click);
        return click;
    }

    private static BotReply reply(Requests.Component click) {
        ArgumentCaptor<BotReply> reply = ArgumentCaptor.forClass(BotReply.class);
        verify(click).reply(reply.capture());
        return reply.getValue();
    }

    @Test
    void inAThreadTheNoticeBecomesTheAnswerOnce() {
        long kept = undelivered.keep(5L, "What is a cron job?", answered);

        Requests.Component first = press(TryAgain.notice(kept));
        Requests.Component second = press(TryAgain.notice(kept));

        verify(first).update(answered.reply());
        verify(second, never()).update(any());
        assertThat(reply(second).content()).contains("no longer have that answer");
        assertThat(reply(second).ephemeral()).isTrue();
    }

    @Test
    void underAnAskThePrivateNoticePostsTheAnswerPublicly() {
        long kept = undelivered.keep(5L, "What is a cron job?", answered);
        BotReply notice = TryAgain.privateNotice(kept);

        Requests.Component click = press(notice);

        assertThat(notice.ephemeral()).isTrue();
        assertThat(reply(click)).isEqualTo(answered.reply());
        assertThat(reply(click).ephemeral()).isFalse();
    }

    @Test
    void theSameQuestionAgainTakesTheKeptAnswerWhateverItsCaseAndSpaces() {
        undelivered.keep(5L, "What is a cron job?", answered);

        assertThat(undelivered.has(6L, "What is a cron job?")).as("another member's question").isFalse();
        assertThat(undelivered.has(5L, "what is a CRON job? ")).isTrue();
        assertThat(undelivered.take(5L, "what is a cron job?")).contains(answered);
        assertThat(undelivered.take(5L, "What is a cron job?")).as("handed out once").isEmpty();
    }

    @Test
    void anAnswerIsKeptForFifteenMinutes() {
        long kept = undelivered.keep(5L, "What is a cron job?", answered);

        nanos.addAndGet(Duration.ofMinutes(15).plusSeconds(1).toNanos());

        assertThat(undelivered.take(kept)).isEmpty();
        assertThat(undelivered.has(5L, "What is a cron job?")).isFalse();
    }
}
