package dev.careermentor.knowledge;

/**
 * Reads a (cleaned) question the one way the whole engine reads it: chat abbreviations spelled out,
 * typos corrected against the knowledge base, content words and search stems taken once.
 */
public final class QuestionAnalyzer {

    private final KeywordIndex keywords;
    private final SpellingCorrector spelling;

    public QuestionAnalyzer(KeywordIndex keywords, EnglishWords english) {
        this.keywords = keywords;
        this.spelling = new SpellingCorrector(keywords, english);
    }

    void clearCorrections() {
        spelling.clearCache();
    }

    public AnalysedQuestion analyse(String question) {
        SpellingCorrector.Corrected corrected = spelling.correct(QueryExpansions.expand(question));
        String text = corrected.text();
        return new AnalysedQuestion(question, text, ContentWords.of(text), keywords.stems(text), corrected.corrections(),
                Durations.numbersIn(text));
    }
}
