package dev.careermentor.cli;

import dev.careermentor.App;
import dev.careermentor.Config;
import dev.careermentor.answer.Mentor;
import dev.careermentor.bench.LearningLoopBench;
import dev.careermentor.bench.NaiveRag;
import dev.careermentor.bench.PostTimeSpread;
import dev.careermentor.bench.ShardedStudyGroupBench;
import dev.careermentor.bench.StudyGroupBench;
import dev.careermentor.bench.SyntheticKnowledge;
import dev.careermentor.knowledge.LabelledQuestion;
import dev.careermentor.knowledge.LabelledQuestions;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", description = {"Measure the offline answerer: start-up to first answer, latency percentiles",
        "(answer and query caches cleared), throughput on all cores, and memory. Results: docs/benchmarks.md."})
public final class BenchCommand implements Callable<Integer> {

    /** The first answers of a fresh process are timed on their own: start-up warm-up must make them fast too. */
    private static final int FIRST = 20;

    @Mixin
    AppOptions options;

    @Option(names = "--rounds", description = "Passes over the question set for the latency figures (default ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--seconds", description = "Duration of the throughput run (default ${DEFAULT-VALUE}).")
    int seconds = 10;

    @Option(names = "--threads", description = "Threads for the throughput run (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--study-groups", paramLabel = "N",
            description = "Instead: N study groups due in the same minute; time until all are claimed and handed over.")
    Integer studyGroups;

    @Option(names = "--sender-threads", description = "With --study-groups: threads handing posts over (default ${DEFAULT-VALUE}).")
    int senderThreads = 4;

    @Option(names = "--learning", paramLabel = "MEMBERS",
            description = "Instead: the learning loop for MEMBERS made-up members: choosing each one's next practice "
                    + "challenge, and rendering /progress.")
    Integer learning;
    @Option(names = "--processes", paramLabel = "P", description = {"With --study-groups: P bot processes, one Discord shard",
            "each, on the PostgreSQL database of MENTOR_DATABASE_URL (in a schema of the benchmark's own)."})
    Integer processes;

    @Option(names = "--post-times", paramLabel = "N", description = {"Instead: N groups choosing their post time in a model",
            "of real choices (docs/scaling.md); the busiest minute and how late its last post goes out."})
    Integer postTimes;

    @Option(names = "--rate", description = "With --post-times: Discord's global requests per second (default ${DEFAULT-VALUE}).")
    double rate = 50;

    @Option(names = "--sender-latency", paramLabel = "MS", description = {"With --processes: each hand-over takes this long,",
            "standing for Discord's REST round trip (default ${DEFAULT-VALUE}: the senders only count)."})
    long senderLatencyMillis;

    @Option(names = "--study-group-worker", hidden = true, paramLabel = "SHARD")
    Integer worker;

    @Option(names = "--worker-expect", hidden = true)
    long workerExpect;

    @Option(names = "--worker-report", hidden = true)
    Path workerReport;

    @Option(names = "--synthetic", paramLabel = "CARDS",
            description = "Benchmark a generated knowledge base of this many cards instead of the real one.")
    Integer synthetic;

    @Option(names = "--peer", description = {"Also time the naive LangChain4j RAG pipeline (same model, top 3 cards",
            "from an in-memory store) on the same questions, alternating with the mentor, and print the ratio."})
    boolean peer;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Config config = options.config().withoutLlm();
        if (postTimes != null) {
            PostTimeSpread.Result spread = PostTimeSpread.run(postTimes, rate, 12);
            out.printf(Locale.ROOT, "%d groups: busiest UTC minute %d posts, busiest hour %d; at %.0f requests/s the last "
                    + "post of the worst minute goes out %.0f s after its time; all at once would take %.0f s%n",
                    spread.groups(), spread.peakMinute(), spread.busiestHour(), rate, spread.worstDelaySeconds(),
                    spread.allAtOnceSeconds());
            return 0;
        }
        if (worker != null) {
            App app = App.start(config);
            ShardedStudyGroupBench.work(app.database(), app.challenges().current(), worker, processes, workerExpect,
                    senderThreads, Duration.ofMillis(senderLatencyMillis), workerReport);
            app.close();
            return 0;
        }
        if (studyGroups != null && processes != null) {
            return shardedStudyGroups(config, out);
        }
        if (studyGroups != null) {
            return studyGroups(config, out);
        }
        if (learning != null) {
            return learning(config, out);
        }
        if (synthetic != null) {
            Path dir = config.dataDir().resolve("bench-synthetic-" + synthetic);
            Path knowledge = SyntheticKnowledge.generate(dir.resolve("knowledge"), synthetic);
            config = config.withKnowledgeDir(knowledge).withDataDir(dir);
        }
        List<String> questions = questions();

