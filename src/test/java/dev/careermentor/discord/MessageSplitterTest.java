package dev.careermentor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void shortTextStaysOneMessage() {
        assertThat(MessageSplitter.split("hello", 2000)).containsExactly("hello");
    }

    @Test
    void longTextIsSplitAtParagraphsWithinTheLimit() {
        String paragraph = "word ".repeat(60).strip();
        String text = String.join("\n\n", List.of(paragraph, paragraph, paragraph, paragraph, paragraph));

        List<String> parts = MessageSplitter.split(text, 700);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(700));
        assertThat(String.join(" ", parts).replaceAll("\\s+", " ")).isEqualTo(text.replaceAll("\\s+", " "));
    }

    @Test
    void aCodeBlockCutInTwoIsClosedAndReopenedWithItsLanguage() {
        StringBuilder code = new StringBuilder("Intro.\n\n```python\n");
        for (int i = 0; i < 80; i++) {
            code.append("print('line ").append(i).append("')\n");
        }
        code.append("```\nOutro.");

        List<String> parts = MessageSplitter.split(code.toString(), 500);

        assertThat(parts).hasSizeGreaterThan(2);
        for (String part : parts) {
            assertThat(part.length()).isLessThanOrEqualTo(500);
            assertThat(MessageSplitter.openFence(part)).as("every part closes its fences: %s", part).isNull();
        }
        assertThat(parts.get(1)).startsWith("```python\n");
    }

    @Test
    void anUnbrokenRunIsCutHard() {
        assertThat(MessageSplitter.split("x".repeat(4500), 2000))
                .hasSize(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
    }
}
