package dev.careermentor.answer;

import dev.careermentor.knowledge.Card;
import java.time.LocalDate;

/**
 * A card an answer used: what a reply cites.
 *
 * @param cardId {@code topic/slug}
 * @param question the card's question
 * @param topic the title of the card's topic
 * @param updated when the card was last revised
 */
public record Source(String cardId, String question, String topic, LocalDate updated) {

    public static Source of(Card card, String topicTitle) {
        return new Source(card.id(), card.question(), topicTitle, card.updated());
    }

    /** The card's file below {@code knowledge/}: opens the card on GitHub or in an editor. */
    public String citation() {
        return cardId + ".md";
    }
}
