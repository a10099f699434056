package dev.careermentor.answer;

/**
 * The evidence that the knowledge base answers a question, each scaled to about [0, 1].
 *
 * @param cosine semantic similarity of the question and the best section
 * @param keyword BM25 score of the best keyword match, per question term
 * @param vocabulary share of the question's content words (weighted by how specific they are) that
 *     occur anywhere in the knowledge base; low for "how do I become a nurse"
 * @param focus share of the question's content words found in the best-matching section itself
 * @param unknownNumbers numbers in the question that the knowledge base never mentions ("World Cup 2018")
 * @param foreignTerm how specific the most specific word is that the knowledge base never uses
 *     ("javascript", "lasagna"); 0 when every word is known
 * @param offTopic semantic similarity of the question and the closest example of an off-topic question
 * @param neighbours share of in-domain questions among the labelled examples closest to this one
 * @param domainTerm whether the question names a term that is rare in English but used by the
 *     knowledge base ("FastAPI", "Upwork"): a clear topic even in a question too short to embed well
 */
public record Signals(double cosine, double keyword, double vocabulary, double focus, int unknownNumbers,
        double foreignTerm, double offTopic, double neighbours, boolean domainTerm) {

    public double[] asVector() {
        return new double[] {cosine, keyword, vocabulary, focus, Math.min(unknownNumbers, 2), foreignTerm, offTopic,
            neighbours};
    }

    public static final String[] NAMES = {"cosine", "keyword", "vocabulary", "focus", "unknownNumbers", "foreignTerm",
        "offTopic", "neighbours"};
}
