package dev.careermentor;

import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A settable clock that the application code (java.time) and db-scheduler's manual scheduler share. */
public final class MutableClock extends Clock {

    private final SettableClock settable = new SettableClock();

    public MutableClock(Instant start) {
        settable.set(start);
    }

    public SettableClock forScheduler() {
        return settable;
    }

    public void set(Instant instant) {
        settable.set(instant);
    }

    public void advance(Duration duration) {
        settable.set(settable.now().plus(duration));
    }

    @Override
    public Instant instant() {
        return settable.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
