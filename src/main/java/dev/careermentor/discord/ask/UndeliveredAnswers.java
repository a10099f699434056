package dev.careermentor.discord.ask;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Answers Discord would not take, kept for a while so that pressing "Try again", or asking the same
 * question again, returns the answer at once instead of losing it (or working it out again). In
 * memory: after a restart the member asks again, which is what they would do anyway.
 */
public final class UndeliveredAnswers {

    /** As long as an interaction token lives: a member who comes back later asks afresh. */
    static final Duration KEPT_FOR = Duration.ofMinutes(15);

    /** What was asked, by whom, and the answer that did not arrive. */
    record Kept(long id, long userId, String question, AskService.Answered answered) {
    }

    private record Asked(long userId, String question) {
        static Asked of(long userId, String question) {
            return new Asked(userId, question.strip().toLowerCase(Locale.ROOT));
        }
    }

    private final Cache<Long, Kept> byId;
    private final Cache<Asked, Long> byQuestion;

    public UndeliveredAnswers() {
        this(Ticker.systemTicker());
    }

    UndeliveredAnswers(Ticker ticker) {
        byId = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(KEPT_FOR).build();
        byQuestion = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(KEPT_FOR).build();
    }

    /** Keeps an answer that was not delivered; returns the id its "Try again" button carries. */
    public long keep(long userId, String question, AskService.Answered answered) {
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        byId.put(id, new Kept(id, userId, question, answered));
        byQuestion.put(Asked.of(userId, question), id);
        return id;
    }

    /** Whether this member has an undelivered answer to this question (asking again is then free). */
    public boolean has(long userId, String question) {
        return byQuestion.getIfPresent(Asked.of(userId, question)) != null;
    }

    /** The undelivered answer to this member's question, handed out once. */
    public Optional<AskService.Answered> take(long userId, String question) {
        Long id = byQuestion.asMap().remove(Asked.of(userId, question));
        return Optional.ofNullable(id).flatMap(this::take);
    }

    /** The undelivered answer a "Try again" button refers to, handed out once. */
    public Optional<AskService.Answered> take(long id) {
        Kept kept = byId.asMap().remove(id);
        if (kept == null) {
            return Optional.empty();
        }
        byQuestion.asMap().remove(Asked.of(kept.userId(), kept.question()), id);
        return Optional.of(kept.answered());
    }
}
