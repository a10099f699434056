package dev.careermentor.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hybrid search in two stages. Candidates come from the dense index (in-process ONNX embeddings of
 * whole sections) and from BM25; each candidate is then scored on finer evidence: its heading (the
 * question the section answers), its best sentence, the section as a whole, and its keyword score.
 * Sentence-level evidence matters because a section often answers a question with one sentence.
 */
public final class Retriever {

    private static final int CANDIDATES = 30;
    private static final int RESULTS = 8;

    /** How much each kind of evidence counts; tuned on the project's question set (docs/eval.md). */
    public record Weights(double chunk, double heading, double unit, double keyword) {
        public static final Weights DEFAULT = new Weights(0.35, 0.25, 0.40, 0.20);
    }

    private final KnowledgeBase kb;
    private final Map<String, Chunk> chunks;
    private final Embedder embedder;
    private final SemanticIndex semantic;
    private final KeywordIndex keywords;
    private final SpellingCorrector spelling;
    private final Cache<String, float[]> queryVectors;
    private final Weights weights;

    public Retriever(KnowledgeBase kb, Embedder embedder, SemanticIndex semantic, KeywordIndex keywords,
            SpellingCorrector spelling, Cache<String, float[]> queryVectors, Weights weights) {
        this.kb = kb;
        this.chunks = kb.chunksById();
        this.embedder = embedder;
        this.semantic = semantic;
        this.keywords = keywords;
        this.spelling = spelling;
        this.queryVectors = queryVectors;
        this.weights = weights;
    }

    public static Cache<String, float[]> newQueryVectorCache() {
        return Caffeine.newBuilder().maximumSize(10_000).build();
    }

    public Retriever withWeights(Weights newWeights) {
        return new Retriever(kb, embedder, semantic, keywords, spelling, queryVectors, newWeights);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public KeywordIndex keywordIndex() {
        return keywords;
    }

    public SemanticIndex semanticIndex() {
        return semantic;
    }

    public Retrieval retrieve(String question) {
        SpellingCorrector.Corrected corrected = spelling.correct(QueryExpansions.expand(question));
        String query = corrected.text();
        float[] vector = queryVectors.get(query, embedder::embedQuery);

        Set<String> candidates = new LinkedHashSet<>();
        semantic.search(vector, CANDIDATES).forEach(hit -> candidates.add(hit.chunkId()));
        Map<String, Double> bm25 = new HashMap<>();
        for (KeywordIndex.SparseHit hit : keywords.search(query, CANDIDATES)) {
            candidates.add(hit.chunkId());
            bm25.put(hit.chunkId(), hit.score());
        }
        double maxBm25 = bm25.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);

        List<Hit> hits = new ArrayList<>(candidates.size());
        for (String id : candidates) {
            double chunkCosine = semantic.chunkSimilarity(id, vector);
            double headingCosine = semantic.headingSimilarity(id, vector);
            double unitCosine = max(semantic.unitSimilarities(id, vector));
            double keyword = bm25.getOrDefault(id, 0.0);
            double score = weights.chunk() * chunkCosine + weights.heading() * headingCosine
                    + weights.unit() * unitCosine + weights.keyword() * keyword / maxBm25;
            hits.add(new Hit(chunks.get(id), score, chunkCosine, headingCosine, unitCosine, keyword));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return new Retrieval(query, vector, hits.subList(0, Math.min(RESULTS, hits.size())), corrected.corrections());
    }

    private static double max(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
