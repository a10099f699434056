package dev.careermentor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    private static final List<String> HUNDRED = IntStream.range(0, 100).mapToObj(i -> "q" + i).toList();

    @Test
    void theFirstAnswersAreTimedOnQuestionsSpreadOverTheSetNotOnItsTail() {
        assertThat(BenchCommand.spread(HUNDRED, 4)).containsExactly("q0", "q25", "q50", "q75");
    }

    @Test
    void aSetSmallerThanAskedForIsTakenWhole() {
        assertThat(BenchCommand.spread(HUNDRED.subList(0, 3), 20)).containsExactly("q0", "q1", "q2");
    }
}
