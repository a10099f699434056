package dev.careermentor.knowledge;

import java.util.List;

/**
 * A question as the engine reads it, analysed once and carried through retrieval and answering.
 *
 * @param asked the question as asked (cleaned of control characters, nothing else)
 * @param text the question with abbreviations spelled out and typos corrected: what is embedded and
 *     searched
 * @param words its content words ({@link ContentWords}), lower-case and unstemmed, numbers included
 * @param stems the search stems of {@code text}, in order of appearance
 */
public record AnalysedQuestion(String asked, String text, List<String> words, List<String> stems,
        List<SpellingCorrector.Correction> corrections) {

    public AnalysedQuestion {
        words = List.copyOf(words);
        stems = List.copyOf(stems);
        corrections = List.copyOf(corrections);
    }

    public List<String> numbers() {
        return words.stream().filter(ContentWords::isNumber).toList();
    }
}
