package dev.careermentor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Settings from the environment (a Discord bot's usual way), each with a working default: with
 * nothing set the bot runs offline from the embedded knowledge base and a SQLite file in ./data.
 */
public record Config(
        Optional<String> discordToken,
        String discordApiBaseUrl,
        Optional<String> discordGatewayUrl,
        Optional<String> discordDevGuild,
        Path dataDir,
        Optional<Path> knowledgeDir,
        Optional<Path> promptsDir,
        String embeddingModel,
        Optional<Double> minConfidence,
        Optional<String> llmBaseUrl,
        String llmModel,
        Optional<String> llmApiKey,
        Duration llmTimeout,
        Optional<String> databaseUrl,
        Optional<String> databaseUser,
        Optional<String> databasePassword) {

    public static final String DISCORD_API_DEFAULT = "https://discord.com/api/v10/";

    /** The process environment; a {@code -DNAME=value} system property overrides the variable of that name. */
    public static Config fromEnvironment() {
        Map<String, String> merged = new java.util.HashMap<>(System.getenv());
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("DISCORD_") || name.startsWith("MENTOR_"))
                .forEach(name -> merged.put(name, System.getProperty(name)));
        return from(merged);
    }

    public static Config from(Map<String, String> env) {
        Lookup get = new Lookup(env);
        return new Config(
                get.optional("DISCORD_TOKEN"),
                get.optional("DISCORD_API_BASE_URL").orElse(DISCORD_API_DEFAULT),
                get.optional("DISCORD_GATEWAY_URL"),
                get.optional("DISCORD_DEV_GUILD"),
                Path.of(get.optional("MENTOR_DATA_DIR").orElse("data")),
                get.optional("MENTOR_KNOWLEDGE_DIR").map(Path::of),
                get.optional("MENTOR_PROMPTS_DIR").map(Path::of),
                get.optional("MENTOR_EMBEDDING_MODEL").orElse("all-minilm-l6-v2-q"),
                get.optional("MENTOR_MIN_CONFIDENCE").map(Config::parseProbability),
                get.optional("MENTOR_LLM_BASE_URL"),
                get.optional("MENTOR_LLM_MODEL").orElse("gpt-4o-mini"),
                get.optional("MENTOR_LLM_API_KEY"),
                Duration.ofSeconds(get.optional("MENTOR_LLM_TIMEOUT_SECONDS").map(Long::parseLong).orElse(20L)),
                get.optional("MENTOR_DATABASE_URL"),
                get.optional("MENTOR_DATABASE_USER"),
                get.optional("MENTOR_DATABASE_PASSWORD"));
    }

    public Config withKnowledgeDir(Path dir) {
        return new Config(discordToken, discordApiBaseUrl, discordGatewayUrl, discordDevGuild, dataDir,
                Optional.ofNullable(dir), promptsDir, embeddingModel, minConfidence, llmBaseUrl, llmModel, llmApiKey,
                llmTimeout, databaseUrl, databaseUser, databasePassword);
    }

    public Config withDataDir(Path dir) {
        return new Config(discordToken, discordApiBaseUrl, discordGatewayUrl, discordDevGuild, dir, knowledgeDir,
                promptsDir, embeddingModel, minConfidence, llmBaseUrl, llmModel, llmApiKey, llmTimeout, databaseUrl,
                databaseUser, databasePassword);
    }

    public Config withEmbeddingModel(String model) {
        return new Config(discordToken, discordApiBaseUrl, discordGatewayUrl, discordDevGuild, dataDir, knowledgeDir,
                promptsDir, model, minConfidence, llmBaseUrl, llmModel, llmApiKey, llmTimeout, databaseUrl,
                databaseUser, databasePassword);
    }

    public Config withoutLlm() {
        return new Config(discordToken, discordApiBaseUrl, discordGatewayUrl, discordDevGuild, dataDir, knowledgeDir,
                promptsDir, embeddingModel, minConfidence, Optional.empty(), llmModel, llmApiKey, llmTimeout,
                databaseUrl, databaseUser, databasePassword);
    }

    public Path vectorCacheDir() {
        return dataDir.resolve("index-cache");
    }

    private static double parseProbability(String text) {
        double value = Double.parseDouble(text);
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException("MENTOR_MIN_CONFIDENCE must be between 0 and 1, not " + text);
        }
        return value;
    }

    /** Blank values count as unset, so {@code DISCORD_TOKEN=} does not try to log in. */
    private record Lookup(Map<String, String> env) {
        Optional<String> optional(String name) {
            String value = env.get(name);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }
    }
}
