package dev.careermentor.answer;

import dev.careermentor.knowledge.Card;
import dev.careermentor.knowledge.Hit;
import dev.careermentor.knowledge.Retrieval;
import dev.careermentor.knowledge.Retriever;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question that clearly asks two things ("what happens in the HR and the technical interview?")
 * gets two cards: the runner-up joins the best card when the question joins two parts, the runner-up
 * scores almost as well, and each card matches words of the question that the other does not.
 */
final class TwoParts {

    private static final Pattern JOINS = Pattern.compile("\\band\\b|&|\\bplus\\b|\\bas well as\\b|\\bboth\\b",
            Pattern.CASE_INSENSITIVE);
    /** The runner-up must score at least this share of the best card's score. */
    private static final double CLOSE = 0.92;

    private TwoParts() {
    }

    static Optional<Card> second(String question, Retrieval retrieval, Retriever retriever) {
        if (!JOINS.matcher(question).find() || retrieval.hits().size() < 2) {
            return Optional.empty();
        }
        Hit first = retrieval.top();
        Hit second = retrieval.hits().get(1);
        if (second.score() < CLOSE * first.score()) {
            return Optional.empty();
        }
        List<String> asked = retrieval.question().stems();
        Set<String> firstOnly = own(retriever.stemsOf(first.card()), retriever.stemsOf(second.card()), asked);
        Set<String> secondOnly = own(retriever.stemsOf(second.card()), retriever.stemsOf(first.card()), asked);
        return !firstOnly.isEmpty() && !secondOnly.isEmpty() ? Optional.of(second.card()) : Optional.empty();
    }

    /** The question's stems that one card has and the other has not. */
    private static Set<String> own(Set<String> card, Set<String> other, List<String> asked) {
        Set<String> own = new HashSet<>(asked);
        own.retainAll(card);
        own.removeAll(other);
        return own;
    }
}
