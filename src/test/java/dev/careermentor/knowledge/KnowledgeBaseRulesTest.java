package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules every card of the project's knowledge base keeps (knowledge/README.md). */
class KnowledgeBaseRulesTest {

    private static final KnowledgeBase KB = new KnowledgeLoader().load(KnowledgeRoot.directory(Path.of("knowledge")));

    @Test
    void loadsWithoutProblems() {
        assertThat(KB.problems()).isEmpty();
        assertThat(KB.topics()).hasSizeBetween(12, 20);
        assertThat(KB.cards()).hasSizeGreaterThanOrEqualTo(120);
    }

    @Test
    void everyTopicHasCardsAndALineOnWhatToDoNext() {
        for (Topic topic : KB.topics()) {
            assertThat(KB.cardsOf(topic.id())).as(topic.id()).isNotEmpty();
            assertThat(topic.summary()).as(topic.id()).isNotBlank();
            assertThat(topic.next()).as(topic.id()).isNotBlank();
        }
    }

    @Test
    void everyCardAsksOneQuestionAndAnswersItInAFewHundredCharacters() {
        for (Card card : KB.cards()) {
            assertThat(card.question()).as(card.id()).endsWith("?");
            assertThat(card.prose().length()).as(card.id()).isBetween(80, 700);
            assertThat("\n" + card.prose()).as("%s: no headings in the answer", card.id()).doesNotContain("\n#");
            assertThat(card.body().split("```", -1).length % 2).as("%s: fences closed", card.id()).isEqualTo(1);
        }
    }

    @Test
    void noCardOpensWithABareYesOrNoThatTheQuestionsWordingCouldTurnAround() {
        // "Yes." answers "is Python free?" but contradicts "do I have to pay for Python?"
        for (Card card : KB.cards()) {
            assertThat(card.prose().strip()).as(card.id())
                    .doesNotStartWith("Yes").doesNotStartWith("No.").doesNotStartWith("No,").doesNotStartWith("Usually not");
        }
    }

    @Test
    void everyCardHasFiveToFifteenPhrasingsAndNoPhrasingIsShared() {
        Map<String, String> owner = new HashMap<>();
        for (Card card : KB.cards()) {
            assertThat(card.phrasings()).as(card.id()).hasSizeBetween(5, 15);
            for (String phrasing : card.phrasings()) {
                String key = phrasing.toLowerCase(Locale.ROOT).strip();
                assertThat(owner.putIfAbsent(key, card.id())).as("'%s' in %s", phrasing, card.id()).isNull();
            }
        }
    }

    @Test
    void relatedCardsExistAndAreAtMostThree() {
        for (Card card : KB.cards()) {
            assertThat(card.related()).as(card.id()).hasSizeLessThanOrEqualTo(3).doesNotContain(card.id())
                    .allSatisfy(id -> assertThat(KB.card(id)).as(id).isPresent());
        }
    }

    @Test
    void curatedMaterialIsMarkedAndArticleFactsAreThere() {
        assertThat(KB.cards()).extracting(Card::source).contains(Card.Provenance.ARTICLE, Card.Provenance.CURATED);
        List<String> article = KB.cards().stream().filter(c -> c.source() == Card.Provenance.ARTICLE)
                .map(c -> c.body().toLowerCase(Locale.ROOT)).toList();
        for (String fact : List.of("instagram", "upwork", "tortoisesvn", "jenkins", "1735", "pyramid", "fraud", "cron",
                "coverage", "monster", "linkedin", "empathy", "stakeholder", "time-to-live|time to live|ttl")) {
            assertThat(article).as(fact).anyMatch(text -> java.util.Arrays.stream(fact.split("\\|")).anyMatch(text::contains));
        }
    }

    @Test
    void theEulerProgramIsKeptWholeWithItsIndentation() {
        Card euler = KB.card("learning-python/euler-pi-program").orElseThrow();

        assertThat(euler.body()).contains("def calculate_pi(n):\n    sum_inverse = 0\n\n    for i in range(1, n):\n"
                + "        sum_inverse += 1 / i ** 2\n\n    return (sum_inverse * 6) ** 0.5")
                .contains("calculate_pi(10000)").contains("3.1414971543976273");
    }
}
