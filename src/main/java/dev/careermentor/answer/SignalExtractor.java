package dev.careermentor.answer;

import dev.careermentor.knowledge.AnalysedQuestion;
import dev.careermentor.knowledge.Card;
import dev.careermentor.knowledge.ContentWords;
import dev.careermentor.knowledge.EnglishWords;
import dev.careermentor.knowledge.Hit;
import dev.careermentor.knowledge.KeywordIndex;
import dev.careermentor.knowledge.Retrieval;
import dev.careermentor.knowledge.Retriever;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Measures a retrieval's {@link Signals} for its best card. */
final class SignalExtractor {

    private static final double DOMAIN_TERM_RARITY = 0.6;
    private static final double DOMAIN_TERM_SPECIFICITY = 0.9;
    /** Scales the score lead of the best card to about [0, 1]. */
    private static final double MARGIN_SCALE = 5;

    private final EnglishWords english;

    SignalExtractor(EnglishWords english) {
        this.english = english;
    }

    EnglishWords english() {
        return english;
    }

    Signals measure(Retrieval retrieval, Retriever retriever) {
        AnalysedQuestion question = retrieval.question();
        if (retrieval.isEmpty() || question.words().isEmpty()) {
            return Signals.NONE;
        }
        KeywordIndex keywords = retriever.keywordIndex();
        Hit top = retrieval.top();
        Card card = top.card();
        Set<String> cardStems = retriever.stemsOf(card);
        String cardText = (card.question() + " " + card.body()).toLowerCase(Locale.ROOT);

        double total = 0;
        double known = 0;
        double inCard = 0;
        java.util.function.Predicate<String> usedForCard = retriever.explains(card, retrieval);
        double telltale = 0;
        double explained = 0;
        double unexplained = 0;
        int unknownNumbers = 0;
        double foreign = 0;
        boolean domainTerm = false;
        for (String word : question.words()) {
            if (question.durations().contains(word)) {
                continue; // "in 2 weeks" sets the scene: no term for the card to explain
            }
            List<String> stems = keywords.stems(word);
            // how telling the word is about which card is wanted, judged by how members word their questions
            double telling = ContentWords.isNumber(word) ? 1.0 : english.specificity(word) * retriever.rarityInVocabularies(stems);
            boolean used = !stems.isEmpty() && stems.stream().allMatch(usedForCard);
            telltale += telling;
            if (used) {
                explained += telling;
            } else {
                unexplained = Math.max(unexplained, telling);
            }
            if (ContentWords.isNumber(word)) {
                unknownNumbers += cardText.contains(word) ? 0 : 1;
                continue;
            }
            double rarity = rarityInKnowledge(stems, keywords);
            double weight = english.specificity(word) * rarity;
            // every part of a compound: "euler-mascheroni" is no more known for its "euler"
            boolean inKb = keywords.containsWord(word) || !stems.isEmpty()
                    && stems.stream().allMatch(stem -> keywords.cardFrequency(stem) > 0);
            total += weight;
            if (inKb) {
                known += weight;
                domainTerm |= rarity >= DOMAIN_TERM_RARITY && english.specificity(word) >= DOMAIN_TERM_SPECIFICITY;
            } else {
                foreign = Math.max(foreign, weight);
            }
            if (stems.stream().anyMatch(cardStems::contains)) {
                inCard += weight;
            }
        }
        return new Signals(top.questionSimilarity(), top.bodySimilarity(),
                Math.min(1.0, Math.max(0, (top.score() - retrieval.runnerUpScore()) * MARGIN_SCALE)),
                Math.max(0, retrieval.unanswered()), neighbourShare(retrieval, card.id()),
                total == 0 ? 0 : known / total, total == 0 ? 0 : inCard / total, telltale == 0 ? 0 : explained / telltale,
                unexplained, top.questionSimilarity() - top.cohesion(), foreign, unknownNumbers,
                AnswerTypes.missing(question.text(), card), domainTerm);
    }

    /** The similarity-weighted share of the closest labelled questions that ask for this card. */
    private static double neighbourShare(Retrieval retrieval, String cardId) {
        double same = 0;
        double total = 0;
        for (Retrieval.Neighbour neighbour : retrieval.neighbours()) {
            double weight = Math.max(0, neighbour.similarity());
            total += weight;
            same += Objects.equals(neighbour.cardId(), cardId) ? weight : 0;
        }
        return total == 0 ? 0 : same / total;
    }

    /**
     * 1 for a word the knowledge base never uses, near 0 for one in nearly every card ("python"):
     * such a word says little about whether this question in particular is covered.
     */
    private static double rarityInKnowledge(List<String> stems, KeywordIndex keywords) {
        int cards = keywords.cardCount();
        int frequency = stems.stream().mapToInt(keywords::cardFrequency).max().orElse(0);
        if (frequency == 0 || cards < 2) {
            return 1.0;
        }
        return Math.log((double) cards / frequency + 1) / Math.log(cards + 1);
    }
}
