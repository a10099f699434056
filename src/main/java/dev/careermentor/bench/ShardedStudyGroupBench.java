package dev.careermentor.bench;

import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.store.Database;
import dev.careermentor.store.Ids;
import dev.careermentor.studygroup.ChallengeChannel;
import dev.careermentor.studygroup.DispatchRoutine;
import dev.careermentor.studygroup.StudyGroupMessage;
import dev.careermentor.studygroup.StudyGroupModule;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.ShardScope;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * N study groups due in the same minute, dispatched by P separate bot processes on one PostgreSQL
 * database, each holding one of P Discord shards (the groups' guilds are spread over the shards):
 * how long after the due time every post has been claimed (its unique row committed, as an
 * observer polling the table sees it), handed to a sender and marked sent, and whether any post was
 * handed over twice. The senders only count, as in {@link StudyGroupBench}: in production Discord's
 * global rate limit, not the database, paces the sending.
 *
 * <p>The parent prepares a schema of its own ({@code bench_cluster}, dropped and created again, so
 * the bot's tables in that database are never touched), starts the workers (this same program,
 * {@code bench --study-group-worker}), lets them first claim and send {@link #WARM_UP} other groups
 * (a bot that has run for a while has its dispatch path compiled; a fresh JVM spends seconds in the
 * JIT on its first thousands of claims), and then moves every measured group's post to the start
 * of the next minute.
 */
public final class ShardedStudyGroupBench {

    static final String SCHEMA = "bench_cluster";
    /** Groups claimed before the measured ones, to warm the workers up; their channels are numbered from this. */
    static final int WARM_UP = 2_000;
    private static final long WARM_UP_CHANNELS = 900_000L;
    private static final String READY = "READY";

    /**
     * @param groups groups whose post was handed over
     * @param allClaimed when every post row had been committed, after the due time
     * @param lastClaim the last hand-over to a sender, after the due time
     * @param allSent when every post row was marked sent, after the due time
     * @param duplicates hand-overs beyond one per group
     * @param wrongShard posts handed over by a process that does not hold the group's shard
     * @param rows post rows in the database (one per group when all is well)
     * @param handedOver per worker, how many posts it handed over
     */
    public record Result(int groups, int processes, Duration allClaimed, Duration lastClaim, Duration allSent,
            int duplicates, int wrongShard, int rows,
            List<Integer> handedOver, long studyGroupBytesPerRow, long postBytesPerRow) {
    }

    private ShardedStudyGroupBench() {
    }

    /** The JDBC URL of the bench's own schema in the given PostgreSQL database. */
    public static String schemaUrl(String databaseUrl) {
        return databaseUrl + (databaseUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    /** Runs the benchmark; {@code workerCommand} starts this program (java, class path, main class). */
    /**
     * @param senderLatency how long each hand-over takes, standing for Discord's REST round trip
     *     (zero: the senders only count, so every post is marked sent at once, the database's worst case)
     */
    public static Result run(String databaseUrl, String user, String password, int groupCount, int processes,
            Duration senderLatency, List<String> workerCommand, Path workDir) throws Exception {
        Files.createDirectories(workDir);
        try (Connection admin = DriverManager.getConnection(databaseUrl, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
        Database database = Database.postgresql(schemaUrl(databaseUrl), user, password);
        insertGroups(database, groupCount, 0, 100_000L, Duration.ofDays(1)); // measured, moved to the due time later
        insertGroups(database, WARM_UP, 5_000, WARM_UP_CHANNELS, Duration.ZERO); // due at once

        List<Process> workers = new ArrayList<>();
        List<Path> reports = new ArrayList<>();
        for (int shard = 0; shard < processes; shard++) {
            Path report = workDir.resolve("worker-" + shard + ".report");
            Files.deleteIfExists(report);
            reports.add(report);
            List<String> command = new ArrayList<>(workerCommand);
            command.addAll(List.of("bench", "--study-group-worker", Integer.toString(shard), "--processes",
                    Integer.toString(processes), "--worker-expect", Long.toString(expected(groupCount, 0, processes, shard)
                            + expected(WARM_UP, 5_000, processes, shard)),
                    "--worker-report", report.toString(), "--sender-latency", Long.toString(senderLatency.toMillis())));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.to(workDir.resolve("worker-" + shard + ".log").toFile()));
            builder.environment().put("MENTOR_DATABASE_URL", schemaUrl(databaseUrl));
            builder.environment().put("MENTOR_DATABASE_USER", user);
            builder.environment().put("MENTOR_DATABASE_PASSWORD", password);
            workers.add(builder.start());
        }
        for (Process worker : workers) {
            awaitReady(worker);
        }
        awaitWarmUp(database);

        // Every post is due at the start of the next minute, at least 5 s from now.
        Instant due = Instant.now().plusSeconds(65).truncatedTo(ChronoUnit.MINUTES);
        if (Duration.between(Instant.now(), due).toSeconds() < 5) {
            due = due.plusSeconds(60);
        }
        Instant at = due;
        String time = at.atZone(ZoneOffset.UTC).toLocalTime().toString();
        String date = at.atZone(ZoneOffset.UTC).toLocalDate().toString();
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE study_group SET post_time = :time, next_post_at = :at, "
                        + "next_post_date = :date WHERE channel_id < " + WARM_UP_CHANNELS)
                .bind("time", time).bind("at", at.toEpochMilli()).bind("date", date).execute());

        Instant[] milestones = watchRows(database, groupCount, due);
        for (Process worker : workers) {
            if (!worker.waitFor(5, TimeUnit.MINUTES)) {
                worker.destroyForcibly();
                throw new IllegalStateException("a worker did not finish within 5 minutes; see " + workDir);
            }
        }
        Map<Long, Long> guildOfGroup = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT id, guild_id FROM study_group WHERE channel_id < " + WARM_UP_CHANNELS)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2))).list())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long last = 0;
        int duplicates = 0;
        int wrongShard = 0;
        List<Integer> handedOver = new ArrayList<>();
        Set<Long> groups = new HashSet<>();
        for (int shard = 0; shard < processes; shard++) {
            List<String> lines = Files.readAllLines(reports.get(shard));
            last = Math.max(last, Long.parseLong(lines.get(0)));
            int measured = 0;
            for (String line : lines.subList(1, lines.size())) {
                long group = Long.parseLong(line.split(" ")[1]);
                if (!guildOfGroup.containsKey(group)) {
                    continue; // a warm-up group
                }
                measured++;
                if (!groups.add(group)) {
                    duplicates++;
                }
                if (ShardScope.shardOf(guildOfGroup.get(group), processes) != shard) {
                    wrongShard++;
                }
            }
            handedOver.add(measured);
        }
        int rows = database.jdbi().withHandle(h -> h.createQuery(MEASURED_POSTS.replace("<what>", "COUNT(*)"))
                .mapTo(Integer.class).one());
        long groupBytes = bytesPerRow(database, "study_group", groupCount + WARM_UP);
        long postBytes = bytesPerRow(database, "challenge_post", rows + WARM_UP);
        database.close();
        return new Result(groups.size(), processes, Duration.between(due, milestones[0]),
                Duration.ofMillis(last - due.toEpochMilli()), Duration.between(due, milestones[1]), duplicates, wrongShard,
                rows, handedOver, groupBytes, postBytes);
    }

    private static final String MEASURED_POSTS = "SELECT <what> FROM challenge_post p JOIN study_group g ON g.id = p.group_id"
            + " WHERE g.channel_id < " + WARM_UP_CHANNELS;

    /** Waits until the workers have claimed and sent the warm-up groups. */
    private static void awaitWarmUp(Database database) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM challenge_post WHERE status = 'SENT'")
                .mapTo(Integer.class).one()) < WARM_UP) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the workers did not send the warm-up posts within 3 minutes");
            }
            Thread.sleep(100);
        }
    }

    /**
     * Watches the post table from outside the workers, every 20 ms from the due time: when all N rows
     * exist (claimed) and when all are marked sent.
     */
    private static Instant[] watchRows(Database database, int groupCount, Instant due) throws InterruptedException {
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()));
        Instant claimed = null;
        Instant deadline = due.plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            int[] counts = database.jdbi().withHandle(h -> h.createQuery(
                            MEASURED_POSTS.replace("<what>",
                                    "COUNT(*), COALESCE(SUM(CASE WHEN p.status = 'SENT' THEN 1 ELSE 0 END), 0)"))
                    .map((rs, ctx) -> new int[] {rs.getInt(1), rs.getInt(2)}).one());
            Instant now = Instant.now();
            if (claimed == null && counts[0] >= groupCount) {
                claimed = now;
            }
            if (counts[1] >= groupCount) {
                return new Instant[] {claimed, now};
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("not every post was claimed and sent within 4 minutes");
    }

    /** Table, indexes and TOAST, per row: what a row costs in PostgreSQL. */
    private static long bytesPerRow(Database database, String table, long rows) {
        long bytes = database.jdbi().withHandle(h -> h.createQuery("SELECT pg_total_relation_size('" + SCHEMA + "." + table
                + "')").mapTo(Long.class).one());
        return rows == 0 ? 0 : bytes / rows;
    }

    /** Group i is in guild (1000 + first + i) << 22, i.e. on shard (1000 + first + i) % P: spread evenly. */
    private static long guildOf(int first, int i) {
        return (1000L + first + i) << 22;
    }

    private static long expected(int groupCount, int first, int processes, int shard) {
        long count = 0;
        for (int i = 0; i < groupCount; i++) {
            if (ShardScope.shardOf(guildOf(first, i), processes) == shard) {
                count++;
            }
        }
        return count;
    }

    /** N channel groups in guilds numbered from {@code first}, due {@code dueIn} from now. */
    private static void insertGroups(Database database, int groupCount, int first, long firstChannel, Duration dueIn) {
        long now = System.currentTimeMillis();
        long tomorrow = now + dueIn.toMillis();
        database.jdbi().useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO study_group (id, kind, guild_id, channel_id, owner_id, post_time, zone, role_id,
                        reminder_hours, status, status_reason, next_post_at, next_post_date, created_at, updated_at)
                    VALUES (:id, 'CHANNEL', :guild, :channel, 1, '00:00', 'UTC', NULL, 3, 'ACTIVE', NULL, :at, :date,
                        :now, :now)""");
            for (int i = 0; i < groupCount; i++) {
                batch.bind("id", Ids.next()).bind("guild", guildOf(first, i)).bind("channel", firstChannel + i)
                        .bind("at", tomorrow).bind("date", Instant.ofEpochMilli(tomorrow).atZone(ZoneOffset.UTC)
                                .toLocalDate().toString())
                        .bind("now", now).add();
            }
            batch.execute();
        });
    }

    private static void awaitReady(Process worker) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals(READY)) {
                return;
            }
        }
        throw new IllegalStateException("a worker exited before it was ready (exit " + waitExit(worker) + ")");
    }

    private static int waitExit(Process worker) {
        try {
            return worker.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * One worker process: the dispatcher of shard {@code shard} of {@code processes} on the
     * configured database, with counting senders; prints READY, then writes its report (the last
     * hand-over in epoch milliseconds, then one "post group" line per hand-over) once it has handed
     * over {@code expect} posts.
     */
    public static void work(Database database, ChallengeBank bank, int shard, int processes, long expect, int threads,
            Duration senderLatency, Path report) throws Exception {
        CountingChannel channel = new CountingChannel(expect, senderLatency);
        StudyGroupModule module = StudyGroupModule.create(database, () -> bank, channel, Clock.systemUTC(),
                new DispatchRoutine.Settings("bench-shard-" + shard, threads, Duration.ofMillis(250), Duration.ofSeconds(10),
                        Duration.ofSeconds(1), ShardScope.of(processes, List.of(shard))));
        module.routine().start();
        System.out.println(READY);
        System.out.flush();
        boolean done = channel.done.await(4, TimeUnit.MINUTES);
        module.routine().stop();
        List<String> lines = new ArrayList<>();
        lines.add(Long.toString(channel.lastMillis.get()));
        channel.handedOver.forEach(lines::add);
        Files.write(report, lines);
        if (!done) {
            throw new IllegalStateException("handed over " + channel.handedOver.size() + " of " + expect + " posts");
        }
    }

    /** Counts hand-overs with their post and group; remembers when the last one happened. */
    private static final class CountingChannel implements ChallengeChannel {
        final ConcurrentLinkedQueue<String> handedOver = new ConcurrentLinkedQueue<>();
        final AtomicLong lastMillis = new AtomicLong();
        final CountDownLatch done;
        final Duration latency;

        CountingChannel(long expected, Duration latency) {
            this.done = new CountDownLatch((int) expected);
            this.latency = latency;
        }

        @Override
        public long post(StudyGroup group, DailyPost post) {
            if (!latency.isZero()) {
                try {
                    Thread.sleep(latency.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            handedOver.add(post.postId() + " " + group.id());
            lastMillis.accumulateAndGet(System.currentTimeMillis(), Math::max);
            done.countDown();
            return post.postId();
        }

        @Override
        public java.util.Optional<Long> findPosted(StudyGroup group, long postId) {
            return java.util.Optional.empty();
        }

        @Override
        public void say(StudyGroup group, StudyGroupMessage message) {
        }

        @Override
        public void directMessage(long userId, StudyGroupMessage message) {
        }
    }
}
