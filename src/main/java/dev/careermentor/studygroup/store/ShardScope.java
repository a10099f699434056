package dev.careermentor.studygroup.store;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which guilds' study groups this process serves: all of them, or the guilds of the Discord shards
 * it holds. Discord sends a guild's events to shard {@code (guild_id >> 22) % shard_total} and
 * nowhere else, so only the process holding that shard has the guild's channels in its cache; its
 * dispatcher takes exactly those rows. A group without a guild (a member's personal track, reached
 * by direct message) counts as guild 0, i.e. shard 0, where Discord delivers direct messages.
 *
 * <p>The rule is applied in SQL as {@code (guild_id / 4194304) % total}: integer division by
 * 2<sup>22</sup> is the shift, and both SQLite and PostgreSQL compute it on BIGINT the same way.
 */
public final class ShardScope {

    private static final ShardScope ALL = new ShardScope(1, new TreeSet<>(List.of(0)));

    private final int total;
    private final SortedSet<Integer> held;

    private ShardScope(int total, SortedSet<Integer> held) {
        this.total = total;
        this.held = held;
    }

    /** Every guild: one process holds every shard (the default). */
    public static ShardScope all() {
        return ALL;
    }

    /** The guilds of {@code held} shards out of {@code total}. */
    public static ShardScope of(int total, List<Integer> held) {
        if (total < 1) {
            throw new IllegalArgumentException("the shard total must be at least 1, not " + total);
        }
        SortedSet<Integer> shards = new TreeSet<>(held);
        if (shards.isEmpty() || shards.first() < 0 || shards.last() >= total) {
            throw new IllegalArgumentException("shards " + held + " are not all between 0 and " + (total - 1));
        }
        return shards.size() == total ? ALL : new ShardScope(total, shards);
    }

    /** The shard of a guild among {@code total}: Discord's formula. */
    public static int shardOf(long guildId, int total) {
        return (int) ((guildId >> 22) % total);
    }

    /** Whether this process serves every guild (no filter is applied). */
    public boolean holdsAll() {
        return this == ALL;
    }

    /** Whether this process serves the guild (null: a direct-message group, shard 0). */
    public boolean serves(Long guildId) {
        return holdsAll() || held.contains(shardOf(guildId == null ? 0 : guildId, total));
    }

    /**
     * An SQL condition that keeps the rows whose guild this process serves, with {@code guildColumn}
     * the guild id column (NULL counts as guild 0); empty when it serves all, so the queries of a
     * single process are exactly those of before.
     */
    public String sqlCondition(String guildColumn) {
        if (holdsAll()) {
            return "";
        }
        String shards = held.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return " AND (COALESCE(" + guildColumn + ", 0) / 4194304) % " + total + " IN (" + shards + ")";
    }

    /** The same condition for rows that only name their group ({@code groupColumn}, a study_group id). */
    public String sqlConditionOnGroup(String groupColumn) {
        if (holdsAll()) {
            return "";
        }
        return " AND " + groupColumn + " IN (SELECT id FROM study_group WHERE 1 = 1" + sqlCondition("guild_id") + ")";
    }

    @Override
    public String toString() {
        return holdsAll() ? "all shards" : "shards " + held + " of " + total;
    }
}
