package dev.careermentor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoedTextTest {

    @Test
    void controlBidirectionalAndZeroWidthCharactersAreRemoved() {
        assertThat(EchoedText.clean("what\u0007 is\u202E a\u200B generator\u2066 in\uFEFF Python?\u2069"))
                .isEqualTo("what is a generator in Python?");
    }

    @Test
    void lineBreaksAndRunsOfSpacesBecomeOneSpace() {
        assertThat(EchoedText.clean("  what\n\n is\u00A0 \t pip?  ")).isEqualTo("what is pip?");
    }

    @Test
    void emojiHeldTogetherByAZeroWidthJoinerStayWhole() {
        assertThat(EchoedText.clean("👩‍💻 and ❤️‍🔥 and 👋🏽")).isEqualTo("👩‍💻 and ❤️‍🔥 and 👋🏽");
        assertThat(EchoedText.clean("a\u200Db")).as("a joiner between letters is only hiding something").isEqualTo("ab");
    }

    @Test
    void aThreadNameDefusesMentionsAndLinks() {
        assertThat(EchoedText.threadName("@everyone FREE NITRO at http://example.com/nitro <@&42> <@!7> <#9> what is pip?"))
                .isEqualTo("everyone FREE NITRO at (link) @role @member #channel what is pip?");
    }

    @Test
    void aThreadNameFitsDiscordsLimitAndIsNeverEmpty() {
        assertThat(EchoedText.threadName("why ".repeat(60))).hasSizeLessThanOrEqualTo(DiscordLimits.THREAD_NAME);
        assertThat(EchoedText.threadName("\u200B\u202E")).isEqualTo("Question");
    }
}
