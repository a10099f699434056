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

    private final EnglishWords english;

    SignalExtractor(EnglishWords english) {
        this.english = english;
    }

    Signals measure(Retrieval retrieval, KeywordIndex keywords, SemanticIndex semantic) {
        List<String> words = QuestionWords.contentWords(retrieval.query());
        if (retrieval.isEmpty() || words.isEmpty()) {
            return new Signals(0, 0, 0, 0, 0, 0, 0);
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
        for (String word : words) {
            if (QuestionWords.isNumber(word)) {
                if (!keywords.containsWord(word)) {
                    unknownNumbers++;
                }
                continue;
            }
            double weight = english.specificity(word);
            List<String> wordStems = keywords.stems(word);
            boolean inKb = keywords.containsWord(word)
                    || wordStems.stream().anyMatch(stem -> keywords.chunkFrequency(stem) > 0);
            total += weight;
            if (inKb) {
                known += weight;
            } else {
                foreign = Math.max(foreign, weight);
            }
            if (wordStems.stream().anyMatch(topStems::contains)) {
                inTop += weight;
            }
        }
        double vocabulary = total == 0 ? 0 : known / total;
        double focus = total == 0 ? 0 : inTop / total;
        return new Signals(cosine, Math.min(1.0, bm25 / stems / 5.0), vocabulary, focus, unknownNumbers, foreign,
                semantic.offTopicSimilarity(retrieval.queryVector()));
    }

    private static String sectionText(Chunk chunk) {
        return chunk.title() + " " + String.join(" ", chunk.headings()) + " " + String.join(" ", chunk.tags()) + " "
                + chunk.text();
    }
}
