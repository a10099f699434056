package dev.careermentor.practice;

import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
     * The group's next challenge: easy to hard, nothing twice until the bank is exhausted.
     *
     * @param usage how often each challenge was given to the group so far
     */
    public static Challenge next(ChallengeBank bank, long groupId, Map<String, Integer> usage) {
        if (bank.size() == 0) {
            throw new IllegalStateException("the challenge bank is empty");
        }
        int cycle = bank.all().stream().mapToInt(c -> usage.getOrDefault(c.id(), 0)).min().orElse(0);
        Set<String> seen = new HashSet<>();
        bank.all().stream().filter(c -> usage.getOrDefault(c.id(), 0) > cycle).forEach(c -> seen.add(c.id()));
        return next(bank, groupId, seen, cycle).orElseThrow();
    }

    /**
     * @param seen the challenges the group got in its current cycle
     * @param cycle how many full cycles the group has completed (changes the order of the next one)
     */
    public static Optional<Challenge> next(ChallengeBank bank, long groupId, Set<String> seen, int cycle) {
        return order(bank, groupId, cycle).stream().filter(c -> !seen.contains(c.id())).findFirst();
    }

    static List<Challenge> order(ChallengeBank bank, long groupId, int cycle) {
        // Keyed by identity: a challenge record's own hashCode walks all its fields, on every comparison
        // of the sort, and thousands of groups due at once each sort the bank.
        Map<Challenge, Long> keys = new IdentityHashMap<>();
        for (Challenge challenge : bank.all()) {
            keys.put(challenge, shuffleKey(groupId + ":" + cycle + ":" + challenge.id()));
        }
        return bank.all().stream()
                .sorted(Comparator.comparingInt(Challenge::difficulty).thenComparingLong(keys::get))
                .toList();
    }

    /** FNV-1a: a stable, well-spread 64-bit key, the same in every process and version. */
    public static long shuffleKey(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
