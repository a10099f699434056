package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.TestKnowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Ranking on the project's real knowledge base: the section that answers comes first. */
class RetrieverTest {

    private final Retriever retriever = TestKnowledge.index().retriever();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "where can i find freelance python work? | freelancing.md",
            "which testing libraries does python have | testing.md",
            "why should I learn SQL when Django has an ORM | databases-and-orms.md",
            "what happens in the technical interview | interviews.md",
            "which CI/CD tools should a python developer know | deployment-and-production.md",
            "is tortoisesvn still used or is everyone on git | version-control.md",
            "who uses django | web-frameworks.md",
            "show me the euler pi exercise code | learning-python.md"})
    void theSectionThatAnswersIsRankedFirst(String question, String file) {
        assertThat(retriever.retrieve(question).top().chunk().file()).isEqualTo(file);
    }

    @Test
    void typosAreCorrectedBeforeSearching() {
        Retrieval retrieval = retriever.retrieve("pyhton intervew questions");

        assertThat(retrieval.query()).isEqualTo("python interview questions");
        assertThat(retrieval.corrections()).extracting(SpellingCorrector.Correction::from).containsExactly("pyhton", "intervew");
        assertThat(retrieval.top().chunk().file()).isIn("interviews.md", "portfolio-and-interview-prep.md");
    }

    @Test
    void realWordsAreNeverBentIntoKnowledgeBaseWords() {
        Retrieval retrieval = retriever.retrieve("how do I become a nurse");

        assertThat(retrieval.corrections()).isEmpty();
        assertThat(retrieval.query()).contains("nurse");
    }

    @Test
    void chatAbbreviationsAreSpelledOut() {
        assertThat(retriever.retrieve("do devs deploy to prod").query()).isEqualTo("do developers deploy to production");
    }

    @Test
    void everyHitCarriesBothKindsOfEvidence() {
        Retrieval retrieval = retriever.retrieve("Upwork freelance platform");

        assertThat(retrieval.hits()).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        assertThat(retrieval.top().bm25()).isPositive();
        assertThat(retrieval.top().cosine()).isBetween(0.3, 1.0);
        assertThat(retrieval.hits()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }
}
