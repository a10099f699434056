package dev.careermentor.answer;

import dev.careermentor.knowledge.Card;
import java.util.List;
import java.util.stream.Collectors;

/** The text of a reply built from cards: each card whole, never pieces of several. */
final class Replies {

    private Replies() {
    }

    /** One card's answer as it is; two cards each under its own question. */
    static String of(List<Card> cards) {
        if (cards.size() == 1) {
            return cards.get(0).body();
        }
        return cards.stream().map(card -> "**" + card.question() + "**\n" + card.body())
                .collect(Collectors.joining("\n\n"));
    }

    /** The question asked for a comparison or ranking the card does not make: say so, then what it does say. */
    static String partly(Card card) {
        return "I can't rank or compare those for you: my knowledge base doesn't make that call. Here is what it does say.\n\n"
                + card.body();
    }

    /** The question asked how hard something is to learn, which the card does not say: say so, then what it does say. */
    static String difficultyUnsaid(Card card) {
        return "My knowledge base doesn't say how hard that is to learn. Here is what it does say about it.\n\n"
                + card.body();
    }

    /** "really?" after an answer that the card behind it answers again: say yes, as a person would, then why. */
    static String confirmed(String reply) {
        return "Yes, really. " + reply;
    }
}
