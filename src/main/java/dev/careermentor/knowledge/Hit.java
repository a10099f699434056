package dev.careermentor.knowledge;

/**
 * A card found for a question, with the evidence for it.
 *
 * @param score the ranking score (see {@link Retriever})
 * @param questionSimilarity similarity of the question to the closest way of asking for this card
 *     (its heading, a phrasing, or a labelled training question)
 * @param bodySimilarity similarity of the question to the card's answer
 * @param cohesion how close the card's own ways of asking are to each other (the mean similarity of each to
 *     its closest sibling): a question this close to the card is as typical as its own examples
 */
public record Hit(Card card, double score, double questionSimilarity, double bodySimilarity, double cohesion) {
}
