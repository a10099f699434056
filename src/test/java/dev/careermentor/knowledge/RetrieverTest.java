package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ranking on the project's real knowledge base: the card that answers comes first. */
class RetrieverTest {

    private final Retriever retriever = TestKnowledge.index().retriever();

    private Retrieval retrieve(String question) {
        return retriever.retrieve(retriever.analyse(question));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "where can i find freelance python work? | freelancing/finding-clients",
            "what happens in the technical interview | interviews/technical-interview",
            "who uses django | web-frameworks/who-uses-django",
            "could this language help a shop notice fake orders? | what-is-python/fraud-detection",
            "show me the euler pi exercise code | learning-python/euler-pi-program"})
    void theCardThatAnswersIsRankedFirst(String question, String card) {
        assertThat(retrieve(question).top().card().id()).isEqualTo(card);
    }

    @Test
    void typosAreCorrectedBeforeSearching() {
        AnalysedQuestion question = retriever.analyse("pyhton intervew questions");

        assertThat(question.text()).isEqualTo("python interview questions");
        assertThat(question.corrections()).extracting(SpellingCorrector.Correction::from).containsExactly("pyhton", "intervew");
        assertThat(retriever.retrieve(question).top().card().topic()).isEqualTo("interviews");
    }

    @Test
    void realWordsAreNeverBentIntoKnowledgeBaseWords() {
        AnalysedQuestion question = retriever.analyse("how do I become a nurse");

        assertThat(question.corrections()).isEmpty();
        assertThat(question.words()).contains("nurse");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a letter left out or two swapped is a likelier typo than a letter changed
            "is it realy that hard | really", "is a writter job an option | writer", "is it optinal | optional",
            "codin every day | coding", "where do i strat | start"})
    void aTypoBecomesTheWordItMostLikelyMisspells(String question, String word) {
        assertThat(retriever.analyse(question).text()).containsPattern("\\b" + word + "\\b");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"should i learn mongo", "install conda first?", "paypal uses python", "what is heapq",
            "faang interviews", "is sharding hard"})
    void aWordOfItsOwnThatNoDictionaryHoldsIsNoTypo(String question) {
        assertThat(retriever.analyse(question).corrections()).isEmpty();
    }

    @Test
    void anUnknownWordIsNeverBentIntoAName() {
        AnalysedQuestion question = retriever.analyse("could python help catching scammy credit card payments?");

        assertThat(question.corrections()).isEmpty(); // the word pieces hold "sammy", a name, one edit away
        assertThat(question.text()).contains("scammy");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "how do i talk about my project without rambling? | rambling",
            "how do i configure a cron job | configure",
            "which tasks should a junior dev prioritise? | prioritise",
            "do i need to know how to refactor? | refactor"})
    void wordsOfTheDictionaryThatTheWordPiecesLackAreNoTypos(String question, String word) {
        AnalysedQuestion analysed = retriever.analyse(question);

        assertThat(analysed.corrections()).isEmpty();
        assertThat(analysed.words()).contains(word);
    }

    @Test
    void chatAbbreviationsAreSpelledOut() {
        assertThat(retriever.analyse("do devs deploy to prod").text()).isEqualTo("do developers deploy to production");
    }

    @Test
    void everyHitCarriesItsEvidenceAndHitsComeBestFirst() {
        Retrieval retrieval = retrieve("Upwork freelance platform");

        assertThat(retrieval.hits()).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        assertThat(retrieval.top().questionSimilarity()).isBetween(0.3, 1.0);
        assertThat(retrieval.top().bodySimilarity()).isBetween(0.2, 1.0);
        assertThat(retrieval.hits()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(retrieval.neighbours()).isNotEmpty();
    }

    @Test
    void aCardsOwnQuestionMatchesItselfAlmostExactly() {
        Retrieval retrieval = retrieve("What happens in the HR interview?");

        assertThat(retrieval.top().card().id()).isEqualTo("interviews/hr-interview");
        assertThat(retrieval.top().questionSimilarity()).isGreaterThan(0.99);
        assertThat(retriever.retrieve(retriever.analyse("What happens in the HR interview?"), true).top()
                .questionSimilarity()).as("left out when fitting").isLessThan(0.99);
    }
}
