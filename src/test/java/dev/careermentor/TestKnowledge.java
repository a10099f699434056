package dev.careermentor;

import dev.careermentor.answer.ConfidenceModel;
import dev.careermentor.answer.Mentor;
import dev.careermentor.knowledge.Embedder;
import dev.careermentor.knowledge.EmbeddingModelChoice;
import dev.careermentor.knowledge.EnglishWords;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.knowledge.KnowledgeRoot;
import dev.careermentor.knowledge.VectorCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The project's real knowledge base and embedding model, loaded once per test JVM: the ONNX model
 * takes about a second to load, so tests share it.
 */
public final class TestKnowledge {

    private static final Path VECTOR_CACHE = Path.of("target", "test-vector-cache");

    private static Embedder embedder;
    private static EnglishWords english;
    private static KnowledgeIndex index;

    private TestKnowledge() {
    }

    public static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = Embedder.load(EmbeddingModelChoice.DEFAULT);
        }
        return embedder;
    }

    public static synchronized EnglishWords english() {
        if (english == null) {
            english = EnglishWords.load();
        }
        return english;
    }

    /** The project's knowledge/ directory, indexed with a vector cache under target/. */
    public static synchronized KnowledgeIndex index() {
        if (index == null) {
            index = new KnowledgeIndex(KnowledgeRoot.directory(Path.of("knowledge")), embedder(),
                    new VectorCache(VECTOR_CACHE), english());
            index.reload();
        }
        return index;
    }

    /**
     * Gives a bot's data directory the knowledge base's vectors, so that the bot reads them at start
     * instead of embedding every card again. They are computed here, in the test JVM, when no test has
     * computed them yet: a bot that embeds them itself on a busy machine can spend more than a test's
     * wait on that before it does what the test watches for.
     */
    public static void seedVectorCache(Path dataDir) {
        index();
        Path cached = new VectorCache(VECTOR_CACHE).file(embedder().modelId());
        if (!Files.isRegularFile(cached)) {
            throw new IllegalStateException("the knowledge base was indexed but its vectors were not saved to " + cached
                    + " (see the log); a bot started now would embed every card itself");
        }
        try {
            Files.createDirectories(dataDir.resolve("index-cache"));
            Path seeded = dataDir.resolve("index-cache").resolve(cached.getFileName());
            Files.copy(cached, seeded, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mentor on the project's knowledge base, offline, with the shipped confidence model. */
    public static Mentor mentor() {
        return new Mentor(index(), ConfidenceModel.load(), english(), Optional.empty());
    }
}
