package dev.careermentor.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words members use when they ask for a card: the stems of its question, answer and phrasings,
 * and of the labelled training questions that ask for it. A word of a new question that none of these
 * ever used ("logo" in "who designed the git logo?") is a sign the question asks for something the
 * card does not hold; everyday words that other members used for the same card ("recruiter") are not.
 */
final class CardVocabulary {

    /** Per card, how many of its texts use each stem. */
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    /** Per card, its labelled questions (normalised), so a training question can leave itself out. */
    private final Map<String, Set<String>> asked = new HashMap<>();
    private final Map<String, Integer> cardsUsing = new HashMap<>();

    CardVocabulary(List<Card> cards, List<LabelledQuestion> labelled, KeywordIndex keywords) {
        for (Card card : cards) {
            add(card.id(), card.question() + "\n" + card.body(), keywords);
            card.phrasings().forEach(phrasing -> add(card.id(), phrasing, keywords));
        }
        Set<String> ids = counts.keySet();
        for (LabelledQuestion question : labelled) {
            if (question.kind().equals("in") && ids.contains(question.cards().get(0))) {
                add(question.cards().get(0), question.question(), keywords);
                asked.computeIfAbsent(question.cards().get(0), id -> new HashSet<>()).add(normalise(question.question()));
            }
        }
        counts.values().forEach(card -> card.keySet().forEach(stem -> cardsUsing.merge(stem, 1, Integer::sum)));
    }

    /** In how many cards' vocabularies the stem occurs: "friend" or "honestly" in many, "logo" in none. */
    int cardsUsing(String stem) {
        return cardsUsing.getOrDefault(stem, 0);
    }

    int cards() {
        return counts.size();
    }

    private void add(String cardId, String text, KeywordIndex keywords) {
        Map<String, Integer> card = counts.computeIfAbsent(cardId, id -> new HashMap<>());
        for (String stem : new HashSet<>(keywords.stems(text))) {
            card.merge(stem, 1, Integer::sum);
        }
    }

    /**
     * Whether members asking for this card have used the stem.
     *
     * @param askedItself the question being judged is one of the card's own labelled questions, left out:
     *     its own use of the stem does not count
     */
    boolean explains(String cardId, String stem, boolean askedItself) {
        return counts.getOrDefault(cardId, Map.of()).getOrDefault(stem, 0) > (askedItself ? 1 : 0);
    }

    /** Whether the question is one of the card's own labelled questions. */
    boolean isOneOf(String cardId, String question) {
        return asked.getOrDefault(cardId, Set.of()).contains(normalise(question));
    }

    private static String normalise(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
