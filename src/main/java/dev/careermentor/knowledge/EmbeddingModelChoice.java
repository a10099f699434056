package dev.careermentor.knowledge;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Arrays;
import java.util.Locale;

/**
 * The in-process ONNX embedding models this project can use, each with the prefixes it was trained
 * with. Only the chosen default ships in the jar; the others are on the class path with the Maven
 * profile {@code models} (see docs/eval.md for the comparison that picked the default).
 */
public enum EmbeddingModelChoice {
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q",
            "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel", "", ""),
    BGE_SMALL_EN_V15_Q("bge-small-en-v15-q",
            "dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel",
            "Represent this sentence for searching relevant passages: ", ""),
    E5_SMALL_V2_Q("e5-small-v2-q",
            "dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel", "query: ", "passage: ");

    public static final EmbeddingModelChoice DEFAULT = ALL_MINILM_L6_V2_Q;

    private final String id;
    private final String className;
    private final String queryPrefix;
    private final String passagePrefix;

    EmbeddingModelChoice(String id, String className, String queryPrefix, String passagePrefix) {
        this.id = id;
        this.className = className;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
    }

    public String id() {
        return id;
    }

    public String queryPrefix() {
        return queryPrefix;
    }

    public String passagePrefix() {
        return passagePrefix;
    }

    public static EmbeddingModelChoice byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(choice -> choice.id.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown embedding model '" + id + "'; choose one of "
                        + Arrays.stream(values()).map(EmbeddingModelChoice::id).toList()));
    }

    /** Loads the model from its Maven artifact (reflection keeps the optional models optional). */
    public EmbeddingModel load() {
        try {
            return (EmbeddingModel) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the embedding model " + id + " is not on the class path; "
                    + "build with 'mvn -Pmodels package' to include it", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the embedding model " + id, e);
        }
    }
}
