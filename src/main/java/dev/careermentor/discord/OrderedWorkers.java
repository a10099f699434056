package dev.careermentor.discord;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a shared pool, one at a time and in arrival order for each key, and in parallel
 * across keys. Follow-ups in one thread are keyed by the thread, so they are answered in the order
 * they were asked (and a flood there takes one worker, not all of them), while other conversations
 * go on at the same time.
 */
final class OrderedWorkers {

    private static final Logger log = LoggerFactory.getLogger(OrderedWorkers.class);

    private final Executor pool;
    /** Tasks waiting behind the running one, per key; a key is present while one of its tasks runs. */
    private final Map<Object, Deque<Runnable>> waiting = new HashMap<>();

    OrderedWorkers(Executor pool) {
        this.pool = pool;
    }

    void execute(Object key, Runnable task) {
        synchronized (waiting) {
            Deque<Runnable> queue = waiting.get(key);
            if (queue != null) {
                queue.add(task); // the worker running this key's task takes it next
                return;
            }
            waiting.put(key, new ArrayDeque<>());
        }
        try {
            pool.execute(() -> drain(key, task));
        } catch (RuntimeException e) { // the pool is shutting down: nothing of this key will run
            synchronized (waiting) {
                waiting.remove(key);
            }
            throw e;
        }
    }

    /** Runs the key's tasks until none is left; one failing task does not keep the others from running. */
    private void drain(Object key, Runnable first) {
        Runnable task = first;
        while (task != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("A task for {} failed", key, e);
            }
            synchronized (waiting) {
                task = waiting.get(key).poll();
                if (task == null) {
                    waiting.remove(key);
                }
            }
        }
    }
}
