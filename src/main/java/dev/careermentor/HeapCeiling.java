package dev.careermentor;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps G1's heap near what the bot lives in when no {@code -Xmx} was given. Under a burst of questions
 * G1 grows the heap (and its young generation with it) towards a quarter of the machine's memory, though
 * the live heap stays at a few tens of megabytes; the pages it touches stay resident. When a collection
 * ends with much more heap committed than in use, one full collection on a background thread gives the
 * surplus back, at most once every few seconds. (With -Xms or another heap flag the operator has chosen,
 * and MemoryPolicy does not install this.)
 */
final class HeapCeiling {

    private static final Logger log = LoggerFactory.getLogger(HeapCeiling.class);

    /** Committed heap beyond this, with at most a third of it in use, is given back. */
    static final long CEILING = 128L << 20;
    private static final long SURPLUS = 3;
    private static final AtomicBoolean installed = new AtomicBoolean();
    private static final long QUIET_NANOS = 5_000_000_000L;

    private static final ExecutorService collector = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "heap-ceiling");
        thread.setDaemon(true);
        return thread;
    });
    private static final AtomicLong lastCollection = new AtomicLong(System.nanoTime() - QUIET_NANOS);

    private HeapCeiling() {
    }

    static void install() {
        if (!installed.compareAndSet(false, true)) {
            return;
        }
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        afterCollection(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()),
                                heapPools);
                    }
                }, null, null);
            }
        }
    }

    /**
     * Whether the heap holds far more than the bot lives in: past the ceiling, and more than three times
     * what is in use. A full collection leaves at most 60 % free (MemoryPolicy), i.e. 2.5 times the live
     * heap committed, so a heap it has just trimmed never counts as surplus again.
     */
    static boolean hasSurplus(long committed, long used) {
        return committed > CEILING && committed > SURPLUS * used;
    }

    private static void afterCollection(GarbageCollectionNotificationInfo info, Set<String> heapPools) {
        if (info.getGcCause().equals("System.gc()")) {
            return;
        }
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            used += heapPools.contains(pool.getKey()) ? pool.getValue().getUsed() : 0; // not metaspace, code cache
        }
        long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted(); // G1's pools under-report it
        long now = System.nanoTime();
        long last = lastCollection.get();
        if (hasSurplus(committed, used) && now - last > QUIET_NANOS && lastCollection.compareAndSet(last, now)) {
            log.debug("Heap {} MB committed, {} MB in use: giving the surplus back", committed >> 20, used >> 20);
            collector.execute(System::gc);
        }
    }
}
