package dev.careermentor;

import static dev.careermentor.discord.fake.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.discord.fake.FakeDiscord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Start-up that says what is wrong, against the fake Discord: with Discord unreachable the bot names
 * the URL and keeps trying with growing pauses until Discord is back; a rejected token and a
 * privileged intent that is not enabled each end the command with one line that says what to fix,
 * and a non-zero exit. The token is never printed.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DiscordStartupEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern ATTEMPT = Pattern.compile(
            "Cannot reach Discord at (\\S+) \\(.+\\); attempt (\\d+) failed, trying again in (\\d+) s");

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    /** Outside the tests' timeouts: the first test JVM to need the knowledge base's vectors computes them. */
    @BeforeAll
    static void computeVectors() {
        TestKnowledge.index();
    }

    @BeforeEach
    void captureLogs() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(logs);
    }

    @Test
    void withDiscordUnreachableItNamesTheUrlAndKeepsTryingUntilDiscordIsBack(@TempDir Path dir) throws Exception {
        // Sockets bound but not listening: connections to their ports are refused, and no one else can take them.
        Socket restPort = boundPort();
        Socket gatewayPort = boundPort();
        String restUrl = "http://127.0.0.1:" + restPort.getLocalPort() + "/api/v10/";
        Map<String, String> environment = environment(restUrl, "ws://127.0.0.1:" + gatewayPort.getLocalPort(), dir,
                FakeDiscord.TOKEN);
        CompletableFuture<BotRuntime> started = CompletableFuture.supplyAsync(() -> {
            try {
                return BotRuntime.start(Config.from(environment));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        List<Matcher> attempts = awaitAttempts(3);
        restPort.close();
        gatewayPort.close();
        try (FakeDiscord discord = FakeDiscord.startOn(restPort.getLocalPort(), gatewayPort.getLocalPort());
                BotRuntime bot = started.get(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            assertThat(attempts).allSatisfy(a -> assertThat(a.group(1)).isEqualTo(restUrl));
            assertThat(attempts).extracting(a -> a.group(2)).containsExactly("1", "2", "3");
            assertThat(attempts).extracting(a -> a.group(3)).as("growing pauses").containsExactly("1", "2", "4");
            JsonNode reply = discord.awaitCallback(discord.slashCommand(FakeDiscord.MEMBER_ID, "help", Map.of()),
                    WAIT).json();
            assertThat(reply.toString()).as("connected once Discord was back").contains("Career Mentor");
            assertThat(bot.bot().shardsConnected()).containsValue(true).doesNotContainValue(false);
        }
        assertThat(everythingLogged()).doesNotContain(FakeDiscord.TOKEN);
    }

    @Test
    void aRejectedTokenSaysSoInOneLineAndExitsNonZero(@TempDir Path dir) throws Exception {
        String token = "rejected-test-token-" + System.nanoTime();
        try (FakeDiscord discord = FakeDiscord.start()) {
            StringWriter err = new StringWriter();

            int exit = runBotCommand(environment(discord.restBaseUrl(), discord.gatewayUrl(), dir, token), err);

            assertThat(exit).isNotZero();
            assertThat(err.toString().lines().toList()).singleElement().asString()
                    .startsWith("Error: Discord rejected the bot token (401 Unauthorized).").contains("DISCORD_TOKEN");
            assertThat(err.toString() + everythingLogged()).doesNotContain(token);
            assertThat(discord.requestsMatching(r -> r.path().equals("users/@me") || r.path().equals("gateway/bot")))
                    .as("one login (the shard manager's first request), not retried").hasSize(1);
        }
    }

    @Test
    void aPrivilegedIntentThatIsNotEnabledNamesTheSettingInOneLineAndExitsNonZero(@TempDir Path dir) throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            discord.disallowIntents(FakeDiscord.MESSAGE_CONTENT_INTENT);
            StringWriter err = new StringWriter();

            int exit = runBotCommand(environment(discord.restBaseUrl(), discord.gatewayUrl(), dir, FakeDiscord.TOKEN), err);

            assertThat(exit).isNotZero();
            assertThat(err.toString().lines().toList()).singleElement().asString()
                    .startsWith("Error: Discord refused the gateway connection (close code 4014")
                    .contains("developer portal").contains("Privileged Gateway Intents").contains("Message Content Intent");
            assertThat(err.toString() + everythingLogged()).doesNotContain(FakeDiscord.TOKEN);
        }
    }

    /** Runs {@code career-mentor bot} as the jar does, with these settings; returns its exit code. */
    private static int runBotCommand(Map<String, String> environment, StringWriter err) {
        Map<String, String> before = new HashMap<>();
        environment.keySet().forEach(name -> before.put(name, System.getProperty(name)));
        environment.forEach(System::setProperty); // a -DNAME=value property overrides the variable
        try {
            return Main.commandLine().setErr(new PrintWriter(err, true)).execute("bot");
        } finally {
            before.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    private static Map<String, String> environment(String restUrl, String gatewayUrl, Path dir, String token)
            throws IOException {
        TestKnowledge.seedVectorCache(dir);
        return Map.of("DISCORD_TOKEN", token, "DISCORD_API_BASE_URL", restUrl, "DISCORD_GATEWAY_URL", gatewayUrl,
                "DISCORD_DEV_GUILD", Long.toString(GUILD_ID), "MENTOR_DATA_DIR", dir.toString(),
                "MENTOR_KNOWLEDGE_DIR", "knowledge");
    }

    private static Socket boundPort() throws IOException {
        Socket socket = new Socket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return socket;
    }

    /** The first {@code count} logged connection attempts, waiting for them. */
    private List<Matcher> awaitAttempts(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<Matcher> attempts = List.copyOf(logs.list).stream().map(e -> ATTEMPT.matcher(e.getFormattedMessage()))
                    .filter(Matcher::matches).toList();
            if (attempts.size() >= count) {
                return attempts.subList(0, count);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " attempts logged within " + WAIT + ": " + everythingLogged());
    }

    private String everythingLogged() {
        StringBuilder all = new StringBuilder();
        List.copyOf(logs.list).forEach(e -> all.append(e.getFormattedMessage()).append('\n')
                .append(e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage()).append('\n'));
        return all.toString();
    }
}
