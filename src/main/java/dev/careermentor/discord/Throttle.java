package dev.careermentor.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps one member, or one busy server, from monopolising the bot. A member waits a cooldown
 * between new questions; follow-ups in a conversation only count against a per-minute allowance;
 * each server has a budget of questions per window. Kept in memory with Caffeine: a restart resets
 * it, which is harmless.
 */
public final class Throttle {

    /** The limits; see the README for the environment variables that set them. */
    public record Limits(Duration userCooldown, int followUpsPerMinute, int guildBudget, Duration guildWindow) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), 12, 120, Duration.ofMinutes(10));
    }

    private final Limits limits;
    private final Ticker ticker;
    private final Cache<Long, Long> lastQuestion;
    private final Cache<Long, AtomicInteger> followUps;
    private final Cache<Long, AtomicInteger> guildQuestions;

    public Throttle(Limits limits) {
        this(limits, Ticker.systemTicker());
    }

    Throttle(Limits limits, Ticker ticker) {
        this.limits = limits;
        this.ticker = ticker;
        this.lastQuestion = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(limits.userCooldown()).build();
        this.followUps = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(Duration.ofMinutes(1)).build();
        this.guildQuestions = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(limits.guildWindow()).build();
    }

    /**
     * Takes a slot for a question, or says how long to wait.
     *
     * @param followUp whether this continues a conversation (no cooldown, a per-minute allowance)
     */
    public Optional<Duration> tryAcquire(long userId, Long guildId, boolean followUp) {
        if (guildId != null) {
            AtomicInteger used = guildQuestions.get(guildId, id -> new AtomicInteger());
            if (used.get() >= limits.guildBudget()) {
                return Optional.of(limits.guildWindow());
            }
        }
        if (followUp) {
            AtomicInteger count = followUps.get(userId, id -> new AtomicInteger());
            if (count.incrementAndGet() > limits.followUpsPerMinute()) {
                return Optional.of(Duration.ofMinutes(1));
            }
        } else {
            long now = ticker.read();
            Long last = lastQuestion.getIfPresent(userId);
            if (last != null) {
                Duration wait = limits.userCooldown().minusNanos(now - last);
                if (!wait.isNegative() && !wait.isZero()) {
                    return Optional.of(wait);
                }
            }
            lastQuestion.put(userId, now);
        }
        if (guildId != null) {
            guildQuestions.get(guildId, id -> new AtomicInteger()).incrementAndGet();
        }
        return Optional.empty();
    }
}
