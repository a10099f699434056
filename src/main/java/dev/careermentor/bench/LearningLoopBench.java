package dev.careermentor.bench;

import dev.careermentor.knowledge.Topic;
import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.practice.Fsrs;
import dev.careermentor.store.Database;
import dev.careermentor.store.Ids;
import dev.careermentor.studygroup.ChallengeChannel;
import dev.careermentor.studygroup.DispatchRoutine;
import dev.careermentor.studygroup.StudyGroupMessage;
import dev.careermentor.studygroup.StudyGroupModule;
import dev.careermentor.studygroup.learning.LearnerHistory;
import dev.careermentor.studygroup.learning.NextChallenge;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.progress.ProgressPicture;
import dev.careermentor.studygroup.progress.ProgressReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The learning loop at scale, on a SQLite file of made-up members: choosing the next practice
 * challenge for every member (as {@code /practice} does, and in batches), against a naive chooser
 * that asks the database about each challenge; and rendering {@code /progress}.
 */
public final class LearningLoopBench {

    /** A member's made-up history: answered challenges (some wrong, some due) and a few questions. */
    static final int MAX_ANSWERED = 40;
    static final int QUESTIONS = 3;
    public static final int BATCH = 1_000;

    private final StudyGroupModule module;
    private final Database database;
    private final ChallengeBank bank;
    private final List<Topic> roadmap;
    private final Clock clock = Clock.systemUTC();

    private LearningLoopBench(Database database, ChallengeBank bank, List<Topic> roadmap) {
        this.database = database;
        this.bank = bank;
        this.roadmap = roadmap;
        this.module = StudyGroupModule.create(database, () -> bank, () -> roadmap, new NoChannel(), clock,
                new DispatchRoutine.Settings("bench", 0, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(1)));
    }

