package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

    @Test
    void keepsTheWordsThatSayWhatIsAsked() {
        assertThat(ContentWords.of("What is a virtual environment, and why use one?"))
                .containsExactly("virtual", "environment");
    }

    @Test
    void leavesOutHowTheMemberFeelsAboutAsking() {
        // "torn" or "dumb" is no term a card must explain: read as one, it made the mentor unsure
        assertThat(ContentWords.of("dumb question, im torn and confused: job or freelance?"))
                .containsExactly("question", "job", "freelance");
    }
}
