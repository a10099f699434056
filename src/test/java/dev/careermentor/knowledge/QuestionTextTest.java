package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionTextTest {

    @Test
    void foldsFullWidthLettersRemovesControlCharactersAndCollapsesWhitespace() {
        QuestionText text = QuestionText.of("  Ｗｈａｔ is\u0000 an\tORM?\u200b\n\n", 100);

        assertThat(text.text()).isEqualTo("What is an ORM?");
        assertThat(text.truncated()).isFalse();
    }

    @Test
    void capsTheLengthAndSaysSo() {
        QuestionText text = QuestionText.of("x".repeat(200_000), 1_000);

        assertThat(text.text()).hasSize(1_000);
        assertThat(text.truncated()).isTrue();
        assertThat(text.originalLength()).isEqualTo(200_000);
    }

    @Test
    void neverCutsAnEmojiInHalf() {
        String emoji = "\uD83D\uDE00"; // one code point, two chars
        QuestionText text = QuestionText.of("a" + emoji.repeat(10), 4);

        assertThat(text.text()).isEqualTo("a" + emoji);
        assertThat(Character.isHighSurrogate(text.text().charAt(text.text().length() - 1))).isFalse();
    }

    @Test
    void nullAndBlankAreBlank() {
        assertThat(QuestionText.of(null, 10).isBlank()).isTrue();
        assertThat(QuestionText.of(" \t\n ", 10).isBlank()).isTrue();
    }
}
