package dev.careermentor.discord;

import static dev.careermentor.discord.fake.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.BotRuntime;
import dev.careermentor.Config;
import dev.careermentor.TestKnowledge;
import dev.careermentor.discord.fake.FakeDiscord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the end-to-end tests of the bot on {@link FakeDiscord} share: starting the bot, a fresh
 * member per test, waiting (with a deadline) for what arrives asynchronously, and reading messages.
 */
final class EndToEnd {

    static final Duration WAIT = Duration.ofSeconds(15);
    /** Members of the fault and input tests; the first end-to-end test class counts from ...900. */
    private static final AtomicLong NEXT_MEMBER = new AtomicLong(1300000000000005000L);

    private EndToEnd() {
    }

    /** The bot on {@code server}, with its data in {@code dir} and the given settings added. */
    static BotRuntime startBot(FakeDiscord server, Path dir, Map<String, String> settings) throws Exception {
        return BotRuntime.start(Config.from(environment(server.restBaseUrl(), server.gatewayUrl(), dir, settings)));
    }

    /** The settings of a bot on a fake Discord (its vector cache warmed from the other tests'). */
    static Map<String, String> environment(String restBaseUrl, String gatewayUrl, Path dir, Map<String, String> settings)
            throws IOException {
        TestKnowledge.seedVectorCache(dir);
        Map<String, String> environment = new HashMap<>(Map.of(
                "DISCORD_TOKEN", FakeDiscord.TOKEN,
                "DISCORD_API_BASE_URL", restBaseUrl,
                "DISCORD_GATEWAY_URL", gatewayUrl,
                "DISCORD_DEV_GUILD", Long.toString(GUILD_ID),
                "MENTOR_DATA_DIR", dir.toString(),
                "MENTOR_KNOWLEDGE_DIR", "knowledge"));
        environment.putAll(settings);
        return environment;
    }


    static long newMember() {
        return NEXT_MEMBER.incrementAndGet();
    }

    /** Polls until {@code probe} returns something, or fails after {@link #WAIT}. */
    static <T> T await(Supplier<T> probe) {
        return await(probe, WAIT);
    }

    /** Polls until {@code probe} returns something, or fails after {@code wait}. */
    static <T> T await(Supplier<T> probe, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("nothing arrived within " + wait);
    }

    /** The thread the bot opened whose name satisfies {@code name}, once it exists. */
    static long threadNamed(FakeDiscord discord, Predicate<String> name) {
        return await(() -> discord.threads().stream().filter(t -> name.test(t.path("name").asText())).findFirst()
                .orElse(null)).path("id").asLong();
    }

    /** The title of a message's first embed, or "" when it has none. */
    static String title(JsonNode message) {
        return message.path("embeds").path(0).path("title").asText("");
    }

    static boolean isEphemeral(JsonNode messageOrCallbackData) {
        return (messageOrCallbackData.path("flags").asInt() & 64) != 0;
    }

    /** The custom ids of a message's components, in order. */
    static List<String> customIds(JsonNode message) {
        List<String> ids = new ArrayList<>();
        collectCustomIds(message.path("components"), ids);
        return ids;
    }

    /** The first component of the message whose custom id is {@code wanted} (read with the bot's own codecs). */
    static String customId(JsonNode message, Predicate<String> wanted, String what) {
        return customIds(message).stream().filter(wanted).findFirst()
                .orElseThrow(() -> new AssertionError("no component for " + what + " in " + message));
    }

    private static void collectCustomIds(JsonNode node, List<String> ids) {
        if (node.has("custom_id")) {
            ids.add(node.path("custom_id").asText());
        }
        node.forEach(child -> collectCustomIds(child, ids));
    }

    static void assertNoPings(JsonNode payload) {
        JsonNode allowed = payload.path("allowed_mentions");
        assertThat(allowed.isMissingNode()).as("allowed_mentions present in %s", payload).isFalse();
        assertThat(allowed.path("parse")).as("nothing parsed for pings").isEmpty();
        assertThat(allowed.path("roles")).isEmpty();
        assertThat(allowed.path("users")).isEmpty();
    }
}
