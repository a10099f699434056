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

    CardVocabulary(List<Card> cards, List<LabelledQuestion> labelled, KeywordIndex keywords) {
        for (Card card : cards) {
            add(card.id(), card.question() + "\n" + card.body(), keywords);
            card.phrasings().forEach(phrasing -> add(card.id(), phrasing, keywords));
        }
        Set<String> ids = counts.keySet();
        for (LabelledQuestion question : labelled) {
            if (question.answerable() && ids.contains(question.cards().get(0))) {
                add(question.cards().get(0), question.question(), keywords);
                asked.computeIfAbsent(question.cards().get(0), id -> new HashSet<>()).add(normalise(question.question()));
            }
        }
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
     * @param question the question being judged; when it is one of the card's own training questions and
     *     {@code leaveOutSelf} is set, its own use of the stem does not count
     */
    boolean explains(String cardId, String stem, String question, boolean leaveOutSelf) {
        int count = counts.getOrDefault(cardId, Map.of()).getOrDefault(stem, 0);
        boolean self = leaveOutSelf && asked.getOrDefault(cardId, Set.of()).contains(normalise(question));
        return count > (self ? 1 : 0);
    }

    private static String normalise(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
