package dev.careermentor.discord;

import static dev.careermentor.discord.fake.FakeDiscord.ADMIN_ID;
import static dev.careermentor.discord.fake.FakeDiscord.CHANNEL_ID;
import static dev.careermentor.discord.fake.FakeDiscord.GUILD_ID;
import static dev.careermentor.discord.fake.FakeDiscord.OTHER_CHANNEL_ID;
import static dev.careermentor.discord.fake.FakeDiscord.OTHER_GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.BotRuntime;
import dev.careermentor.Config;
import dev.careermentor.TestKnowledge;
import dev.careermentor.discord.fake.FakeDiscord;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.ScheduleRepository;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process holding both shards of a bot that Discord asks to shard (the fake server requires two):
 * without shard settings the bot takes Discord's recommendation, connects both shards, serves both
 * guilds, registers the commands once, and reports both shards on its health and metrics endpoint.
 * Split shards on SQLite are refused before anything connects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ShardedBotTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newHttpClient();
    private FakeDiscord discord;
    private BotRuntime bot;
    private int metricsPort;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        discord = FakeDiscord.startSharded(2);
        metricsPort = freePort();
        TestKnowledge.seedVectorCache(dir);
        bot = BotRuntime.start(Config.from(Map.of(
                "DISCORD_TOKEN", FakeDiscord.TOKEN,
                "DISCORD_API_BASE_URL", discord.restBaseUrl(),
                "DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                "MENTOR_DATA_DIR", dir.toString(),
                "MENTOR_KNOWLEDGE_DIR", "knowledge",
                "MENTOR_METRICS_PORT", Integer.toString(metricsPort),
                "MENTOR_METRICS_HOST", "127.0.0.1")));
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
        discord.close();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void connectsBothShardsDiscordRecommends() {
        assertThat(discord.isShardConnected(0)).isTrue();
        assertThat(discord.isShardConnected(1)).isTrue();
        assertThat(bot.bot().shardsConnected()).containsExactly(Map.entry(0, true), Map.entry(1, true));
        assertThat(bot.bot().describeShards()).isEqualTo("all 2 shards");
    }

    @Test
    void everyGuildIsAnsweredOnceFromItsShard() {
        FakeDiscord.Interaction first = discord.slashCommand(CHANNEL_ID, 1300000000000000801L, "ask",
                Map.of("question", "What is Flask?"));
        FakeDiscord.Interaction second = discord.slashCommand(OTHER_CHANNEL_ID, 1300000000000000802L, "ask",
                Map.of("question", "What is Flask?"));

        assertThat(discord.awaitCallback(first, WAIT).json().toString()).contains("Flask");
        assertThat(discord.awaitCallback(second, WAIT).json().toString()).contains("Flask");
        assertThat(first.payload().path("guild_id").asLong()).isEqualTo(GUILD_ID);
        assertThat(second.payload().path("guild_id").asLong()).isEqualTo(OTHER_GUILD_ID);
        for (FakeDiscord.Interaction i : List.of(first, second)) {
            assertThat(discord.requestsMatching(r -> r.path().startsWith("interactions/" + i.id() + "/"))).hasSize(1);
        }
    }

    @Test
    void theCommandsAreRegisteredGloballyOnce() {
        discord.registeredCommands(WAIT);

        assertThat(discord.requestsMatching(r -> r.method().equals("PUT") && r.path().contains("/commands")))
                .singleElement().satisfies(put -> assertThat(put.path()).doesNotContain("guilds"));
    }

    @Test
    void aDailyPostInTheSecondShardsGuildGoesOutThroughThatShard() {
        String now = ZonedDateTime.now(ZoneOffset.UTC).toLocalTime().withSecond(0).withNano(0).toString();
        FakeDiscord.Request setup = discord.awaitCallback(discord.slashSubcommand(OTHER_CHANNEL_ID, ADMIN_ID, "studygroup",
                "setup", Map.of("channel", OTHER_CHANNEL_ID, "time", now, "timezone", "UTC")), WAIT);
        assertThat(setup.json().toString()).contains("Study group ready");

        StudyGroup group = bot.studyGroups().service().forChannel(OTHER_CHANNEL_ID).orElseThrow();
        assertThat(group.guildId()).isEqualTo(OTHER_GUILD_ID);
        Instant due = Instant.now();
        new ScheduleRepository(bot.app().database()).setGroup(ScheduleRepository.Kind.POST, group.id(), due,
                group.schedule().dateAt(due));
        bot.studyGroups().routine().wake(due);

        JsonNode post = EndToEnd.await(() -> discord.messagesIn(OTHER_CHANNEL_ID).stream()
                .filter(m -> m.toString().contains("Daily challenge")).findFirst().orElse(null), WAIT);
        assertThat(post.path("channel_id").asLong()).isEqualTo(OTHER_CHANNEL_ID);
    }

    @Test
    void a429FromTheRestProxyItselfIsWaitedOutAndTheAnswerSentOnce() {
        discord.proxyRateLimitNext("POST", "interactions/\\d+/[^/]+/callback", 1);
        FakeDiscord.Interaction ask = discord.slashCommand(OTHER_CHANNEL_ID, 1300000000000000804L, "ask",
                Map.of("question", "What is Django?"));

        FakeDiscord.Request answered = discord.awaitRequest(r -> r.path().startsWith("interactions/" + ask.id() + "/")
                && discord.statusOf(r) != 429, WAIT);
        List<FakeDiscord.Request> tries = discord.requestsMatching(r -> r.path().startsWith("interactions/" + ask.id() + "/"));
        assertThat(tries).extracting(discord::statusOf).containsExactly(429, 200);
        assertThat(Duration.ofNanos(discord.receivedNanos(answered) - discord.receivedNanos(tries.get(0))))
                .as("waited out Retry-After").isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void healthIsUpWithBothShardsAndTheMetricsCountAnswersPostsAndShards() throws Exception {
        discord.awaitCallback(discord.slashCommand(CHANNEL_ID, 1300000000000000803L, "ask",
                Map.of("question", "How do I prepare for a Python interview?")), WAIT);

        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"database\":\"UP\"", "\"0\":\"CONNECTED\"",
                "\"1\":\"CONNECTED\"");
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("mentor_gateway_connected{shard=\"0\"} 1.0", "mentor_gateway_connected{shard=\"1\"} 1.0",
                "mentor_answer_latency_seconds_bucket", "mentor_dispatcher_lag_seconds", "mentor_posts_sent_total",
                "jvm_memory_used_bytes");
        assertThat(metrics).containsPattern("mentor_answers_total\\{outcome=\"answered\"} [1-9]");
    }

    @Test
    void mentorStatsNamesTheShardsOfTheProcess() {
        FakeDiscord.Request stats = discord.awaitCallback(discord.slashSubcommand(ADMIN_ID, "mentor", "stats", Map.of()),
                WAIT);

        assertThat(stats.json().toString()).contains("all 2 shards");
    }

    @Test
    void splitShardsOnSqliteAreRefusedBeforeConnecting(@TempDir Path dir) {
        int identifies = discord.identifyCount();
        Map<String, String> settings = new HashMap<>(Map.of(
                "DISCORD_TOKEN", FakeDiscord.TOKEN,
                "DISCORD_API_BASE_URL", discord.restBaseUrl(),
                "DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                "MENTOR_DATA_DIR", dir.toString(),
                "DISCORD_SHARD_TOTAL", "2",
                "DISCORD_SHARDS", "1"));

        assertThatThrownBy(() -> BotRuntime.start(Config.from(settings)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PostgreSQL").hasMessageContaining("MENTOR_DATABASE_URL");
        assertThat(discord.identifyCount()).isEqualTo(identifies);
    }
}
