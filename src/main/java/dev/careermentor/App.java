package dev.careermentor;

import dev.careermentor.answer.ConfidenceModel;
import dev.careermentor.answer.LlmAnswerer;
import dev.careermentor.answer.Mentor;
import dev.careermentor.answer.PromptTemplates;
import dev.careermentor.knowledge.Embedder;
import dev.careermentor.knowledge.EmbeddingModelChoice;
import dev.careermentor.knowledge.EnglishWords;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.knowledge.KnowledgeRoot;
import dev.careermentor.knowledge.VectorCache;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the objects of the application are built and connected. No DI framework:
 * reading this class tells what depends on what.
 */
public final class App {

    private static final Logger log = LoggerFactory.getLogger(App.class);

    private final Config config;
    private final KnowledgeIndex knowledge;
    private final Mentor mentor;

    private App(Config config, KnowledgeIndex knowledge, Mentor mentor) {
        this.config = config;
        this.knowledge = knowledge;
        this.mentor = mentor;
    }

    /** Loads the knowledge base (from the vector cache when warm) and builds the mentor. */
    public static App start(Config config) {
        Embedder embedder = Embedder.loadInBackground(EmbeddingModelChoice.byId(config.embeddingModel()));
        EnglishWords english = EnglishWords.load();
        KnowledgeRoot knowledgeRoot = KnowledgeRoot.resolve(config.knowledgeDir().orElse(null), "knowledge");
        KnowledgeIndex knowledge = new KnowledgeIndex(knowledgeRoot, embedder, new VectorCache(config.vectorCacheDir()),
                english);
        knowledge.reload();
        ConfidenceModel confidence = ConfidenceModel.load();
        if (config.minConfidence().isPresent()) {
            confidence = confidence.withThreshold(config.minConfidence().get());
        }
        Mentor mentor = new Mentor(knowledge, confidence, english, llm(config));
        return new App(config, knowledge, mentor);
    }

    private static Optional<LlmAnswerer> llm(Config config) {
        if (config.llmBaseUrl().isEmpty()) {
            return Optional.empty();
        }
        PromptTemplates prompts = PromptTemplates.load(KnowledgeRoot.resolve(config.promptsDir().orElse(null), "prompts"));
        log.info("LLM answers enabled: model {} at {}", config.llmModel(), config.llmBaseUrl().get());
        return Optional.of(LlmAnswerer.openAiCompatible(config.llmBaseUrl().get(), config.llmModel(),
                config.llmApiKey().orElse(null), config.llmTimeout(), prompts));
    }

    public Config config() {
        return config;
    }

    public KnowledgeIndex knowledge() {
        return knowledge;
    }

    public Mentor mentor() {
        return mentor;
    }
}
