package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordIndexTest {

    private static Card card(String id, String question, String body, String... phrasings) {
        return new Card("t/" + id, "t", question, body, List.of(phrasings), List.of(), List.of(), Card.Provenance.ARTICLE,
                LocalDate.of(2026, 12, 1));
    }

    private final KeywordIndex index = new KeywordIndex(List.of(
            card("freelance", "Where can I find freelance work?", "Upwork is a platform where companies hire freelancers.",
                    "gigs online for coders"),
            card("testing", "Which testing tools exist?", "Python developers test code with pytest and unittest."),
            card("sql", "Why learn SQL?", "An ORM builds SQL queries with SELECT, WHERE and JOIN.")));

    @ParameterizedTest
    @ValueSource(strings = {"C/C++", "\"unbalanced quote", "AND OR NOT", "title:(foo", "*", "?", "a~2^3", "\\", "[]{}",
            "SELECT * FROM users WHERE 1=1; --", "** bold ** `code`", ""})
    void userTextIsOnlyEverAnalysedNeverParsed(String text) {
        assertThatCode(() -> index.stems(text)).doesNotThrowAnyException();
    }

    @Test
    void stemsDropStopWordsAndFoldInflections() {
        assertThat(index.stems("it is the")).isEmpty();
        assertThat(index.stems("Freelancers hiring freelancers")).containsExactly("freelanc", "hire");
    }

    @Test
    void countsInHowManyCardsAStemOccurs() {
        assertThat(index.cardCount()).isEqualTo(3);
        assertThat(index.cardFrequency(index.stems("SQL").get(0))).isEqualTo(1);
        assertThat(index.cardFrequency(index.stems("gigs").get(0))).as("phrasings count").isEqualTo(1);
        assertThat(index.cardFrequency("lasagna")).isZero();
    }

    @Test
    void suggestsTheClosestKnowledgeBaseWordForATypo() {
        assertThat(index.closestWord("pytset", 0.7f)).isEqualTo("pytest");
        assertThat(index.containsWord("upwork")).isTrue();
        assertThat(index.containsWord("lasagna")).isFalse();
    }
}
