package dev.careermentor.answer;

import dev.careermentor.knowledge.Chunk;
import dev.careermentor.knowledge.EnglishWords;
import dev.careermentor.knowledge.Hit;
import dev.careermentor.knowledge.KeywordIndex;
import dev.careermentor.knowledge.Retrieval;
import dev.careermentor.knowledge.SemanticIndex;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Measures a retrieval's {@link Signals}. */
final class SignalExtractor {

    /** How many labelled example questions vote on a new one. */
    private static final int NEIGHBOURS = 7;

    private static final double DOMAIN_TERM_RARITY = 0.6;
    private static final double DOMAIN_TERM_SPECIFICITY = 0.9;

    private final EnglishWords english;

    SignalExtractor(EnglishWords english) {
        this.english = english;
    }

    Signals measure(Retrieval retrieval, KeywordIndex keywords, SemanticIndex semantic) {
        List<String> words = QuestionWords.contentWords(retrieval.query());
        if (retrieval.isEmpty() || words.isEmpty()) {
            return new Signals(0, 0, 0, 0, 0, 0, 0, 0, false);
        }
        double cosine = retrieval.hits().stream().mapToDouble(Hit::cosine).max().orElse(0);
        double bm25 = retrieval.hits().stream().mapToDouble(Hit::bm25).max().orElse(0);
        int stems = Math.max(1, keywords.stems(retrieval.query()).size());
        Set<String> topStems = new HashSet<>(keywords.stems(sectionText(retrieval.top().chunk())));

        double total = 0;
        double known = 0;
        double inTop = 0;
        int unknownNumbers = 0;
        double foreign = 0;
        boolean domainTerm = false;
        for (String word : words) {
            if (QuestionWords.isNumber(word)) {
                if (!keywords.containsWord(word)) {
                    unknownNumbers++;
                }
                continue;
            }
            List<String> wordStems = keywords.stems(word);
            double rarity = rarityInKnowledge(wordStems, keywords);
            double weight = english.specificity(word) * rarity;
            boolean inKb = keywords.containsWord(word)
                    || wordStems.stream().anyMatch(stem -> keywords.chunkFrequency(stem) > 0);
            total += weight;
            if (inKb) {
                known += weight;
                domainTerm |= rarity >= DOMAIN_TERM_RARITY && english.specificity(word) >= DOMAIN_TERM_SPECIFICITY;
            } else {
                foreign = Math.max(foreign, weight);
            }
            if (wordStems.stream().anyMatch(topStems::contains)) {
                inTop += weight;
            }
        }
        double vocabulary = total == 0 ? 0 : known / total;
        double focus = total == 0 ? 0 : inTop / total;
        SemanticIndex.Neighbourhood neighbourhood = semantic.neighbourhood(retrieval.queryVector(), NEIGHBOURS);
        return new Signals(cosine, Math.min(1.0, bm25 / stems / 5.0), vocabulary, focus, unknownNumbers, foreign,
                neighbourhood.closestOffTopic(), neighbourhood.inDomainShare(), domainTerm);
    }

    /**
     * 1 for a word the knowledge base never uses, near 0 for one in nearly every section ("python"):
     * such a word says little about whether this question in particular is covered.
     */
    private static double rarityInKnowledge(List<String> stems, KeywordIndex keywords) {
        int sections = keywords.chunkCount();
        int frequency = stems.stream().mapToInt(keywords::chunkFrequency).max().orElse(0);
        if (frequency == 0 || sections < 2) {
            return 1.0;
        }
        return Math.log((double) sections / frequency + 1) / Math.log(sections + 1);
    }

    private static String sectionText(Chunk chunk) {
        return chunk.title() + " " + String.join(" ", chunk.headings()) + " " + String.join(" ", chunk.tags()) + " "
                + chunk.text();
    }
}
