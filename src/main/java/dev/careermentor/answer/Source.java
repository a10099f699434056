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

    /** Cards last revised longer ago than this may describe a world that has moved on. */
    public static final java.time.Period MAY_BE_OUT_OF_DATE = java.time.Period.ofMonths(18);

    /** Whether the card was last revised more than 18 months before {@code today}. */
    public boolean mayBeOutOfDate(LocalDate today) {
        return updated != null && updated.plus(MAY_BE_OUT_OF_DATE).isBefore(today);
    }

    /** The card's file below {@code knowledge/}: opens the card on GitHub or in an editor. */
    public String citation() {
        return cardId + ".md";
    }
}
