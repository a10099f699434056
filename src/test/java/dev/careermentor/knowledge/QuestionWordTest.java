package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionWordTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Where are Python developer jobs advertised? | where",
            "where do you even find python openings nowadays? my dad told me to check the newspaper lol | where",
            "ok so who decides what i code | who",
            "i finished my course. How   many jobs are there? | how many"})
    void isTheWordASentenceAsksWith(String question, String word) {
        assertThat(QuestionWord.of(question)).contains(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"What is Flask?", "how do i start", "Are there many Python developer jobs?",
            "i learned loops when i was a kid, is that enough", "is django hard to learn? why?"})
    void isNoneForAQuestionThatAsksForAnything(String question) {
        assertThat(QuestionWord.of(question)).isEmpty();
    }
}
