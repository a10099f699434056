package dev.careermentor.studygroup.store;

import dev.careermentor.store.Database;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The schedule of every group and member reminder: when the next post, channel reminder or direct
 * message is due, and for which local date. The dispatcher reads what is due in batches and moves
 * each row on with a compare-and-set, so a row is taken by one dispatcher only. With the Discord
 * shards split over processes, each process reads only the rows of the guilds it serves
 * ({@link ShardScope}); the compare-and-set still decides if two processes hold the same shard.
 */
public final class ScheduleRepository {

    private static final RowMapper<Due> DUE = ConstructorMapper.of(Due.class);

    private final Database database;
    private final ShardScope scope;

    public ScheduleRepository(Database database) {
        this(database, ShardScope.all());
    }

    /** @param scope whose rows {@link #due} and {@link #earliest} read */
    public ScheduleRepository(Database database, ShardScope scope) {
        this.database = database;
        this.scope = scope;
    }

    /** Something due: a group's post or reminder ({@code userId} 0), or a member's reminder. */
    public record Due(long groupId, long userId, LocalDate date, long dueAt) {
    }

    /** Moves a due row to its next occurrence, if it is still at {@code expectedAt}. */
    public record Advance(long groupId, long userId, long expectedAt, Instant nextAt, LocalDate nextDate) {
    }

    public enum Kind {
        POST("study_group", "next_post_at", "next_post_date", "status = 'ACTIVE' AND kind = 'CHANNEL'"),
        CHANNEL_REMINDER("study_group", "next_reminder_at", "next_reminder_date", "status = 'ACTIVE' AND kind = 'CHANNEL'"),
        MEMBER_REMINDER("dm_reminder", "next_at", "next_date", "enabled = TRUE"),
        /** The previous month's champions, on the first day of a month. */
        CHAMPIONS("study_group", "next_champions_at", "next_champions_date", "status = 'ACTIVE' AND kind = 'CHANNEL'");

        final String table;
        final String at;
        final String date;
        final String active;

        Kind(String table, String at, String date, String active) {
            this.table = table;
            this.at = at;
            this.date = date;
            this.active = active;
        }

        boolean members() {
            return this == MEMBER_REMINDER;
        }
    }

    /** Sets the next occurrence of a group's post or channel reminder (null clears it). */
    public void setGroup(Kind kind, long groupId, Instant at, LocalDate date) {
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE study_group SET " + kind.at + " = :at, " + kind.date
                        + " = :date WHERE id = :id")
                .bind("id", groupId).bind("at", at == null ? null : at.toEpochMilli())
                .bind("date", date == null ? null : date.toString()).execute());
    }

    public void setMember(long groupId, long userId, Instant at, LocalDate date) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "UPDATE dm_reminder SET next_at = :at, next_date = :date WHERE group_id = :g AND user_id = :u")
                .bind("g", groupId).bind("u", userId).bind("at", at == null ? null : at.toEpochMilli())
                .bind("date", date == null ? null : date.toString()).execute());
    }

    /** What is due at {@code now} in this process's scope, oldest first. */
    public List<Due> due(Kind kind, Instant now, int limit) {
        String ids = kind.members() ? "group_id, user_id" : "id AS group_id, 0 AS user_id";
        String scoped = kind.members() ? scope.sqlConditionOnGroup("group_id") : scope.sqlCondition("guild_id");
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + ids + ", " + kind.date + " AS date, " + kind.at
                        + " AS due_at FROM " + kind.table + " WHERE " + kind.active + " AND " + kind.at + " <= :now" + scoped
                        + " ORDER BY " + kind.at + " LIMIT :limit")
                .bind("now", now.toEpochMilli()).bind("limit", limit)
                .map(DUE)
                .list());
    }

    /** Applies the advances in one batch; returns, per advance, whether this caller won it. */
    public boolean[] advance(Handle handle, Kind kind, List<Advance> advances) {
        String where = kind.members() ? "group_id = :g AND user_id = :u" : "id = :g";
        PreparedBatch batch = handle.prepareBatch("UPDATE " + kind.table + " SET " + kind.at + " = :next, " + kind.date
                + " = :date WHERE " + where + " AND " + kind.at + " = :expected");
        for (Advance advance : advances) {
            batch.bind("g", advance.groupId()).bind("u", advance.userId()).bind("next", advance.nextAt().toEpochMilli())
                    .bind("date", advance.nextDate().toString()).bind("expected", advance.expectedAt()).add();
        }
        int[] counts = advances.isEmpty() ? new int[0] : batch.execute();
        boolean[] won = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            won[i] = counts[i] == 1;
        }
        return won;
    }

    /**
     * The earliest moment anything in this process's scope is due: a post, a reminder, month champions,
     * or a retry of an unfinished post.
     */
    public Optional<Instant> earliest(long claimLeaseMillis) {
        String groups = scope.sqlCondition("guild_id");
        String members = scope.sqlConditionOnGroup("group_id");
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT MIN(t) FROM (
                            SELECT MIN(next_post_at) AS t FROM study_group WHERE status = 'ACTIVE' AND kind = 'CHANNEL'%1$s
                            UNION ALL
                            SELECT MIN(next_reminder_at) AS t FROM study_group WHERE status = 'ACTIVE' AND kind = 'CHANNEL'%1$s
                            UNION ALL
                            SELECT MIN(next_at) AS t FROM dm_reminder WHERE enabled = TRUE%2$s
                            UNION ALL
                            SELECT MIN(next_champions_at) AS t FROM study_group WHERE status = 'ACTIVE' AND kind = 'CHANNEL'%1$s
                            UNION ALL
                            SELECT MIN(COALESCE(retry_at, claimed_at + :lease)) AS t FROM challenge_post WHERE status = 'CLAIMED'%2$s
                        ) due""".formatted(groups, members))
                .bind("lease", claimLeaseMillis)
                .mapTo(Long.class).findFirst().map(Instant::ofEpochMilli));
    }
}
