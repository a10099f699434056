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
    void aMemberCanAskABurstInARowAndThenWaitsForTheNextRefill() {
        Throttle throttle = new Throttle(new Throttle.Limits(3, Duration.ofSeconds(10), 100, Duration.ofMinutes(10)), ticker);

        assertThat(throttle.tryAcquire(1L, 9L)).isEmpty();
        assertThat(throttle.tryAcquire(1L, 9L)).isEmpty();
        assertThat(throttle.tryAcquire(1L, 9L)).isEmpty();
        assertThat(throttle.tryAcquire(1L, 9L)).as("the bucket is empty").contains(Duration.ofSeconds(10));
        assertThat(throttle.tryAcquire(2L, 9L)).as("another member has their own bucket").isEmpty();
        advance(Duration.ofSeconds(4));
        assertThat(throttle.tryAcquire(1L, 9L)).as("says how long is left").contains(Duration.ofSeconds(6));
        advance(Duration.ofSeconds(6));
        assertThat(throttle.tryAcquire(1L, 9L)).as("one question came back").isEmpty();
        assertThat(throttle.tryAcquire(1L, 9L)).contains(Duration.ofSeconds(10));
    }

    @Test
    void aBucketLeftAloneFillsUpToTheBurstButNoFurther() {
        Throttle throttle = new Throttle(new Throttle.Limits(2, Duration.ofSeconds(10), 100, Duration.ofMinutes(10)), ticker);
        assertThat(throttle.tryAcquire(1L, null)).isEmpty();
        assertThat(throttle.tryAcquire(1L, null)).isEmpty();

        advance(Duration.ofHours(1));

        assertThat(throttle.tryAcquire(1L, null)).isEmpty();
        assertThat(throttle.tryAcquire(1L, null)).isEmpty();
        assertThat(throttle.tryAcquire(1L, null)).isPresent();
    }

    @Test
    void aSlowedQuestionDoesNotUseUpTheBucket() {
        Throttle throttle = new Throttle(new Throttle.Limits(1, Duration.ofSeconds(10), 100, Duration.ofMinutes(10)), ticker);
        assertThat(throttle.tryAcquire(1L, 9L)).isEmpty();
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.tryAcquire(1L, 9L)).isPresent();
        }

        advance(Duration.ofSeconds(10));

        assertThat(throttle.tryAcquire(1L, 9L)).isEmpty();
    }

    @Test
    void aRefusedMemberIsToldOncePerWindowAndAgainOnlyAfterIt() {
        Throttle throttle = new Throttle(Throttle.Limits.DEFAULT, ticker);

        Throttle.NoticeKind refusal = Throttle.NoticeKind.REFUSAL;

        assertThat(throttle.firstNotice(1L, refusal, Duration.ofSeconds(15))).isTrue();
        advance(Duration.ofSeconds(14));
        assertThat(throttle.firstNotice(1L, refusal, Duration.ofSeconds(15))).as("still in the window").isFalse();
        assertThat(throttle.firstNotice(2L, refusal, Duration.ofSeconds(15))).as("another member").isTrue();
        assertThat(throttle.firstNotice(1L, Throttle.NoticeKind.HINT, Duration.ofSeconds(15))).as("another kind").isTrue();
        advance(Duration.ofSeconds(1));
        assertThat(throttle.firstNotice(1L, refusal, Duration.ofSeconds(15))).as("a new window").isTrue();
    }

    @Test
    void aServerHasABudgetPerWindow() {
        Throttle throttle = new Throttle(new Throttle.Limits(5, Duration.ofSeconds(1), 2, Duration.ofMinutes(10)), ticker);

        assertThat(throttle.tryAcquire(1L, 9L)).isEmpty();
        assertThat(throttle.tryAcquire(2L, 9L)).isEmpty();
        assertThat(throttle.tryAcquire(3L, 9L)).contains(Duration.ofMinutes(10));
        assertThat(throttle.tryAcquire(3L, 8L)).as("another server").isEmpty();
        assertThat(throttle.tryAcquire(4L, null)).as("direct messages have no server budget").isEmpty();
        advance(Duration.ofMinutes(10));
        assertThat(throttle.tryAcquire(3L, 9L)).isEmpty();
    }
}
