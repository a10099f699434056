package dev.careermentor.discord.ask;

import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Mentor;
import dev.careermentor.answer.Source;
import dev.careermentor.answer.Turn;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Caller;
import dev.careermentor.discord.Throttle;
import dev.careermentor.questions.AnswerLog;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything between a Discord question and its reply that every surface shares (/ask, a mention,
 * a thread follow-up): length and rate limits, the mentor, the answer log, the rendering.
 */
public final class AskService {

    private static final Logger log = LoggerFactory.getLogger(AskService.class);

    /** Discord users can paste a lot; past this many characters (code points) the question is refused rather than cut. */
    public static final int MAX_QUESTION_CHARS = 1_000;

    /** What the operators' metrics count: answers (refusals among them) with their latency, and slowed questions. */
    public interface Meter {
        Meter NONE = new Meter() {
            @Override
            public void answered(Answer answer, Duration took) {
            }

            @Override
            public void slowedDown() {
            }
        };

        void answered(Answer answer, Duration took);

        void slowedDown();
    }

    private final Mentor mentor;
    private final AnswerLog answerLog;
    private final Throttle throttle;
    private final Clock clock;
    private final UndeliveredAnswers undelivered;
    private final Meter meter;

    public AskService(Mentor mentor, AnswerLog answerLog, Throttle throttle) {
        this(mentor, answerLog, throttle, Clock.systemUTC(), new UndeliveredAnswers(), Meter.NONE);
    }

    /**
     * @param clock dates the answer's sources (a card older than 18 months may be out of date)
     * @param undelivered answers Discord did not take, kept for "Try again"
     * @param meter counts answers, refusals and their latency for the metrics endpoint
     */
    public AskService(Mentor mentor, AnswerLog answerLog, Throttle throttle, Clock clock, UndeliveredAnswers undelivered,
            Meter meter) {
        this.mentor = mentor;
        this.answerLog = answerLog;
        this.throttle = throttle;
        this.clock = clock;
        this.undelivered = undelivered;
        this.meter = meter;
    }

    /** An answered question (possibly a refusal from the mentor), with its log id and rendering. */
    public record Answered(Answer answer, long answerId, BotReply reply) {
        public Turn turn(String question) {
            return Turn.of(question, answer);
        }
    }

    /** What to do with a question posted as a message (a mention, a follow-up), where every reply is public. */
    public sealed interface Admission permits Admitted, Refused, Dropped {
    }

    /** Answer it. */
    public record Admitted() implements Admission {
    }

    /** Do not answer it; send this short notice instead. */
    public record Refused(BotReply notice) implements Admission {
    }

    /** Do not answer it, and say nothing: the member was told a moment ago, and a flood gets one notice. */
    public record Dropped() implements Admission {
    }

    /** A refusal, and how long telling the member again would only repeat it. */
    private record Refusal(BotReply reply, Duration window) {
    }

    public boolean usesLlm() {
        return mentor.usesLlm();
    }

    public UndeliveredAnswers undelivered() {
        return undelivered;
    }

    /** Keeps an answer Discord did not take, for "Try again" or the same question asked again; returns its id. */
    public long keepUndelivered(Caller caller, String question, Answered answered) {
        return undelivered.keep(caller.userId(), question.strip(), answered);
    }

    /** Whether the member's question has an answer that Discord did not take (asking again returns it). */
    public boolean hasUndelivered(Caller caller, String question) {
        return undelivered.has(caller.userId(), question.strip());
    }

    /**
     * Checks a question asked through an interaction before any work: its length and the caller's
     * limits (one bucket for {@code /ask}, mentions and follow-ups, and the server's budget). Returns
     * the (ephemeral) message to send instead of an answer, if the question is not admitted; an
     * interaction must always be answered, and privately it disturbs no one.
     */
    public Optional<BotReply> admit(Caller caller, String question) {
        return refusal(caller, question).map(Refusal::reply);
    }

    /**
     * The same check for a question posted as a message. Only the first refusal in a window is
     * answered (with one short public message, as a message cannot be answered privately); the
     * others are dropped, so a flood is not answered with a flood.
     */
    public Admission admitMessage(Caller caller, String question) {
        Optional<Refusal> refusal = refusal(caller, question);
        if (refusal.isEmpty()) {
            return new Admitted();
        }
        return throttle.firstNotice(caller.userId(), Throttle.NoticeKind.REFUSAL, refusal.get().window())
                ? new Refused(refusal.get().reply())
                : new Dropped();
    }

    /** Whether a hint (what to ask, for a mention without a question) may go out: once per refill interval. */
    public boolean mayHint(Caller caller) {
        return throttle.firstNotice(caller.userId(), Throttle.NoticeKind.HINT, throttle.refill());
    }

    private Optional<Refusal> refusal(Caller caller, String question) {
        String text = question == null ? "" : question.strip();
        int length = text.codePointCount(0, text.length()); // what a member counts: an emoji is one character
        if (length > MAX_QUESTION_CHARS) {
            return Optional.of(new Refusal(BotReply.ephemeral(String.format(Locale.ROOT,
                    "That question is %,d characters long; please keep it under %,d so I can search for it properly.",
                    length, MAX_QUESTION_CHARS)), throttle.refill()));
        }
        if (undelivered.has(caller.userId(), text)) {
            return Optional.empty(); // asked before, and Discord lost the answer: asking again costs nothing
        }
        Optional<Duration> wait = throttle.tryAcquire(caller.userId(), caller.guildId());
        if (wait.isPresent()) {
            meter.slowedDown();
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Optional.of(new Refusal(BotReply.ephemeral("Slow down a little: try again in " + seconds + " s."),
                    wait.get()));
        }
        return Optional.empty();
    }

    /** Answers an admitted question, logs it, and renders the reply. */
    public Answered answer(Caller caller, String question, List<Turn> history) {
        String text = question.strip();
        Optional<Answered> kept = undelivered.take(caller.userId(), text);
        if (kept.isPresent()) {
            log.info("Answer {} [{}]: sending again the answer Discord did not take", kept.get().answerId(),
                    caller.logContext());
            return kept.get();
        }
        long start = System.nanoTime();
        Answer answer = mentor.ask(text, history);
        meter.answered(answer, Duration.ofNanos(System.nanoTime() - start));
        long id = answerLog.record(new AnswerLog.Asked(caller.guildId(), caller.channelId(), caller.userId(), text),
                answer.refused(), answer.reason() == null ? null : answer.reason().name(), answer.confidence(),
                answer.sources().stream().map(Source::citation).toList());
        log.info("Answered {} [{}]: refused={} confidence={} sources={}", id, caller.logContext(), answer.refused(),
                String.format("%.2f", answer.confidence()), answer.sources().size());
        log.debug("Question {}: {}", id, text);
        return new Answered(answer, id, AnswerMessages.render(answer, id, LocalDate.now(clock)));
    }
}
