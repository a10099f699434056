package dev.careermentor;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a long-running process small when it is started without memory flags. The live heap of the
 * bot is a few tens of megabytes, but on a large machine the JVM's default collector (G1) sizes the heap
 * from the machine's memory and keeps what it once touched. Without an {@code -Xmx}, this asks G1 to
 * give memory back: to keep at most 60 % of the heap free after a full collection (about 110 MB for a
 * live heap of 40 MB; at 20 % it collected every 0.2 s and then grew the heap to cope), to collect now
 * and then when idle, and to give a burst's growth back ({@link HeapCeiling}).
 * With an explicit heap size (the README's run command) the operator has chosen, and nothing is changed.
 */
final class MemoryPolicy {

    private static final Logger log = LoggerFactory.getLogger(MemoryPolicy.class);

    private static final List<String> HEAP_FLAGS = List.of("-Xmx", "-Xms", "-XX:MaxHeapSize", "-XX:InitialHeapSize",
            "-XX:MinHeapSize", "-XX:MaxRAMPercentage", "-XX:InitialRAMPercentage", "-XX:MinRAMPercentage", "-XX:MaxRAM",
            "-XX:MinHeapFreeRatio", "-XX:MaxHeapFreeRatio", "-XX:G1PeriodicGCInterval");

    private MemoryPolicy() {
    }

    /**
     * Applies the policy before start-up allocates anything. G1 starts with a sixty-fourth of the machine's
     * memory committed (380 MB on 24 GiB) and sizes its young generation from that: start-up (about 150 MB of
     * short-lived objects) then touched some 100 MB of pages it never needed again, and the process's peak
     * went past 300 MB. A collection now, with the free-ratio bounds set, shrinks the heap to what the
     * process holds, and G1 grows it from there as start-up needs.
     */
    static void applyBeforeStartUp() {
        if (usesG1() && !heapChosenByOperator()) {
            set("MinHeapFreeRatio", "40");
            set("MaxHeapFreeRatio", "60");
            set("G1PeriodicGCInterval", "30000"); // ms: an idle bot returns memory within a minute
            HeapCeiling.install();
            System.gc();
        }
    }

    /** Collects once: start-up leaves garbage (the vector cache, the indexes) behind. */
    static void settleAfterStartUp() {
        System.gc();
    }

    private static boolean usesG1() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .anyMatch(name -> name.startsWith("G1"));
    }

    private static boolean heapChosenByOperator() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(argument -> HEAP_FLAGS.stream().anyMatch(argument::startsWith));
    }

    private static void set(String flag, String value) {
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).setVMOption(flag, value);
        } catch (RuntimeException e) {
            log.debug("Could not set {}: {}", flag, e.toString());
        }
    }
}
