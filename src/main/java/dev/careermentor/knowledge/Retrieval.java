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

    /** The same retrieval with the given sections' scores lowered by {@code penalty}, re-ranked. */
    public Retrieval demote(java.util.Collection<String> chunkIds, double penalty) {
        List<Hit> reranked = new java.util.ArrayList<>();
        for (Hit hit : hits) {
            reranked.add(chunkIds.contains(hit.chunk().id())
                    ? new Hit(hit.chunk(), hit.score() - penalty, hit.chunkCosine(), hit.headingCosine(), hit.unitCosine(), hit.bm25())
                    : hit);
        }
        reranked.sort(java.util.Comparator.comparingDouble(Hit::score).reversed());
        return new Retrieval(query, queryVector, reranked, corrections);
    }
}
