package dev.careermentor.practice;

import dev.careermentor.knowledge.Hashes;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which challenge a group gets next. Each group has its own deterministic order: by difficulty
 * (easy first), and within a difficulty shuffled by a hash of the group and the challenge, so two
 * groups do not see the same sequence. Nothing repeats until the group has seen the whole bank; then
 * a new cycle starts in a new order.
 */
public final class Rotation {

    private Rotation() {
    }

    /**
     * @param seen the challenges the group got in its current cycle
     * @param cycle how many full cycles the group has completed (changes the order of the next one)
     */
    public static Optional<Challenge> next(ChallengeBank bank, long groupId, Set<String> seen, int cycle) {
        return order(bank, groupId, cycle).stream().filter(c -> !seen.contains(c.id())).findFirst();
    }

    static List<Challenge> order(ChallengeBank bank, long groupId, int cycle) {
        return bank.all().stream()
                .sorted(Comparator.comparingInt(Challenge::difficulty)
                        .thenComparing(c -> Hashes.sha256Hex(groupId + ":" + cycle + ":" + c.id())))
                .toList();
    }
}
