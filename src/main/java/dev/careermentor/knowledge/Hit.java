package dev.careermentor.knowledge;

/**
 * A section found for a query, with the evidence for it.
 *
 * @param score the ranking score (see {@link Retriever})
 * @param chunkCosine similarity of the query and the whole section
 * @param headingCosine similarity of the query and the section's heading path
 * @param unitCosine similarity of the query and the section's best-matching sentence
 * @param bm25 the section's BM25 score (0 when the keyword search did not return it)
 */
public record Hit(Chunk chunk, double score, double chunkCosine, double headingCosine, double unitCosine, double bm25) {

    /** The strongest semantic evidence: a section can match as a whole, by its heading, or by one sentence. */
    public double cosine() {
        return Math.max(chunkCosine, Math.max(headingCosine, unitCosine));
    }
}
