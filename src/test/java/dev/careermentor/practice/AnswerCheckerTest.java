package dev.careermentor.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCheckerTest {

    private static final Challenge.Meta META = new Challenge.Meta("x", 1, List.of(), "a.md#b", "?", "!", "f", 1);

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "pytest | true", "  PyTest  | true", "py.test | true", "py test | true", "Pytest! | true",
            "unittest | false", "'' | false"})
    void textAnswersIgnoreCaseSpacesAndPunctuation(String given, boolean correct) {
        Challenge.ShortAnswer challenge = new Challenge.ShortAnswer(META, List.of("pytest", "py.test"), null);

        assertThat(AnswerChecker.isCorrect(challenge, given)).isEqualTo(correct);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "3.1414971543976273 | true", "3.1415 | true", "3,1415 | true", " 3.1414 | true", "3.15 | false", "pi | false"})
    void numbersMatchWithinTheTolerance(String given, boolean correct) {
        Challenge.ShortAnswer challenge = new Challenge.ShortAnswer(META, List.of(), new Challenge.Numeric(3.14149715, 0.001));

        assertThat(AnswerChecker.isCorrect(challenge, given)).isEqualTo(correct);
    }
}
