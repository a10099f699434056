package dev.careermentor.discord.ask;

import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Mentor;
import dev.careermentor.answer.Source;
import dev.careermentor.answer.Turn;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Caller;
import dev.careermentor.discord.Throttle;
import dev.careermentor.questions.AnswerLog;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything between a Discord question and its reply that every surface shares (/ask, a mention,
 * a thread follow-up): length and rate limits, the mentor, the answer log, the rendering.
 */
public final class AskService {

    private static final Logger log = LoggerFactory.getLogger(AskService.class);

    /** Discord users can paste a lot; past this the question is refused rather than cut. */
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
    private final Meter meter;

    public AskService(Mentor mentor, AnswerLog answerLog, Throttle throttle) {
        this(mentor, answerLog, throttle, Meter.NONE);
    }

    public AskService(Mentor mentor, AnswerLog answerLog, Throttle throttle, Meter meter) {
        this.mentor = mentor;
        this.answerLog = answerLog;
        this.throttle = throttle;
        this.meter = meter;
    }

    /** An answered question (possibly a refusal from the mentor), with its log id and rendering. */
    public record Answered(Answer answer, long answerId, BotReply reply) {
        public Turn turn(String question) {
            return Turn.of(question, answer);
        }
    }

    public boolean usesLlm() {
        return mentor.usesLlm();
    }

    /**
     * Checks a question before any work: its length and the caller's limits (one bucket for
     * {@code /ask}, mentions and follow-ups, and the server's budget). Returns the (ephemeral)
     * message to send instead of an answer, if the question is not admitted.
     */
    public Optional<BotReply> admit(Caller caller, String question) {
        String text = question == null ? "" : question.strip();
        if (text.length() > MAX_QUESTION_CHARS) {
            return Optional.of(BotReply.ephemeral(String.format(
                    "That question is %,d characters long; please keep it under %,d so I can search for it properly.",
                    text.length(), MAX_QUESTION_CHARS)));
        }
        Optional<Duration> wait = throttle.tryAcquire(caller.userId(), caller.guildId());
        if (wait.isPresent()) {
            meter.slowedDown();
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Optional.of(BotReply.ephemeral("Slow down a little: try again in " + seconds + " s."));
        }
        return Optional.empty();
    }

    /** Answers an admitted question, logs it, and renders the reply. */
    public Answered answer(Caller caller, String question, List<Turn> history) {
        String text = question.strip();
        long start = System.nanoTime();
        Answer answer = mentor.ask(text, history);
        meter.answered(answer, Duration.ofNanos(System.nanoTime() - start));
        long id = answerLog.record(new AnswerLog.Asked(caller.guildId(), caller.channelId(), caller.userId(), text),
                answer.refused(), answer.reason() == null ? null : answer.reason().name(), answer.confidence(),
                answer.sources().stream().map(Source::citation).toList());
        log.info("Answered {} [{}]: refused={} confidence={} sources={}", id, caller.logContext(), answer.refused(),
                String.format("%.2f", answer.confidence()), answer.sources().size());
        log.debug("Question {}: {}", id, text);
        return new Answered(answer, id, AnswerMessages.render(answer, id));
    }
}
