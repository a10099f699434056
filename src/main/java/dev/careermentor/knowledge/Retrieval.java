package dev.careermentor.knowledge;

import java.util.List;

/**
 * What retrieval found for one question.
 *
 * @param question the analysed question that was searched
 * @param vector its embedding
 * @param hits cards, best first
 * @param unanswered similarity of the closest labelled question the knowledge base does not answer
 * @param offTopic similarity of the closest labelled question that has nothing to do with it
 * @param neighbours the closest labelled questions, closest first, with the card each asks for
 *     ({@code null} for "not answered")
 * @param leftOutSelf whether a training question was judged as if it were new (its own labelled copy left out)
 */
public record Retrieval(AnalysedQuestion question, float[] vector, List<Hit> hits, double unanswered, double offTopic,
        List<Neighbour> neighbours, boolean leftOutSelf) {

    public Retrieval {
        hits = List.copyOf(hits);
        neighbours = List.copyOf(neighbours);
    }

    /** A labelled question close to this one: the card it asks for ({@code null}: none) and how close. */
    public record Neighbour(String cardId, double similarity) {
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    public Hit top() {
        return hits.get(0);
    }

    /** The same retrieval without one card, for a follow-up that asks for something other than what was just given. */
    public Retrieval without(String cardId) {
        return new Retrieval(question, vector, hits.stream().filter(h -> !h.card().id().equals(cardId)).toList(), unanswered,
                offTopic, neighbours, leftOutSelf);
    }

    /** The best score of a card other than the top one (0 when there is none): how clearly the top one wins. */
    public double runnerUpScore() {
        return hits.size() > 1 ? hits.get(1).score() : 0;
    }
}
