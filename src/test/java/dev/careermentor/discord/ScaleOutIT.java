package dev.careermentor.discord;

import static dev.careermentor.discord.fake.FakeDiscord.ADMIN_ID;
import static dev.careermentor.discord.fake.FakeDiscord.CHANNEL_ID;
import static dev.careermentor.discord.fake.FakeDiscord.GUILD_ID;
import static dev.careermentor.discord.fake.FakeDiscord.OTHER_CHANNEL_ID;
import static dev.careermentor.discord.fake.FakeDiscord.OTHER_GUILD_ID;
import static dev.careermentor.discord.fake.FakeDiscord.OTHER_SECOND_CHANNEL_ID;
import static dev.careermentor.discord.fake.FakeDiscord.SECOND_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.TestKnowledge;
import dev.careermentor.TestPostgres;
import dev.careermentor.discord.fake.FakeDiscord;
import dev.careermentor.store.Database;
import dev.careermentor.store.Ids;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.ScheduleRepository;
import dev.careermentor.studygroup.store.StudyGroupStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Scale-out on this machine: the fake Discord requires two shards; two real bot processes (the
 * packaged jar), one shard each, share one PostgreSQL database. Study groups in the guilds of both
 * shards post exactly once each, from the process that holds the guild; {@code /ask} in each guild
 * is answered once, by that process; the global commands are registered once; and a process killed
 * with SIGKILL mid-day sends, when it is back, the posts that fell due while it was down, once, and
 * nothing it had sent before. The other process never touches its guilds meanwhile.
 *
 * <p>Runs in {@code mvn verify} after the jar is built, where a PostgreSQL server is given (.ci/run
 * starts one: MENTOR_TEST_POSTGRES_URL, _USER, _PASSWORD); the schema is wiped first.
 */
