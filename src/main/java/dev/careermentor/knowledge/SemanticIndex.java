package dev.careermentor.knowledge;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dense vectors for every chunk (for retrieval, in LangChain4j's in-memory store) and for every
 * text unit (for choosing the sentences of an extractive answer).
 */
public final class SemanticIndex {

    private static final Logger log = LoggerFactory.getLogger(SemanticIndex.class);

    private static final double SAME_QUESTION = 0.995;

    private final InMemoryEmbeddingStore<String> chunkStore = new InMemoryEmbeddingStore<>();
    private final Map<String, float[]> chunkVectors = new HashMap<>();
    private final Map<String, float[]> headingVectors = new HashMap<>();
    private final List<float[]> referenceVectors = new ArrayList<>();
    private final List<Boolean> referenceInDomain = new ArrayList<>();
    private final Map<String, float[][]> unitVectors;
    private final Map<String, float[]> vectorsByKey;
    private final int embeddedNow;

    private SemanticIndex(Map<String, float[][]> unitVectors, Map<String, float[]> vectorsByKey, int embeddedNow) {
        this.unitVectors = unitVectors;
        this.vectorsByKey = vectorsByKey;
        this.embeddedNow = embeddedNow;
    }

    /** A chunk with its cosine similarity to the query. */
    public record DenseHit(String chunkId, double cosine) {
    }

    /**
     * Embeds what is not already known: vectors come first from {@code known} (the previous index
     * of this process), then from the disk cache, and only the rest goes through the model.
     */
    public static SemanticIndex build(KnowledgeBase kb, List<ReferenceQuestions.Reference> references, Embedder embedder,
            VectorCache cache, Map<String, float[]> known) {
        long start = System.nanoTime();
        Map<String, String> passagesByKey = new LinkedHashMap<>();
        for (Chunk chunk : kb.chunks()) {
            passagesByKey.put(embedder.passageKey(chunk.embeddingText()), chunk.embeddingText());
            passagesByKey.put(embedder.passageKey(chunk.headingText()), chunk.headingText());
            for (TextUnit unit : chunk.units()) {
                passagesByKey.put(embedder.passageKey(unit.text()), unit.text());
            }
        }
        VectorCache.Contents cached = cache.load(embedder.modelId());
        Map<String, float[]> vectors = new HashMap<>();
        List<String> missingKeys = new ArrayList<>();
        for (String key : passagesByKey.keySet()) {
            float[] vector = known.containsKey(key) ? known.get(key) : cached.vectors().get(key);
            if (vector != null) {
                vectors.put(key, vector);
            } else {
                missingKeys.add(key);
            }
        }
        if (!missingKeys.isEmpty()) {
            List<float[]> embedded = embedder.embedPassages(missingKeys.stream().map(passagesByKey::get).toList());
            for (int i = 0; i < missingKeys.size(); i++) {
                vectors.put(missingKeys.get(i), embedded.get(i));
            }
        }
        // Reference questions are compared with questions, so they are embedded as questions.
        List<float[]> referenceVectors = new ArrayList<>();
        for (ReferenceQuestions.Reference reference : references) {
            String key = embedder.queryKey(reference.text());
            float[] vector = known.containsKey(key) ? known.get(key) : cached.vectors().get(key);
            if (vector == null) {
                vector = embedder.embedQuery(reference.text());
                missingKeys.add(key);
            }
            vectors.put(key, vector);
            referenceVectors.add(vector);
        }
        if (!missingKeys.isEmpty() || !cached.knowledgeVersion().equals(kb.version())
                || cached.vectors().size() != vectors.size()) {
            cache.save(embedder.modelId(), kb.version(), vectors);
        }

        Map<String, float[][]> unitVectors = new HashMap<>();
        SemanticIndex index = new SemanticIndex(unitVectors, vectors, missingKeys.size());
        index.referenceVectors.addAll(referenceVectors);
        references.forEach(reference -> index.referenceInDomain.add(reference.inDomain()));
        for (Chunk chunk : kb.chunks()) {
            float[] chunkVector = vectors.get(embedder.passageKey(chunk.embeddingText()));
            index.chunkStore.add(chunk.id(), new Embedding(chunkVector));
            index.chunkVectors.put(chunk.id(), chunkVector);
            index.headingVectors.put(chunk.id(), vectors.get(embedder.passageKey(chunk.headingText())));
            float[][] units = new float[chunk.units().size()][];
            for (int i = 0; i < units.length; i++) {
                units[i] = vectors.get(embedder.passageKey(chunk.units().get(i).text()));
            }
            unitVectors.put(chunk.id(), units);
        }
        log.info("Semantic index: {} chunks, {} passages ({} embedded now, {} reused) in {} ms",
                kb.chunks().size(), vectors.size(), missingKeys.size(), vectors.size() - missingKeys.size(),
                (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    public List<DenseHit> search(float[] query, int maxResults) {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(new Embedding(query))
                .maxResults(maxResults)
                .minScore(0.0)
                .build();
        List<DenseHit> hits = new ArrayList<>();
        for (EmbeddingMatch<String> match : chunkStore.search(request).matches()) {
            // The store reports relevance as (cosine + 1) / 2; the confidence model works in cosines.
            hits.add(new DenseHit(match.embeddingId(), 2 * match.score() - 1));
        }
        return hits;
    }

    public double chunkSimilarity(String chunkId, float[] query) {
        float[] vector = chunkVectors.get(chunkId);
        return vector == null ? 0 : dot(vector, query);
    }

    /** What the labelled reference questions most like the query say about it. */
    public record Neighbourhood(double closestOffTopic, double inDomainShare) {
    }

    /**
     * The similarity of the closest off-topic reference, and the similarity-weighted share of
     * in-domain questions among the {@code k} closest references. A reference identical to the
     * query is skipped, so that a question is never judged by its own label.
     */
    public Neighbourhood neighbourhood(float[] query, int k) {
        double closestOffTopic = 0;
        double[] similarities = new double[referenceVectors.size()];
        for (int i = 0; i < similarities.length; i++) {
            double similarity = dot(referenceVectors.get(i), query);
            similarities[i] = similarity > SAME_QUESTION ? -1 : similarity;
            if (!referenceInDomain.get(i)) {
                closestOffTopic = Math.max(closestOffTopic, similarities[i]);
            }
        }
        Integer[] order = new Integer[similarities.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(similarities[b], similarities[a]));
        double inDomain = 0;
        double total = 0;
        for (int n = 0; n < Math.min(k, order.length); n++) {
            double weight = Math.max(0, similarities[order[n]]);
            total += weight;
            inDomain += referenceInDomain.get(order[n]) ? weight : 0;
        }
        return new Neighbourhood(closestOffTopic, total == 0 ? 0.5 : inDomain / total);
    }

    /** Cosine similarity of the query and the section's heading path (headings are phrased as questions). */
    public double headingSimilarity(String chunkId, float[] query) {
        float[] vector = headingVectors.get(chunkId);
        return vector == null ? 0 : dot(vector, query);
    }

    /** Cosine similarity of the query to each unit of the chunk, in unit order. */
    public double[] unitSimilarities(String chunkId, float[] query) {
        float[][] units = unitVectors.getOrDefault(chunkId, new float[0][]);
        double[] similarities = new double[units.length];
        for (int i = 0; i < units.length; i++) {
            similarities[i] = dot(units[i], query);
        }
        return similarities;
    }

    /** All vectors by passage key, handed to the next index on reload so unchanged text is not re-embedded. */
    public Map<String, float[]> vectorsByKey() {
        return vectorsByKey;
    }

    public int embeddedNow() {
        return embeddedNow;
    }

    /** Both vectors are unit length (the ONNX encoder normalises), so the dot product is the cosine. */
    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
