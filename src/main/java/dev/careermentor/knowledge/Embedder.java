package dev.careermentor.knowledge;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Turns text into unit-length vectors, adding the query or passage prefix the model expects.
 * Queries are cut to {@link #MAX_QUERY_CHARS}: the models read at most 512 tokens, and a cap keeps
 * the latency of a pasted essay the same as that of a question.
 */
public class Embedder {

    public static final int MAX_QUERY_CHARS = 1_000;

    private final CompletableFuture<EmbeddingModel> model;
    private final EmbeddingModelChoice choice;

    public Embedder(EmbeddingModel model, EmbeddingModelChoice choice) {
        this(CompletableFuture.completedFuture(model), choice);
    }

    private Embedder(CompletableFuture<EmbeddingModel> model, EmbeddingModelChoice choice) {
        this.model = model;
        this.choice = choice;
    }

    public static Embedder load(EmbeddingModelChoice choice) {
        return new Embedder(choice.load(), choice);
    }

    /**
     * Starts loading the model (about a second: the ONNX runtime and a 23 MB model) on another
     * thread, so that start-up can parse the knowledge base meanwhile; the first use waits for it.
     */
    public static Embedder loadInBackground(EmbeddingModelChoice choice) {
        return new Embedder(CompletableFuture.supplyAsync(choice::load), choice);
    }

    public String modelId() {
        return choice.id();
    }

    public float[] embedQuery(String query) {
        String text = query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
        return model().embed(choice.queryPrefix() + text).content().vector();
    }

    public List<float[]> embedPassages(List<String> passages) {
        List<TextSegment> segments = passages.stream().map(p -> TextSegment.from(choice.passagePrefix() + p)).toList();
        return model().embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    /** The hash under which a text embedded as a query is cached. */
    public String queryKey(String query) {
        return Hashes.sha256Hex(choice.id() + "\u0000q\u0000" + choice.queryPrefix() + query).substring(0, 32);
    }

    /** The hash under which a passage's vector is cached: it covers the prefix and the model. */
    public String passageKey(String passage) {
        return Hashes.sha256Hex(choice.id() + '\u0000' + choice.passagePrefix() + passage).substring(0, 32);
    }

    private EmbeddingModel model() {
        try {
            return model.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
