package dev.careermentor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.TestKnowledge;
import dev.careermentor.knowledge.Retrieval;
import dev.careermentor.knowledge.Retriever;
import dev.careermentor.knowledge.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractiveComposerTest {

    private final Retriever retriever = TestKnowledge.index().retriever();
    private final ExtractiveComposer composer = new ExtractiveComposer(retriever.keywordIndex());

    private ExtractiveComposer.Composition compose(String question) {
        Retrieval retrieval = retriever.retrieve(question);
        return composer.compose(question, retrieval, retriever.semanticIndex());
    }

    @ParameterizedTest
    @ValueSource(strings = {"What does a Python developer do?", "Which skills do I need?", "tell me about interviews",
            "what is an ORM and why learn SQL"})
    void staysWithinTheLengthBudgetAndQuotesOnlyTheKnowledgeBase(String question) {
        ExtractiveComposer.Composition composition = compose(question);

        assertThat(composition.text().length()).isBetween(1, ExtractiveComposer.MAX_CHARS);
        for (ExtractiveComposer.Quote quote : composition.quotes()) {
            assertThat(quote.chunk().units()).containsAll(quote.units());
        }
    }

    @Test
    void theBestSectionLeadsAndEverySectionUsedIsASource() {
        ExtractiveComposer.Composition composition = compose("What happens in the HR interview?");

        assertThat(composition.quotes().get(0).chunk().id()).isEqualTo("interviews.md#what-happens-in-the-hr-interview");
        assertThat(composition.sources()).extracting(Source::citation)
                .containsExactlyElementsOf(composition.quotes().stream().map(q -> q.chunk().id()).distinct().toList());
    }

    @Test
    void quotedSentencesKeepTheirOriginalOrder() {
        ExtractiveComposer.Quote lead = compose("What happens in the technical interview?").quotes().get(0);

        assertThat(lead.units()).isSortedAccordingTo((a, b) -> Integer.compare(lead.chunk().units().indexOf(a),
                lead.chunk().units().indexOf(b)));
    }

    @Test
    void aSentenceThatIntroducesCodeIsNotQuotedWithoutIt() {
        String text = compose("euler pi exercise").text();

        assertThat(text).doesNotContain("```").doesNotContain("is short:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"is javascript better than python for frontend", "Tell me about version control",
            "is tortoisesvn still used"})
    void neighboursAddWholeThoughtsOrRelevantSentencesNotStrayFragments(String question) {
        ExtractiveComposer.Composition composition = compose(question);

        for (ExtractiveComposer.Quote quote : composition.quotes().subList(1, composition.quotes().size())) {
            boolean whole = quote.units().size() == quote.chunk().units().size();
            assertThat(whole || quote.units().stream().mapToInt(u -> u.text().length()).sum() >= 100)
                    .as("%s quoted from %s", quote.units(), quote.chunk().id()).isTrue();
        }
    }

    @Test
    void codeIsQuotedWholeWhenTheQuestionAsksForIt() {
        ExtractiveComposer.Composition composition = compose("show me the python code of the euler pi exercise");

        String text = composition.text();
        assertThat(text).contains("```python\ndef calculate_pi(n):");
        assertThat(text).contains("return (sum_inverse * 6) ** 0.5");
        int fences = (text.length() - text.replace("```", "").length()) / 3;
        assertThat(fences).isPositive().isEven();
    }

    @Test
    void codeIsLeftOutOfAPartialQuoteWhenNobodyAskedForIt() {
        ExtractiveComposer.Composition composition = compose("who found the sum of inverse squares and when?");

        assertThat(composition.text()).contains("Euler").contains("1735");
        assertThat(composition.quotes()).allSatisfy(quote -> {
            if (!quote.units().equals(quote.chunk().units())) {
                assertThat(quote.units()).noneMatch(u -> u.kind() == TextUnit.Kind.CODE);
            }
        });
    }
}
