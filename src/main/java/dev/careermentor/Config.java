package dev.careermentor;

import dev.careermentor.discord.DiscordBot;
import dev.careermentor.discord.ShardPlan;
import dev.careermentor.discord.Throttle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings from the environment (a Discord bot's usual way), each with a working default: with
 * nothing set the bot runs offline from the embedded knowledge base and a SQLite file in ./data.
 * {@link #toString()} never shows the token or API keys.
 */
public record Config(Discord discord, Knowledge knowledge, Llm llm, Storage storage, Throttle.Limits throttle,
        Operations operations) {

    private static final Logger log = LoggerFactory.getLogger(Config.class);

    public static final String DISCORD_API_DEFAULT = "https://discord.com/api/v10/";

    public record Discord(Optional<String> token, String apiBaseUrl, Optional<String> gatewayUrl,
            Optional<String> devGuild, ShardPlan shards) {
        public Optional<DiscordBot.Connection> connection() {
            return token.map(t -> new DiscordBot.Connection(t, apiBaseUrl, gatewayUrl, devGuild, shards));
        }

        @Override
        public String toString() {
            return "Discord[token=" + (token.isPresent() ? "***" : "none") + ", api=" + apiBaseUrl + ", gateway="
                    + gatewayUrl.orElse("discord") + ", devGuild=" + devGuild.orElse("-") + ", " + shards + "]";
        }
    }

    /**
     * Running it: where the metrics and health endpoint listens (no port: none), and how often the
     * study-group dispatcher re-reads the schedule when nothing is due.
     */
    public record Operations(Optional<Integer> metricsPort, String metricsHost, Duration scheduleRecheck) {
    }

    /** @param dir the knowledge directory; empty means ./knowledge if present, else the embedded copy */
    public record Knowledge(Optional<Path> dir, Optional<Path> promptsDir, String embeddingModel,
            Optional<Double> minConfidence) {
    }

    public record Llm(Optional<String> baseUrl, String model, Optional<String> apiKey, Duration timeout) {
        @Override
        public String toString() {
            return "Llm[baseUrl=" + baseUrl.orElse("none") + ", model=" + model + ", apiKey="
                    + (apiKey.isPresent() ? "***" : "none") + ", timeout=" + timeout + "]";
        }
    }

    public record Storage(Path dataDir, Optional<String> databaseUrl, Optional<String> user, Optional<String> password) {
        @Override
        public String toString() {
            return "Storage[dataDir=" + dataDir + ", databaseUrl=" + databaseUrl.orElse("sqlite") + "]";
        }
    }

    /** The process environment; a {@code -DNAME=value} system property overrides the variable of that name. */
    public static Config fromEnvironment() {
        Map<String, String> merged = new HashMap<>(System.getenv());
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("DISCORD_") || name.startsWith("MENTOR_"))
                .forEach(name -> merged.put(name, System.getProperty(name)));
        return from(merged);
    }

    public static Config from(Map<String, String> env) {
        Lookup get = new Lookup(env);
        Throttle.Limits defaults = Throttle.Limits.DEFAULT;
        return new Config(
                new Discord(get.text("DISCORD_TOKEN"), get.text("DISCORD_API_BASE_URL").orElse(DISCORD_API_DEFAULT),
                        get.text("DISCORD_GATEWAY_URL"), get.text("DISCORD_DEV_GUILD"),
                        ShardPlan.parse(get.text("DISCORD_SHARD_TOTAL"), get.text("DISCORD_SHARDS"))),
                new Knowledge(get.text("MENTOR_KNOWLEDGE_DIR").map(Path::of), get.text("MENTOR_PROMPTS_DIR").map(Path::of),
                        get.text("MENTOR_EMBEDDING_MODEL").orElse("all-minilm-l6-v2-q"),
                        get.text("MENTOR_MIN_CONFIDENCE").map(Config::probability)),
                new Llm(get.text("MENTOR_LLM_BASE_URL"), get.text("MENTOR_LLM_MODEL").orElse("gpt-4o-mini"),
                        get.text("MENTOR_LLM_API_KEY"), Duration.ofSeconds(get.number("MENTOR_LLM_TIMEOUT_SECONDS", 20))),
                new Storage(Path.of(get.text("MENTOR_DATA_DIR").orElse("data")), get.text("MENTOR_DATABASE_URL"),
                        get.text("MENTOR_DATABASE_USER"), get.text("MENTOR_DATABASE_PASSWORD")),
                new Throttle.Limits((int) get.number("MENTOR_QUESTION_BURST", defaults.burst()),
                        Duration.ofSeconds(refillSeconds(get, defaults)),
                        (int) get.number("MENTOR_GUILD_BUDGET", defaults.guildBudget()),
                        Duration.ofMinutes(get.number("MENTOR_GUILD_BUDGET_MINUTES", defaults.guildWindow().toMinutes()))),
                new Operations(get.text("MENTOR_METRICS_PORT").map(port -> port(get)),
                        get.text("MENTOR_METRICS_HOST").orElse("0.0.0.0"),
                        Duration.ofSeconds(Math.max(1, get.number("MENTOR_SCHEDULE_RECHECK_SECONDS", 60)))));
    }

    private static int port(Lookup get) {
        long port = get.number("MENTOR_METRICS_PORT", 0);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("MENTOR_METRICS_PORT must be a port number (1-65535), not " + port);
        }
        return (int) port;
    }

    /**
     * The member's refill interval. Before the question bucket, a member waited
     * {@code MENTOR_USER_COOLDOWN_SECONDS} between new questions; that setting is still read as the
     * refill interval when the new one is not set, so an old configuration keeps its pace.
     */
    private static long refillSeconds(Lookup get, Throttle.Limits defaults) {
        if (get.text("MENTOR_FOLLOW_UPS_PER_MINUTE").isPresent()) {
            log.warn("MENTOR_FOLLOW_UPS_PER_MINUTE is no longer used: follow-ups share the member's question bucket "
                    + "(MENTOR_QUESTION_BURST, MENTOR_QUESTION_REFILL_SECONDS)");
        }
        if (get.text("MENTOR_QUESTION_REFILL_SECONDS").isEmpty() && get.text("MENTOR_USER_COOLDOWN_SECONDS").isPresent()) {
            log.warn("MENTOR_USER_COOLDOWN_SECONDS is deprecated; it is read as MENTOR_QUESTION_REFILL_SECONDS");
            return get.number("MENTOR_USER_COOLDOWN_SECONDS", defaults.refill().toSeconds());
        }
        return get.number("MENTOR_QUESTION_REFILL_SECONDS", defaults.refill().toSeconds());
    }

    public Config withKnowledgeDir(Path dir) {
        return new Config(discord, new Knowledge(Optional.ofNullable(dir), knowledge.promptsDir(),
                knowledge.embeddingModel(), knowledge.minConfidence()), llm, storage, throttle, operations);
    }

    public Config withEmbeddingModel(String model) {
        return new Config(discord, new Knowledge(knowledge.dir(), knowledge.promptsDir(), model,
                knowledge.minConfidence()), llm, storage, throttle, operations);
    }

    public Config withoutLlm() {
        return new Config(discord, knowledge, new Llm(Optional.empty(), llm.model(), llm.apiKey(), llm.timeout()),
                storage, throttle, operations);
    }

    public Config withDataDir(Path dir) {
        return new Config(discord, knowledge, llm,
                new Storage(dir, storage.databaseUrl(), storage.user(), storage.password()), throttle, operations);
    }

    public Path dataDir() {
        return storage.dataDir();
    }

    public Path vectorCacheDir() {
        return storage.dataDir().resolve("index-cache");
    }

    private static double probability(String text) {
        double value = Double.parseDouble(text);
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException("MENTOR_MIN_CONFIDENCE must be between 0 and 1, not " + text);
        }
        return value;
    }

    /** Blank values count as unset, so {@code DISCORD_TOKEN=} does not try to log in. */
    private record Lookup(Map<String, String> env) {
        Optional<String> text(String name) {
            String value = env.get(name);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }

        long number(String name, long fallback) {
            Optional<String> value = text(name);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                return Long.parseLong(value.get());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, not '" + value.get() + "'");
            }
        }
    }
}
