package dev.careermentor;

import dev.careermentor.answer.ConfidenceModel;
import dev.careermentor.answer.Mentor;
import dev.careermentor.knowledge.Embedder;
import dev.careermentor.knowledge.EmbeddingModelChoice;
import dev.careermentor.knowledge.EnglishWords;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.knowledge.KnowledgeRoot;
import dev.careermentor.knowledge.VectorCache;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The project's real knowledge base and embedding model, loaded once per test JVM: the ONNX model
 * takes about a second to load, so tests share it.
 */
public final class TestKnowledge {

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
                    new VectorCache(Path.of("target", "test-vector-cache")), english());
            index.reload();
        }
        return index;
    }

    /** A mentor on the project's knowledge base, offline, with the shipped confidence model. */
    public static Mentor mentor() {
        return new Mentor(index(), ConfidenceModel.load(), english(), Optional.empty());
    }
}
