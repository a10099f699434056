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
 * @param durations the numbers of {@code words} that say how long or when ("in 2 weeks"): they set the scene
 */
public record AnalysedQuestion(String asked, String text, List<String> words, List<String> stems,
        List<SpellingCorrector.Correction> corrections, List<String> durations) {

    public AnalysedQuestion {
        words = List.copyOf(words);
        stems = List.copyOf(stems);
        corrections = List.copyOf(corrections);
        durations = List.copyOf(durations);
    }

    /** The numbers that may name a specific ("python 3.12"), not those that say how long or when. */
    public List<String> numbers() {
        return words.stream().filter(ContentWords::isNumber).filter(number -> !durations.contains(number)).toList();
    }
}
