package dev.careermentor.cli;

import dev.careermentor.Config;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares; they override the environment. */
public final class AppOptions {

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Knowledge base directory (default: ./knowledge if present, else the embedded copy).")
    Path knowledgeDir;

    @Option(names = "--model", paramLabel = "ID",
            description = "Embedding model: all-minilm-l6-v2-q (default), bge-small-en-v15-q, e5-small-v2-q.")
    String model;

    @Option(names = "--offline", description = "Never call the LLM, even if MENTOR_LLM_BASE_URL is set.")
    boolean offline;

    public Config config() {
        Config config = Config.fromEnvironment();
        if (knowledgeDir != null) {
            config = config.withKnowledgeDir(knowledgeDir);
        }
        if (model != null) {
            config = config.withEmbeddingModel(model);
        }
        return offline ? config.withoutLlm() : config;
    }
}