        App app = App.startLongRunning(config); // as the bot and the console start
        Mentor mentor = app.mentor();
        // spread over the set: its last questions come from the newest (and wordiest) writer, twice the median even warm
        List<String> firsts = spread(questions, FIRST);
        long[] first = timed(mentor, app, firsts); // a fresh process: warmed up at start, nothing cached yet
        long startupMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        out.printf(Locale.ROOT, "knowledge base: %d cards (%s), model %s, %d cores%n",
                app.knowledge().knowledgeBase().cards().size(), app.knowledge().root().description(),
                app.knowledge().modelId(), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "start-up to first answer: %d ms (vector cache %s)%n", startupMillis,
                app.knowledge().lastLoad().embeddedNow() == 0 ? "warm" : "cold: passages were embedded");

        Arrays.sort(first);
        out.printf(Locale.ROOT, "first %d answers of this process: p50 %.2f ms, max %.2f ms%n", first.length,
                percentile(first, 0.5), first[first.length - 1] / 1e6);
        latency(mentor, app, questions, out);
        long[] warm = timed(mentor, app, firsts);
        Arrays.sort(warm);
        out.printf(Locale.ROOT, "the same %d questions once warm: p50 %.2f ms, max %.2f ms%n", warm.length,
                percentile(warm, 0.5), warm[warm.length - 1] / 1e6);
        throughput(mentor, app, questions, out);
        memory(out);
        return 0;
    }

    private Integer studyGroups(Config config, PrintStream out) throws Exception {
        App app = App.start(config);
        var bank = app.challenges().current();
        long heapBefore = usedHeap();
        StudyGroupBench.Result result = StudyGroupBench.run(config.dataDir().resolve("bench-study-groups"), studyGroups,
                senderThreads, bank);
        out.printf(Locale.ROOT, "study groups due in the same minute: %d, sender threads %d, SQLite%n", studyGroups,
                senderThreads);
        out.printf(Locale.ROOT, "all claimed and handed to the sender: %d in %.2f s after the due time (%.0f posts/s), "
                + "duplicates: %d%n", result.groups(), result.untilAllHandedOver().toMillis() / 1000.0, result.perSecond(),
                result.duplicates());
        out.printf(Locale.ROOT, "heap used during the run: +%d MB%n", Math.max(0, usedHeap() - heapBefore) >> 20);
        memory(out);
        return 0;
    }

    private Integer learning(Config config, PrintStream out) throws Exception {
        App app = App.start(config);
        var bank = app.challenges().current();
        var roadmap = app.knowledge().knowledgeBase().topics();
        long start = System.nanoTime();
        LearningLoopBench bench = LearningLoopBench.create(config.dataDir().resolve("bench-learning"), learning, bank, roadmap);
        out.printf(Locale.ROOT, "learning loop: %d members, %d challenges on %d topics, SQLite; histories written in %.1f s%n",
                learning, bank.size(), roadmap.size(), (System.nanoTime() - start) / 1e9);
        int naiveMembers = Math.min(learning, 500);
        LearningLoopBench.Choosing choosing = bench.choosing(learning, naiveMembers);
        out.printf(Locale.ROOT, "next practice challenge for all %d members (%d review rows): one member at a time as "
                + "/practice does %.2f s (CPU %.2f s, %.0f µs each); in batches of %d members %.2f s (CPU %.2f s); "
                + "the choice alone, histories in memory, %.3f s%n", choosing.members(),
                choosing.reviewRows(), choosing.perMember().toNanos() / 1e9, choosing.perMemberCpu().toNanos() / 1e9,
                choosing.perMember().toNanos() / 1e3 / choosing.members(), LearningLoopBench.BATCH,
                choosing.batched().toNanos() / 1e9, choosing.batchedCpu().toNanos() / 1e9,
                choosing.inMemory().toNanos() / 1e9);
        out.printf(Locale.ROOT, "naive chooser (a query per challenge and member): %d members in %.2f s (%.0f µs each), "
                + "%.1f s for %d members at that rate%n", choosing.naiveMembers(), choosing.naive().toNanos() / 1e9,
                choosing.naive().toNanos() / 1e3 / choosing.naiveMembers(),
                choosing.naive().toNanos() / 1e9 / choosing.naiveMembers() * choosing.members(), choosing.members());
        LearningLoopBench.Rendering rendering = bench.rendering(1_000, learning);
        out.printf(Locale.ROOT, "/progress (report from the database, then the PNG), %d renders: p50 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms (of which the report p99 %.1f ms); CPU p50 %.1f ms, p99 %.1f ms; largest PNG %.1f KB%n",
                rendering.renders(), rendering.p50Millis(), rendering.p99Millis(), rendering.maxMillis(),
                rendering.reportP99Millis(), rendering.cpuP50Millis(), rendering.cpuP99Millis(),
                rendering.maxBytes() / 1024.0);
        out.printf(Locale.ROOT, "load average while measuring: %.2f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        memory(out);
        return 0;
    }

    private Integer shardedStudyGroups(Config config, PrintStream out) throws Exception {
        Config.Storage storage = config.storage();
        String url = storage.databaseUrl().filter(u -> u.startsWith("jdbc:postgresql:")).orElseThrow(() ->
                new IllegalArgumentException("--processes needs PostgreSQL: set MENTOR_DATABASE_URL=jdbc:postgresql://..."));
        List<String> java = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "dev.careermentor.Main");
        ShardedStudyGroupBench.Result result = ShardedStudyGroupBench.run(url, storage.user().orElse(null),
                storage.password().orElse(null), studyGroups, processes, Duration.ofMillis(senderLatencyMillis), java,
                config.dataDir().resolve("bench-sharded-study-groups"));
        out.printf(Locale.ROOT, "study groups due in the same minute: %d, %d processes with one shard each, sender threads "
                + "%d each (%s), PostgreSQL%n", studyGroups, processes, senderThreads, senderLatencyMillis == 0
                ? "counting only" : senderLatencyMillis + " ms per post");
        out.printf(Locale.ROOT, "all %d claimed (rows committed) %.2f s after the due time; all handed to a sender %.2f s; "
                + "all marked sent %.2f s; per process %s%n", result.groups(), result.allClaimed().toMillis() / 1000.0,
                result.lastClaim().toMillis() / 1000.0, result.allSent().toMillis() / 1000.0, result.handedOver());
        out.printf(Locale.ROOT, "duplicates: %d, handed over by a process without the guild's shard: %d, post rows: %d%n",
                result.duplicates(), result.wrongShard(), result.rows());
        out.printf(Locale.ROOT, "PostgreSQL bytes per row (table and indexes): study_group %d, challenge_post %d%n",
                result.studyGroupBytesPerRow(), result.postBytesPerRow());
        return result.duplicates() == 0 && result.wrongShard() == 0 && result.rows() == studyGroups ? 0 : 1;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** {@code n} questions evenly spaced over the list, in its order. */
    static List<String> spread(List<String> questions, int n) {
        int count = Math.min(n, questions.size());
        List<String> spread = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            spread.add(questions.get((int) ((long) i * questions.size() / count)));
        }
        return spread;
    }

    /** Each question's answer time, with the answer and query caches cleared before it. */
    private static long[] timed(Mentor mentor, App app, List<String> questions) {
        long[] nanos = new long[questions.size()];
        for (int i = 0; i < nanos.length; i++) {
            mentor.clearCache();
            app.knowledge().clearQueryCache();
            long start = System.nanoTime();
            mentor.ask(questions.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static List<String> questions() {
        List<String> questions = new ArrayList<>();
        for (LabelledQuestion q : LabelledQuestions.resource(LabelledQuestions.DEV)) {
            questions.add(q.question());
        }
        return questions;
    }

    /** Answer latency with every cache cleared; with {@code --peer}, the naive pipeline timed alternately. */
    private void latency(Mentor mentor, App app, List<String> questions, PrintStream out) {
        NaiveRag naive = peer ? new NaiveRag(app.knowledge().knowledgeBase(), app.knowledge().embedder()) : null;
        for (String question : questions) { // JIT warm-up, not measured
            mentor.ask(question);
            if (naive != null) {
                naive.answer(question);
            }
        }
        long[] ours = new long[rounds * questions.size()];
        long[] theirs = new long[naive == null ? 0 : ours.length];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (String question : questions) {
                mentor.clearCache();
                app.knowledge().clearQueryCache();
                long start = System.nanoTime();
                mentor.ask(question);
                ours[n] = System.nanoTime() - start;
                if (naive != null) {
                    start = System.nanoTime();
                    naive.answer(question);
                    theirs[n] = System.nanoTime() - start;
                }
                n++;
            }
        }
        print("mentor", ours, out);
        if (naive != null) {
            print("naive LangChain4j RAG", theirs, out);
            out.printf(Locale.ROOT, "ratio mentor / naive: p50 %.2f, p99 %.2f%n", percentile(ours, 0.5) / percentile(theirs, 0.5),
                    percentile(ours, 0.99) / percentile(theirs, 0.99));
        }
    }

    private static void print(String what, long[] nanos, PrintStream out) {
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "latency of the %s, %d answers, caches cleared: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                + "max %.2f ms%n", what, nanos.length, percentile(nanos, 0.50), percentile(nanos, 0.95),
                percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    private void throughput(Mentor mentor, App app, List<String> questions, PrintStream out) throws Exception {
        mentor.clearCache();
        app.knowledge().clearQueryCache();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    int i = next.getAndIncrement();
                    // a distinct text per answer, so neither cache helps
                    mentor.ask(questions.get(i % questions.size()) + " (" + i / questions.size() + ")");
                    answered.incrementAndGet();
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "throughput, %d threads, %.0f s: %.0f answers/s%n", threads, elapsed,
                answered.get() / elapsed);
    }

    private static void memory(PrintStream out) throws IOException {
        String peak = residentSetSize();
        System.gc();
        try {
            Thread.sleep(2_000); // G1 returns freed heap to the system on a background thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime runtime = Runtime.getRuntime();
        long heapUsed = runtime.totalMemory() - runtime.freeMemory();
        out.printf(Locale.ROOT, "memory: resident at the end of the run %s; after a collection and 2 s %s; heap used %d MB, "
                + "committed %d MB, max %d MB%n", peak, residentSetSize(), heapUsed >> 20, runtime.totalMemory() >> 20,
                runtime.maxMemory() >> 20);
    }

    /** VmRSS and VmHWM (peak) from /proc, where available. */
    static String residentSetSize() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        String rss = "?";
        String peak = "?";
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                rss = (Long.parseLong(line.replaceAll("\\D", "")) >> 10) + " MB";
            } else if (line.startsWith("VmHWM:")) {
                peak = (Long.parseLong(line.replaceAll("\\D", "")) >> 10) + " MB";
            }
        }
        return rss + " (peak " + peak + ")";
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