@EnabledIfEnvironmentVariable(named = "MENTOR_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ScaleOutIT {

    /** Generous: two JVMs start at once on a small machine that may be busy with other builds. */
    private static final Duration START = Duration.ofSeconds(150);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path WORK = Path.of("target", "scale-out-it");

    private final List<BotProcess> processes = new ArrayList<>();
    private FakeDiscord discord;
    private Database database;

    /** Outside the test's timeout: the knowledge base's vectors, computed once, then copied to each process. */
    @BeforeAll
    static void computeVectors() {
        TestKnowledge.index();
    }

    @BeforeEach
    void wipe() throws Exception {
        TestPostgres.wipe();
        Files.createDirectories(WORK);
        discord = FakeDiscord.startSharded(2);
    }

    @AfterEach
    void stop() throws Exception {
        for (BotProcess process : processes) {
            process.close();
        }
        if (database != null) {
            database.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    /** One bot process holding {@code shard} of 2, on the test's PostgreSQL database. */
    private BotProcess startShard(int shard, String name) throws Exception {
        Path data = Files.createDirectories(WORK.resolve(name));
        TestKnowledge.seedVectorCache(data);
        Map<String, String> settings = new HashMap<>(Map.of(
                "DISCORD_TOKEN", FakeDiscord.TOKEN,
                "DISCORD_API_BASE_URL", discord.restBaseUrl(),
                "DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                "DISCORD_SHARD_TOTAL", "2",
                "DISCORD_SHARDS", Integer.toString(shard),
                "MENTOR_DATABASE_URL", System.getenv("MENTOR_TEST_POSTGRES_URL"),
                "MENTOR_DATABASE_USER", System.getenv("MENTOR_TEST_POSTGRES_USER"),
                "MENTOR_DATABASE_PASSWORD", System.getenv("MENTOR_TEST_POSTGRES_PASSWORD"),
                "MENTOR_DATA_DIR", data.toString(),
                // re-read the schedule every second, so rows this test writes by hand are seen at once
                "MENTOR_SCHEDULE_RECHECK_SECONDS", "1"));
        Path log = WORK.resolve(name + ".log");
        Files.deleteIfExists(log);
        BotProcess process = BotProcess.start(name, settings, ShardedBotTest.freePort(), log);
        processes.add(process);
        return process;
    }

    @Test
    void twoProcessesEachWithOneShardPostAndAnswerOnceAndCatchUpAfterASigkill() throws Exception {
        // Both start at once on an empty schema: Flyway migrates it once, whichever is first.
        BotProcess shard0 = startShard(0, "shard-0");
        BotProcess shard1 = startShard(1, "shard-1");
        shard0.awaitHealthy(START);
        shard1.awaitHealthy(START);
        database = TestPostgres.connect();
        List<String> versions = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success").mapTo(String.class).list());
        assertThat(versions).doesNotHaveDuplicates().contains("1", "2", "3");
        assertThat(discord.requestsMatching(r -> r.method().equals("PUT") && r.path().contains("/commands")))
                .as("global commands registered once, by the process holding shard 0").hasSize(1);

        // A study group in each guild, due now; the proxy in front of Discord answers the first post with 429.
        discord.rateLimitNext("POST", "channels/" + OTHER_CHANNEL_ID + "/messages", 1.0);
        StudyGroupStore store = StudyGroupStore.on(database, Clock.systemUTC());
        StudyGroup onShard0 = dueNow(store, GUILD_ID, CHANNEL_ID);
        StudyGroup onShard1 = dueNow(store, OTHER_GUILD_ID, OTHER_CHANNEL_ID);
        awaitDailyPost(CHANNEL_ID);
        awaitDailyPost(OTHER_CHANNEL_ID);
        assertThat(sentPost(store, onShard0).claimedBy()).endsWith(":" + shard0.pid());
        assertThat(sentPost(store, onShard1).claimedBy()).endsWith(":" + shard1.pid());
        assertThat(discord.requestsMatching(r -> r.method().equals("POST")
                && r.path().equals("channels/" + OTHER_CHANNEL_ID + "/messages")).stream().map(discord::statusOf))
                .as("the 429 was ridden out: one retry, one post").containsExactly(429, 200);

        // /ask in each guild reaches only the process holding that guild's shard, and is answered once.
        assertAnsweredOnceBy(shard0, CHANNEL_ID, 1300000000000000811L, shard1);
        assertAnsweredOnceBy(shard1, OTHER_CHANNEL_ID, 1300000000000000812L, shard0);

        // Mid-day, shard 1's process is killed; then a post of each guild falls due.
        shard1.kill();
        await(() -> !discord.isShardConnected(1), "shard 1's connection to drop");
        StudyGroup laterOnShard1 = dueNow(store, OTHER_GUILD_ID, OTHER_SECOND_CHANNEL_ID);
        StudyGroup laterOnShard0 = dueNow(store, GUILD_ID, SECOND_CHANNEL_ID);
        awaitDailyPost(SECOND_CHANNEL_ID);
        assertThat(shard0.healthStatus()).as("the other process carries on").isEqualTo(200);
        assertThat(store.posts().forDate(laterOnShard1.id(), today(laterOnShard1)))
                .as("shard 0's process dispatched after it was due, and left it alone").isEmpty();
        assertThat(discord.messagesIn(OTHER_SECOND_CHANNEL_ID)).isEmpty();

        // Back again: the overdue post goes out once; the post it had sent before is not sent again.
        BotProcess restarted = startShard(1, "shard-1-restarted");
        restarted.awaitHealthy(START);
        awaitDailyPost(OTHER_SECOND_CHANNEL_ID);
        assertThat(sentPost(store, laterOnShard1).claimedBy()).endsWith(":" + restarted.pid());
        assertThat(sentPost(store, laterOnShard0).claimedBy()).endsWith(":" + shard0.pid());
        assertAnsweredOnceBy(restarted, OTHER_CHANNEL_ID, 1300000000000000813L, shard0);
        await(() -> metric(restarted, "mentor_posts_sent_total") >= 1, "the restarted process to count its post");

        // Two more dispatch rounds of each process (they re-read the schedule every second), then count.
        Thread.sleep(2_500);
        for (long channel : List.of(CHANNEL_ID, SECOND_CHANNEL_ID, OTHER_CHANNEL_ID, OTHER_SECOND_CHANNEL_ID)) {
            assertThat(dailyPosts(channel)).as("daily posts in channel %d", channel).hasSize(1);
        }
        int sent = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM challenge_post WHERE status = 'SENT'")
                .mapTo(Integer.class).one());
        assertThat(sent).isEqualTo(4);
        assertThat(metric(restarted, "mentor_posts_sent_total")).as("only the overdue post").isEqualTo(1.0);
        assertThat(metric(shard0, "mentor_posts_sent_total")).isEqualTo(2.0);
        assertThat(discord.requestsMatching(r -> r.method().equals("PUT") && r.path().contains("/commands")))
                .as("the restarted process did not register the commands again").hasSize(1);
        assertThat(shard0.metrics()).contains("mentor_gateway_connected{shard=\"0\"} 1.0");
        assertThat(restarted.metrics()).contains("mentor_gateway_connected{shard=\"1\"} 1.0");
    }

    /** A group whose post is due now, at mid-day in its time zone (so "today" is not about to end). */
    private static StudyGroup dueNow(StudyGroupStore store, long guildId, long channelId) {
        Instant now = Instant.now();
        int utcHour = now.atZone(ZoneOffset.UTC).getHour();
        int offset = 12 - utcHour > 14 ? 12 - utcHour - 24 : 12 - utcHour;
        ZoneOffset zone = ZoneOffset.ofHours(offset);
        LocalTime time = now.atOffset(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        StudyGroup group = store.groups().save(new StudyGroup(Ids.next(), StudyGroup.Kind.CHANNEL, guildId, channelId, ADMIN_ID,
                time, zone, null, 3, StudyGroup.Status.ACTIVE, null));
        store.schedules().setGroup(ScheduleRepository.Kind.POST, group.id(), now, now.atOffset(zone).toLocalDate());
        return group;
    }

    private static java.time.LocalDate today(StudyGroup group) {
        return group.schedule().dateAt(Instant.now());
    }

    private static Post sentPost(StudyGroupStore store, StudyGroup group) throws InterruptedException {
        await(() -> store.posts().forDate(group.id(), today(group)).filter(Post::isSent).isPresent(),
                "the post of group " + group.id() + " to be marked sent");
        return store.posts().forDate(group.id(), today(group)).orElseThrow();
    }

    private List<JsonNode> dailyPosts(long channelId) {
        return discord.messagesIn(channelId).stream().filter(m -> m.toString().contains("Daily challenge")).toList();
    }

    private void awaitDailyPost(long channelId) throws InterruptedException {
        await(() -> !dailyPosts(channelId).isEmpty(), "a daily post in channel " + channelId);
    }

    /** The question is answered once, and the answer was composed by {@code holder}, not by {@code other}. */
    private void assertAnsweredOnceBy(BotProcess holder, long channelId, long memberId, BotProcess other)
            throws InterruptedException {
        FakeDiscord.Interaction ask = discord.slashCommand(channelId, memberId, "ask",
                Map.of("question", "How do I prepare for a Python interview?"));
        assertThat(discord.awaitCallback(ask, WAIT).json().toString()).contains("interview");
        await(() -> holder.log().contains("u=" + memberId + "]"), holder + " to log the answer");
        assertThat(other.log()).doesNotContain("u=" + memberId + "]");
        assertThat(discord.requestsMatching(r -> r.path().startsWith("interactions/" + ask.id() + "/"))).hasSize(1);
    }

    private static double metric(BotProcess process, String name) {
        try {
            return process.metrics().lines().filter(line -> line.startsWith(name + " ")).findFirst()
                    .map(line -> Double.parseDouble(line.substring(name.length() + 1).strip())).orElse(-1.0);
        } catch (Exception e) {
            return -1;
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + WAIT + " for " + what);
            }
            Thread.sleep(100);
        }
    }
}
