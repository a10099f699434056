package dev.careermentor.knowledge;

import java.util.List;

/**
 * What retrieval found for one query.
 *
 * @param query the text that was searched (cleaned and spelling-corrected)
 * @param queryVector its embedding, reused to pick the best sentences of the answer
 * @param hits chunks, best first
 */
public record Retrieval(String query, float[] queryVector, List<Hit> hits, List<SpellingCorrector.Correction> corrections) {

    public Retrieval {
        hits = List.copyOf(hits);
        corrections = List.copyOf(corrections);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    public Hit top() {
        return hits.get(0);
    }
}