    /** A fresh database under {@code dir} with {@code members} members' histories. */
    public static LearningLoopBench create(Path dir, int members, ChallengeBank bank, List<Topic> roadmap) throws IOException {
        Files.createDirectories(dir);
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(dir.resolve("learning.db" + suffix));
        }
        LearningLoopBench bench = new LearningLoopBench(Database.sqlite(dir.resolve("learning.db")), bank, roadmap);
        bench.populate(members);
        return bench;
    }

    /** Reviews spread over the last 60 days (FSRS states of one to five answers), and a few recent questions. */
    private void populate(int members) {
        Random random = new Random(11);
        Fsrs fsrs = new Fsrs();
        long now = clock.millis();
        long day = Duration.ofDays(1).toMillis();
        List<Challenge> challenges = bank.all();
        // Sequential ids: Ids.next() draws 22 random bits per millisecond, and this loop writes far more rows a millisecond.
        java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong(Ids.next());
        database.jdbi().useTransaction(h -> {
            var reviews = h.prepareBatch("""
                    INSERT INTO practice_review (user_id, challenge_id, topic, stability, difficulty, reps, lapses,
                                                 last_review_at, due_at, last_correct)
                    VALUES (:u, :c, :t, :s, :d, :reps, :lapses, :last, :due, :correct)""");
            var attempts = h.prepareBatch("""
                    INSERT INTO practice_attempt (id, user_id, challenge_id, topic, correct, origin, answered_at)
                    VALUES (:id, :u, :c, :t, :correct, 'PRACTICE', :at)""");
            var asked = h.prepareBatch("""
                    INSERT INTO answer_log (id, guild_id, channel_id, user_id, question, refused, reason, confidence,
                                            citations, created_at)
                    VALUES (:id, 1, 2, :u, 'a question', :no, NULL, 0.9, :citation, :at)""");
            for (long member = 1; member <= members; member++) {
                int answered = random.nextInt(Math.min(MAX_ANSWERED, challenges.size()) + 1);
                List<Challenge> shuffled = new ArrayList<>(challenges);
                java.util.Collections.shuffle(shuffled, random);
                for (Challenge challenge : shuffled.subList(0, answered)) {
                    boolean correct = random.nextInt(4) != 0;
                    Fsrs.Memory memory = fsrs.first(correct ? Fsrs.Rating.GOOD : Fsrs.Rating.AGAIN);
                    for (int r = random.nextInt(5); r > 0; r--) {
                        memory = fsrs.next(memory, fsrs.intervalDays(memory.stability()), Fsrs.Rating.GOOD);
                    }
                    long last = now - random.nextInt(60) * day - random.nextInt((int) day);
                    reviews.bind("u", member).bind("c", challenge.id()).bind("t", challenge.topic())
                            .bind("s", memory.stability()).bind("d", memory.difficulty()).bind("reps", 1)
                            .bind("lapses", correct ? 0 : 1).bind("last", last)
                            .bind("due", last + fsrs.intervalDays(memory.stability()) * day).bind("correct", correct).add();
                    attempts.bind("id", ids.incrementAndGet()).bind("u", member).bind("c", challenge.id()).bind("t", challenge.topic())
                            .bind("correct", correct).bind("at", last).add();
                }
                for (int q = 0; q < QUESTIONS; q++) {
                    Challenge about = challenges.get(random.nextInt(challenges.size()));
                    asked.bind("id", ids.incrementAndGet()).bind("u", member).bind("no", false)
                            .bind("citation", about.meta().source() + ".md").bind("at", now - random.nextInt(30) * day).add();
                }
                if (member % BATCH == 0 || member == members) {
                    reviews.execute();
                    attempts.execute();
                    asked.execute();
                }
            }
        });
    }

    /** What choosing for every member cost. */
    /**
     * @param perMemberCpu, batchedCpu the CPU time of this thread: on a shared, busy machine the wall time
     *     also counts the time other processes had the cores
     */
    public record Choosing(int members, Duration perMember, Duration perMemberCpu, Duration batched, Duration batchedCpu,
            Duration inMemory, int naiveMembers, Duration naive, long reviewRows) {
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Chooses each member's next challenge three ways: one member at a time as {@code /practice} does
     * (two indexed queries, then the choice; the item row it then writes is left out), in batches of
     * {@value #BATCH} members (two queries per batch), and the naive way (a query per challenge per
     * member) for a sample of members.
     */
    public Choosing choosing(int members, int naiveMembers) {
        NextChallenge chooser = module.sessions().chooser();
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (long member = 1; member <= members; member++) {
            ids.add(member);
        }
        for (int i = 0; i < 2_000; i++) { // JIT warm-up, not measured
            chooser.next(module.sessions().histories().of(ids.get(i % ids.size())), now);
        }
        int chosen = 0;
        long start = System.nanoTime();
        long startCpu = cpu();
        for (long member : ids) {
            chosen += chooser.next(module.sessions().histories().of(member), now).isPresent() ? 1 : 0;
        }
        Duration perMember = Duration.ofNanos(System.nanoTime() - start);
        Duration perMemberCpu = Duration.ofNanos(cpu() - startCpu);

        start = System.nanoTime();
        startCpu = cpu();
        for (int from = 0; from < ids.size(); from += BATCH) {
            Map<Long, LearnerHistory> histories = module.sessions().histories().of(ids.subList(from,
                    Math.min(ids.size(), from + BATCH)));
            for (LearnerHistory history : histories.values()) {
                chosen += chooser.next(history, now).isPresent() ? 1 : 0;
            }
        }
        Duration batched = Duration.ofNanos(System.nanoTime() - start);
        Duration batchedCpu = Duration.ofNanos(cpu() - startCpu);

        Map<Long, LearnerHistory> loaded = module.sessions().histories().of(ids);
        start = System.nanoTime();
        for (LearnerHistory history : loaded.values()) {
            chosen += chooser.next(history, now).isPresent() ? 1 : 0;
        }
        Duration inMemory = Duration.ofNanos(System.nanoTime() - start);

        start = System.nanoTime();
        for (long member = 1; member <= naiveMembers; member++) {
            chosen += naiveNext(member).isPresent() ? 1 : 0;
        }
        Duration naive = Duration.ofNanos(System.nanoTime() - start);
        if (chosen == 0) {
            throw new IllegalStateException("nothing was chosen");
        }
        long rows = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM practice_review")
                .mapTo(Long.class).one());
        return new Choosing(members, perMember, perMemberCpu, batched, batchedCpu, inMemory, naiveMembers, naive, rows);
    }

    /**
     * The obvious way: for each challenge, easiest first, ask the database whether the member
     * answered it and whether its review is due; the first due or unanswered one wins.
     */
    private Optional<Challenge> naiveNext(long member) {
        long now = clock.millis();
        Challenge firstNew = null;
        for (Challenge challenge : bank.all()) {
            Optional<Long> due = database.jdbi().withHandle(h -> h.createQuery(
                            "SELECT due_at FROM practice_review WHERE user_id = :u AND challenge_id = :c")
                    .bind("u", member).bind("c", challenge.id()).mapTo(Long.class).findOne());
            if (due.isPresent() && due.get() <= now) {
                return Optional.of(challenge);
            }
            if (due.isEmpty() && firstNew == null) {
                firstNew = challenge;
            }
        }
        return Optional.ofNullable(firstNew);
    }

    /** What rendering {@code /progress} cost: in all, and the part spent reading the database. */
    public record Rendering(int renders, double p50Millis, double p99Millis, double maxMillis, double reportP99Millis,
            double cpuP50Millis, double cpuP99Millis, int maxBytes) {
    }

    /** Renders members' progress as {@code /progress} does: the report from the database, then the PNG. */
    public Rendering rendering(int renders, int members) {
        for (int i = 0; i < 200; i++) { // JIT warm-up, not measured
            ProgressPicture.render(progress(1 + i % members));
        }
        long[] total = new long[renders];
        long[] report = new long[renders];
        long[] cpu = new long[renders];
        int maxBytes = 0;
        Random random = new Random(5);
        for (int i = 0; i < renders; i++) {
            long member = 1 + random.nextInt(members);
            long start = System.nanoTime();
            long startCpu = cpu();
            ProgressReport progress = progress(member);
            report[i] = System.nanoTime() - start;
            byte[] png = ProgressPicture.render(progress);
            total[i] = System.nanoTime() - start;
            cpu[i] = cpu() - startCpu;
            maxBytes = Math.max(maxBytes, png.length);
        }
        Arrays.sort(total);
        Arrays.sort(report);
        Arrays.sort(cpu);
        return new Rendering(renders, percentile(total, 0.5), percentile(total, 0.99), total[renders - 1] / 1e6,
                percentile(report, 0.99), percentile(cpu, 0.5), percentile(cpu, 0.99), maxBytes);
    }

    private ProgressReport progress(long member) {
        return module.progress().report(member, java.time.ZoneOffset.UTC);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** The bench sends nothing. */
    private static final class NoChannel implements ChallengeChannel {
        @Override
        public long post(StudyGroup group, DailyPost post) {
            return 0;
        }

        @Override
        public Optional<Long> findPosted(StudyGroup group, long postId) {
            return Optional.empty();
        }

        @Override
        public void say(StudyGroup group, StudyGroupMessage message) {
        }

        @Override
        public void directMessage(long userId, StudyGroupMessage message) {
        }
    }
}
