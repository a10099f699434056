package dev.careermentor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Ticker ticker = nanos::get;

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void aMemberWaitsTheCooldownBetweenNewQuestions() {
        Throttle throttle = new Throttle(new Throttle.Limits(Duration.ofSeconds(10), 5, 100, Duration.ofMinutes(10)), ticker);

        assertThat(throttle.tryAcquire(1L, 9L, false)).isEmpty();
        advance(Duration.ofSeconds(3));
        assertThat(throttle.tryAcquire(1L, 9L, false)).contains(Duration.ofSeconds(7));
        assertThat(throttle.tryAcquire(2L, 9L, false)).as("another member").isEmpty();
        advance(Duration.ofSeconds(7));
        assertThat(throttle.tryAcquire(1L, 9L, false)).isEmpty();
    }

    @Test
    void followUpsInAConversationHaveAPerMinuteAllowanceInsteadOfTheCooldown() {
        Throttle throttle = new Throttle(new Throttle.Limits(Duration.ofSeconds(10), 2, 100, Duration.ofMinutes(10)), ticker);

        assertThat(throttle.tryAcquire(1L, 9L, false)).isEmpty();
        assertThat(throttle.tryAcquire(1L, 9L, true)).isEmpty();
        assertThat(throttle.tryAcquire(1L, 9L, true)).isEmpty();
        assertThat(throttle.tryAcquire(1L, 9L, true)).isPresent();
        advance(Duration.ofMinutes(1));
        assertThat(throttle.tryAcquire(1L, 9L, true)).isEmpty();
    }

    @Test
    void aServerHasABudgetPerWindow() {
        Throttle throttle = new Throttle(new Throttle.Limits(Duration.ZERO.plusMillis(1), 5, 2, Duration.ofMinutes(10)), ticker);

        assertThat(throttle.tryAcquire(1L, 9L, false)).isEmpty();
        assertThat(throttle.tryAcquire(2L, 9L, false)).isEmpty();
        assertThat(throttle.tryAcquire(3L, 9L, false)).contains(Duration.ofMinutes(10));
        assertThat(throttle.tryAcquire(3L, 8L, false)).as("another server").isEmpty();
        assertThat(throttle.tryAcquire(4L, null, false)).as("direct messages have no server budget").isEmpty();
        advance(Duration.ofMinutes(10));
        assertThat(throttle.tryAcquire(3L, 9L, false)).isEmpty();
    }
}
