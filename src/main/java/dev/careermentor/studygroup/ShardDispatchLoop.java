package dev.careermentor.studygroup;

import dev.careermentor.studygroup.store.ShardScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's own dispatcher, for when the Discord shards are split over processes: one thread
 * runs {@link Dispatcher#dispatch()} over the guilds of the shards held here, at start-up (overdue
 * posts of today go out at once, late) and then whenever the next thing is due; a command that
 * plans something sooner wakes it. Two processes holding the same shard (a rolling restart) both
 * run it; the database's compare-and-set lets only one of them claim each post.
 */
final class ShardDispatchLoop {

    private static final Logger log = LoggerFactory.getLogger(ShardDispatchLoop.class);

    /** After a failed dispatch (the database was away), try again this soon. */
    static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

    private final Dispatcher dispatcher;
    private final Clock clock;
    private final ShardScope scope;
    private final ScheduledExecutorService thread;
    // guarded by this
    private ScheduledFuture<?> next;
    private Instant nextAt;

    ShardDispatchLoop(Dispatcher dispatcher, Clock clock, ShardScope scope) {
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.scope = scope;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "study-group-dispatch");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        log.info("Dispatching the study groups of {} in this process", scope);
        wake(clock.instant());
    }

    /** Runs the dispatcher by {@code when} (at once if that has passed); a later run already planned moves earlier. */
    synchronized void wake(Instant when) {
        if (thread.isShutdown() || (next != null && !next.isDone() && !when.isBefore(nextAt))) {
            return;
        }
        if (next != null) {
            next.cancel(false); // not yet started: the single thread runs one dispatch at a time
        }
        long delay = Math.max(0, Duration.between(clock.instant(), when).toMillis());
        nextAt = when;
        next = thread.schedule(this::run, delay, TimeUnit.MILLISECONDS);
    }

    private void run() {
        synchronized (this) {
            next = null; // a wake-up during this run plans the following one
        }
        Instant following;
        try {
            following = dispatcher.dispatch();
        } catch (RuntimeException e) {
            log.error("Dispatch failed; trying again in {} s", AFTER_FAILURE.toSeconds(), e);
            following = clock.instant().plus(AFTER_FAILURE);
        }
        wake(following);
    }

    /** No dispatch starts after this; one in progress finishes. */
    void stop() {
        synchronized (this) {
            thread.shutdown();
            if (next != null) {
                next.cancel(false);
            }
        }
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
