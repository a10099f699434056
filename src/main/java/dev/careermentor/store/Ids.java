package dev.careermentor.store;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Application-generated row ids, so no database-specific sequence is needed: time-ordered 63-bit
 * numbers made of the milliseconds (41 bits), a counter within the millisecond (10 bits) and this
 * process's random tag (12 bits). A process never repeats an id, however many it makes in a
 * millisecond (past 1,024 it borrows the next millisecond's counter); two processes collide only if they
 * draw the same tag and the same counter in the same millisecond. (Random low bits alone, as before,
 * collided within one process when a dispatch claimed thousands of posts at once.)
 */
public final class Ids {

    private static final int COUNTER_BITS = 10;
    private static final int TAG_BITS = 12;
    private static final long TAG = new SecureRandom().nextInt(1 << TAG_BITS);
    /** Milliseconds and counter of the last id, as one number. */
    private static final AtomicLong LAST = new AtomicLong();

    private Ids() {
    }

    public static long next() {
        long now = System.currentTimeMillis() << COUNTER_BITS;
        long stamp = LAST.accumulateAndGet(now, (last, time) -> Math.max(last + 1, time));
        return stamp << TAG_BITS | TAG;
    }
}
