package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordIndexTest {

    private static Chunk chunk(String id, String heading, String text) {
        return new Chunk("f.md#" + id, "f.md", id, "Title", List.of(heading),
                List.of(new TextUnit(TextUnit.Kind.SENTENCE, 0, text)), List.of(), FrontMatter.Provenance.ARTICLE);
    }

    private final KeywordIndex index = new KeywordIndex(List.of(
            chunk("freelance", "Where can I find freelance work?", "Upwork is a platform where companies hire freelancers."),
            chunk("testing", "Which testing tools exist?", "Python developers test code with pytest and unittest."),
            chunk("sql", "Why learn SQL?", "An ORM builds SQL queries with SELECT, WHERE and JOIN.")));

    @Test
    void ranksTheSectionThatSharesTheQuestionsWordsFirst() {
        assertThat(index.search("which freelancing platforms hire freelancers", 3).get(0).chunkId()).isEqualTo("f.md#freelance");
        assertThat(index.search("testing with pytest", 3).get(0).chunkId()).isEqualTo("f.md#testing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C/C++", "\"unbalanced quote", "AND OR NOT", "title:(foo", "*", "?", "a~2^3", "\\", "[]{}",
            "SELECT * FROM users WHERE 1=1; --", "** bold ** `code`", ""})
    void userTextIsNeverParsedAsQuerySyntax(String text) {
        assertThatCode(() -> index.search(text, 3)).doesNotThrowAnyException();
    }

    @Test
    void aQueryOfOnlyStopWordsFindsNothing() {
        assertThat(index.search("what is the", 3)).isEmpty();
    }

    @Test
    void suggestsTheClosestKnowledgeBaseWordForATypo() {
        assertThat(index.closestWord("pytset", 0.7f)).isEqualTo("pytest");
        assertThat(index.containsWord("upwork")).isTrue();
        assertThat(index.containsWord("lasagna")).isFalse();
    }
}
