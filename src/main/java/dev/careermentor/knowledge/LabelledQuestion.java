package dev.careermentor.knowledge;

import java.util.List;

/**
 * A question with the answer it should get: the card (or cards) that answer it, or none.
 *
 * @param cards acceptable cards, best first; empty when the knowledge base does not answer it
 * @param kind {@code in} (answered by a card), {@code two} (asks two things, each a card), {@code near}
 *     (covered vocabulary, uncovered specific), {@code off} (off-topic) or {@code adversarial}
 */
public record LabelledQuestion(String id, String question, List<String> cards, String kind) {

    public LabelledQuestion {
        cards = List.copyOf(cards);
    }

    public boolean answerable() {
        return !cards.isEmpty();
    }
}
