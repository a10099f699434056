package dev.careermentor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertThat(Counts.of(1, "day")).isEqualTo("1 day");
        assertThat(Counts.of(0, "comment")).isEqualTo("0 comments");
        assertThat(Counts.of(2, "comment")).isEqualTo("2 comments");
        assertThat(Counts.of(1, "challenge was", "challenges were")).isEqualTo("1 challenge was");
    }

    @Test
    void largeNumbersHaveThousandsSeparators() {
        assertThat(Counts.of(3000, "character")).isEqualTo("3,000 characters");
        assertThat(Counts.number(3650)).isEqualTo("3,650");
        assertThat(Counts.number(2.5)).isEqualTo("2.5");
    }
}
