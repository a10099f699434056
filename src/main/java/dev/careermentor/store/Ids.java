package dev.careermentor.store;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Application-generated row ids: time-ordered 63-bit numbers (milliseconds, then 22 random bits), so
 * no database-specific sequence is needed. Within a process every id is greater than the one before
 * (a batch of thousands in one millisecond would otherwise draw the same random bits twice, as
 * ten thousand study groups claimed at once showed); across processes two ids meet only if both
 * are drawn in the same millisecond with the same 22 random bits.
 */
public final class Ids {

    private static final AtomicLong last = new AtomicLong();

    private Ids() {
    }

    public static long next() {
        long drawn = (System.currentTimeMillis() << 22) | ThreadLocalRandom.current().nextInt(1 << 22);
        return last.accumulateAndGet(drawn, (previous, candidate) -> Math.max(previous + 1, candidate));
    }
}
