package dev.careermentor.store;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Application-generated row ids: time-ordered 63-bit numbers (milliseconds, then 22 random bits), so
 * no database-specific sequence is needed and several processes never collide in practice.
 */
public final class Ids {

    private Ids() {
    }

    public static long next() {
        return (System.currentTimeMillis() << 22) | ThreadLocalRandom.current().nextInt(1 << 22);
    }
}
