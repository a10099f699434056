package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void findsTheNumbersThatSayHowLongOrWhen() {
        assertThat(Durations.numbersIn("a technical round in 2 weeks, after 40 hours of youtube")).containsExactly("2", "40");
        assertThat(Durations.numbersIn("add a feature to a 6-year-old codebase")).containsExactly("6");
    }

    @Test
    void leavesVersionsCountsAndSchedulesAlone() {
        assertThat(Durations.numbersIn("what changed in python 3.12 for 200 users?")).isEmpty();
        assertThat(Durations.numbersIn("which companies let python devs work 4 days a week")).isEmpty();
    }
}
