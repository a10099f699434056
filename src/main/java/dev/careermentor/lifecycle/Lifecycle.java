package dev.careermentor.lifecycle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the long-running parts of the bot in the order given and stops them in reverse, each
 * exactly once: a part is stopped only if it started, and never twice, however often
 * {@link #close()} is called (a shutdown hook and a caller may both close). If a part fails to
 * start, the parts already running are stopped and the failure is thrown.
 */
public final class Lifecycle implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);

    private final List<Routine> routines;
    /** The parts that started and are not stopped yet, last started first. */
    private final Deque<Routine> running = new ArrayDeque<>();
    private boolean started;

    public Lifecycle(List<Routine> routines) {
        this.routines = List.copyOf(routines);
    }

    /** Starts every part in order; may be called once. */
    public synchronized void start() throws Exception {
        if (started) {
            throw new IllegalStateException("the lifecycle was started already");
        }
        started = true;
        for (Routine routine : routines) {
            try {
                log.debug("Starting {}", routine.name());
                routine.start();
                running.push(routine);
            } catch (Exception | Error e) {
                log.error("Could not start {}; stopping what runs already", routine.name());
                close();
                throw e;
            }
        }
    }

    /** Stops the running parts, last started first. A failing stop is logged; the others still stop. */
    @Override
    public synchronized void close() {
        while (!running.isEmpty()) {
            Routine routine = running.pop();
            try {
                log.debug("Stopping {}", routine.name());
                routine.stop();
            } catch (RuntimeException e) {
                log.warn("Stopping {} failed: {}", routine.name(), e.toString());
            }
        }
    }
}
