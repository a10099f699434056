package dev.careermentor.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RotationTest {

    private final ChallengeBank bank = new ChallengeBank(List.of(choice("easy-a", 1), choice("easy-b", 1),
            choice("mid-a", 2), choice("mid-b", 2), choice("hard-a", 3), choice("hard-b", 3)), List.of());

    private static Challenge choice(String id, int difficulty) {
        return new Challenge.MultipleChoice(new Challenge.Meta(id, difficulty, List.of("t"), "testing.md#x", "Prompt " + id,
                "Explanation " + id, "f", 1), List.of("right", "wrong"), 0);
    }

    @Test
    void theRotationIsDeterministicPerGroupButDiffersBetweenGroups() {
        Set<String> orders = new HashSet<>();
        for (long groupId = 1; groupId <= 6; groupId++) {
            orders.add(Rotation.order(bank, groupId, 0).stream().map(Challenge::id).toList().toString());
            assertThat(Rotation.order(bank, groupId, 0)).isEqualTo(Rotation.order(bank, groupId, 0));
        }
        assertThat(orders).hasSizeGreaterThan(1);
    }

    @Test
    void theNextChallengeIsTheEasiestNotSeenInThisCycleAndANewCycleStartsOnceAllWereSeen() {
        assertThat(Rotation.next(bank, 1L, Map.of()).difficulty()).isEqualTo(1);
        assertThat(Rotation.next(bank, 1L, Map.of("easy-a", 1, "easy-b", 1)).difficulty()).isEqualTo(2);

        Map<String, Integer> allOnce = Map.of("easy-a", 1, "easy-b", 1, "mid-a", 1, "mid-b", 1, "hard-a", 1, "hard-b", 1);
        assertThat(Rotation.next(bank, 1L, allOnce).difficulty()).as("a new cycle, easy first again").isEqualTo(1);
    }
}
