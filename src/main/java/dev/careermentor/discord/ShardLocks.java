package dev.careermentor.discord;

import dev.careermentor.lifecycle.Routine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One process per Discord shard, enforced by the PostgreSQL database the processes share. Two
 * processes started with the same shard would both receive its events and answer every question
 * twice; the second is refused at start-up instead, with a message that says which shard.
 *
 * <p>Each process holds session-level advisory locks for as long as it runs, on a connection of its
 * own: a process with every shard takes the bot's lock exclusively, a process with some shards
 * takes it shared plus one exclusive lock per shard and a shared lock on its shard total (processes
 * counting shards differently split guilds differently). PostgreSQL releases them when the
 * connection ends, so a killed process frees its shards at once for its restart.
 */
public final class ShardLocks implements Routine {

    private static final Logger log = LoggerFactory.getLogger(ShardLocks.class);

    private static final int BOT = 0x434d_4254;    // "CMBT": the bot as a whole (every shard)
    private static final int SHARD = 0x434d_5348;  // "CMSH": one shard
    private static final int TOTAL = 0x434d_5454;  // "CMTT": a shard total in use
    private static final int WHOLE = 0;

    private final DataSource database;
    private final int total;
    private final List<Integer> held;
    private Connection session;

    /**
     * @param total the shard total, 0 when Discord recommends it
     * @param held the shards of this process; empty for every shard
     */
    public ShardLocks(DataSource database, int total, List<Integer> held) {
        this.database = database;
        this.total = total;
        this.held = List.copyOf(held);
    }

    @Override
    public String name() {
        return "shard locks";
    }

    @Override
    public void start() throws SQLException {
        session = database.getConnection();
        try {
            lockAll();
            log.info("This process runs {} on this database; no other process of the bot may run them",
                    held.isEmpty() ? "every shard" : "shards " + held + " of " + total);
        } catch (SQLException | RuntimeException e) {
            stop();
            throw e;
        }
    }

    private void lockAll() throws SQLException {
        if (held.isEmpty()) {
            require(tryLock(BOT, WHOLE, false), "another process of this bot is already running on this database; "
                    + "to split the shards over processes, give each one DISCORD_SHARD_TOTAL and its own DISCORD_SHARDS");
            return;
        }
        require(tryLock(BOT, WHOLE, true), "another process of this bot runs every shard on this database; "
                + "give it DISCORD_SHARDS too, or stop it");
        require(tryLock(TOTAL, total, true), "another process of this bot counts shards differently");
        List<Long> others = otherTotals();
        require(others.isEmpty(), "another process of this bot counts " + others + " shards, this one " + total
                + ": every process needs the same DISCORD_SHARD_TOTAL");
        for (int shard : held) {
            require(tryLock(SHARD, shard, false), "shard " + shard + " is already run by another process of this bot "
                    + "(DISCORD_SHARDS must not overlap between processes)");
        }
    }

    private boolean tryLock(int kind, int key, boolean shared) throws SQLException {
        String function = shared ? "pg_try_advisory_lock_shared" : "pg_try_advisory_lock";
        try (PreparedStatement statement = session.prepareStatement("SELECT " + function + "(?, ?)")) {
            statement.setInt(1, kind);
            statement.setInt(2, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Shard totals that other processes hold (advisory locks show the two keys as classid and objid). */
    private List<Long> otherTotals() throws SQLException {
        try (PreparedStatement statement = session.prepareStatement("SELECT DISTINCT objid FROM pg_locks "
                + "WHERE locktype = 'advisory' AND objsubid = 2 AND classid::bigint = ? AND objid::bigint <> ? "
                + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY objid")) {
            statement.setLong(1, Integer.toUnsignedLong(TOTAL));
            statement.setLong(2, total);
            try (ResultSet result = statement.executeQuery()) {
                List<Long> totals = new ArrayList<>();
                while (result.next()) {
                    totals.add(result.getLong(1));
                }
                return totals;
            }
        }
    }

    private static void require(boolean locked, String otherwise) {
        if (!locked) {
            throw new IllegalStateException("Cannot start: " + otherwise + ".");
        }
    }

    /**
     * Releases the locks. The connection goes back to the pool rather than closing, so the locks are
     * released first; if the connection is broken, PostgreSQL has dropped them with the session.
     */
    @Override
    public void stop() {
        if (session == null) {
            return;
        }
        try (Connection connection = session; Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock_all()");
        } catch (SQLException e) {
            // the session is gone, and its locks with it
        } finally {
            session = null;
        }
    }
}
