package dev.careermentor.discord;

import dev.careermentor.studygroup.store.ShardScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which Discord shards this process connects: {@code DISCORD_SHARD_TOTAL} (unset: Discord's
 * recommendation from {@code GET gateway/bot}) and {@code DISCORD_SHARDS}, the ones held here
 * (unset: all of them). A bot in many guilds runs several processes, each with a range of shards,
 * for example {@code DISCORD_SHARD_TOTAL=8} with {@code DISCORD_SHARDS=0-3} and {@code 4-7}.
 *
 * @param total the shard count, 0 for Discord's recommendation
 * @param held the shards of this process, ascending; empty for all of them
 */
public record ShardPlan(int total, List<Integer> held) {

    /** One process with every shard Discord recommends: the default. */
    public static final ShardPlan ALL = new ShardPlan(0, List.of());

    public ShardPlan {
        held = List.copyOf(new TreeSet<>(held));
        if (total < 0) {
            throw new IllegalArgumentException("DISCORD_SHARD_TOTAL must be at least 1, not " + total);
        }
        if (!held.isEmpty() && total == 0) {
            throw new IllegalArgumentException("DISCORD_SHARDS needs DISCORD_SHARD_TOTAL: every process of the bot must "
                    + "connect with the same shard total");
        }
        if (!held.isEmpty() && (held.get(0) < 0 || held.get(held.size() - 1) >= total)) {
            throw new IllegalArgumentException("DISCORD_SHARDS " + held + " must lie between 0 and " + (total - 1)
                    + " (DISCORD_SHARD_TOTAL=" + total + ")");
        }
    }

    /**
     * Reads the two settings: {@code total} a whole number, {@code shards} a range {@code 0-3}, a
     * single shard {@code 2}, or a list of both {@code 0,2,4-5}.
     */
    public static ShardPlan parse(Optional<String> total, Optional<String> shards) {
        int count = total.map(ShardPlan::shardTotal).orElse(0);
        return new ShardPlan(count, shards.map(ShardPlan::shardList).orElse(List.of()));
    }

    private static int shardTotal(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 1) {
                throw new IllegalArgumentException("DISCORD_SHARD_TOTAL must be at least 1, not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DISCORD_SHARD_TOTAL must be a whole number, not '" + text + "'");
        }
    }

    private static List<Integer> shardList(String text) {
        List<Integer> shards = new ArrayList<>();
        for (String part : text.split(",")) {
            String item = part.strip();
            try {
                int dash = item.indexOf('-', 1);
                if (dash < 0) {
                    shards.add(Integer.parseInt(item));
                    continue;
                }
                int from = Integer.parseInt(item.substring(0, dash).strip());
                int to = Integer.parseInt(item.substring(dash + 1).strip());
                if (from > to) {
                    throw new IllegalArgumentException("DISCORD_SHARDS range '" + item + "' runs backwards");
                }
                for (int shard = from; shard <= to; shard++) {
                    shards.add(shard);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("DISCORD_SHARDS must be shard numbers and ranges such as 0-3 or 0,2, not '"
                        + text + "'");
            }
        }
        return shards;
    }

    /** Whether other processes hold the other shards (so they must share one database). */
    public boolean splitsShards() {
        return !held.isEmpty() && held.size() < total;
    }

    /** Whether this process connects {@code shard} (with Discord's recommendation: every shard). */
    public boolean holds(int shard) {
        return held.isEmpty() || held.contains(shard);
    }

    /** The guilds whose study groups this process dispatches. */
    public ShardScope scope() {
        return splitsShards() ? ShardScope.of(total, held) : ShardScope.all();
    }

    @Override
    public String toString() {
        if (total == 0) {
            return "every shard Discord recommends";
        }
        if (held.isEmpty() || held.size() == total) {
            return total == 1 ? "one shard" : "all " + total + " shards";
        }
        return "shards " + ranges() + " of " + total;
    }

    /** {@code 0-3,6}: the held shards as ranges. */
    private String ranges() {
        List<String> parts = new ArrayList<>();
        int start = held.get(0);
        int previous = start;
        for (int shard : held.subList(1, held.size())) {
            if (shard != previous + 1) {
                parts.add(start == previous ? "" + start : start + "-" + previous);
                start = shard;
            }
            previous = shard;
        }
        parts.add(start == previous ? "" + start : start + "-" + previous);
        return parts.stream().collect(Collectors.joining(","));
    }
}
