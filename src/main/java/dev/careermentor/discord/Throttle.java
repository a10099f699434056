package dev.careermentor.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps one member, or one busy server, from monopolising the bot, without getting in the way of
 * normal use. Each member has a small bucket of questions shared by {@code /ask}, mentions and
 * follow-ups: a few in a row are always fine, and one more comes back every refill interval, so
 * only a sustained burst is slowed. Each server also has a budget of questions per window. Kept in
 * memory with Caffeine: a restart resets it, which is harmless.
 */
public final class Throttle {

    /**
     * The limits; see the README for the environment variables that set them.
     *
     * @param burst questions a member can ask in a row
     * @param refill how long until a member gets one more question
     */
    public record Limits(int burst, Duration refill, int guildBudget, Duration guildWindow) {
        /** Five in a row, then one every 15 s: nine at most in a minute, so the tenth is always slowed. */
        public static final Limits DEFAULT = new Limits(5, Duration.ofSeconds(15), 120, Duration.ofMinutes(10));

        public Limits {
            if (burst < 1 || refill.isNegative() || refill.isZero() || guildBudget < 1) {
                throw new IllegalArgumentException("a member must be able to ask at least one question, and refill "
                        + "must be positive: " + burst + ", " + refill + ", budget " + guildBudget);
            }
        }
    }

    private final Limits limits;
    private final Ticker ticker;
    private final Cache<Long, Bucket> buckets;
    private final Cache<Long, AtomicInteger> guildQuestions;
    /** When each member's last notice of a kind runs out (ticker nanos): a flood gets one notice, not one per message. */
    private final Cache<Notice, Long> toldUntil;

    public Throttle(Limits limits) {
        this(limits, Ticker.systemTicker());
    }

    /** @param ticker the time source (settable in tests) */
    public Throttle(Limits limits, Ticker ticker) {
        this.limits = limits;
        this.ticker = ticker;
        // A bucket left alone for burst × refill is full again: forgetting it then changes nothing.
        this.buckets = Caffeine.newBuilder().ticker(ticker).expireAfterAccess(limits.refill().multipliedBy(limits.burst()))
                .build();
        this.guildQuestions = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(limits.guildWindow()).build();
        Duration longestWait = limits.guildWindow().compareTo(limits.refill().multipliedBy(limits.burst())) > 0
                ? limits.guildWindow() : limits.refill().multipliedBy(limits.burst());
        this.toldUntil = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(longestWait).build();
    }

    /** Takes a question from the member's bucket (and the server's budget), or says how long to wait. */
    public Optional<Duration> tryAcquire(long userId, Long guildId) {
        if (guildId != null) {
            AtomicInteger used = guildQuestions.get(guildId, id -> new AtomicInteger());
            if (used.get() >= limits.guildBudget()) {
                return Optional.of(limits.guildWindow());
            }
        }
        Optional<Duration> wait = buckets.get(userId, id -> new Bucket()).take(ticker.read(), limits);
        if (wait.isPresent()) {
            return wait;
        }
        if (guildId != null) {
            guildQuestions.get(guildId, id -> new AtomicInteger()).incrementAndGet();
        }
        return Optional.empty();
    }

    /** What a member was told: a refusal ("slow down"), or a hint. */
    public enum NoticeKind { REFUSAL, HINT }

    private record Notice(long userId, NoticeKind kind) {
    }

    /**
     * Whether a member should be told something that is not an answer, once per {@code window} and
     * kind: true the first time, false after it until the window has passed (the member hears
     * nothing more, so a flood of messages is not answered with a flood of notices).
     */
    public boolean firstNotice(long userId, NoticeKind kind, Duration window) {
        long now = ticker.read();
        boolean[] first = {false};
        toldUntil.asMap().compute(new Notice(userId, kind), (id, until) -> {
            if (until != null && until - now > 0) {
                return until;
            }
            first[0] = true;
            return now + window.toNanos();
        });
        return first[0];
    }

    /** How long a member waits at most between two questions (the refill interval). */
    public Duration refill() {
        return limits.refill();
    }

    /**
     * One member's bucket, kept as the moment it will be full again: each question pushes that moment
     * one refill interval later, and a question is allowed while at least one is left (the moment is
     * at most {@code burst - 1} intervals away). Exact in whole nanoseconds, no timer needed.
     */
    private static final class Bucket {
        private long fullAt = Long.MIN_VALUE;

        synchronized Optional<Duration> take(long now, Limits limits) {
            long refill = limits.refill().toNanos();
            long start = Math.max(fullAt, now);
            long ahead = start - now - (limits.burst() - 1) * refill;
            if (ahead > 0) {
                return Optional.of(Duration.ofNanos(ahead));
            }
            fullAt = start + refill;
            return Optional.empty();
        }
    }
}
