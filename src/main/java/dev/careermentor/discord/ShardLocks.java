package dev.careermentor.discord;

import dev.careermentor.lifecycle.Routine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
 * connection ends, so a killed process frees its shards at once for its restart; TCP keepalives on
 * the session let the server notice within about a minute when the process's machine is gone.
 * A process whose shards are held waits a while before it gives up, so that a replacement started
 * just before the old process stops (a rolling update) takes over instead of failing.
 *
 * <p>Needs a direct connection or session pooling: behind a transaction-pooling PgBouncer, session
 * locks mean nothing.
 */
public final class ShardLocks implements Routine {

    private static final Logger log = LoggerFactory.getLogger(ShardLocks.class);

    private static final int BOT = 0x434d_4254;    // "CMBT": the bot as a whole (every shard)
    private static final int SHARD = 0x434d_5348;  // "CMSH": one shard
    private static final int TOTAL = 0x434d_5454;  // "CMTT": a shard total in use
    private static final int WHOLE = 0;

    /** Between attempts to take the shards while another process still holds them. */
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final DataSource database;
    private final int total;
    private final List<Integer> held;
    private final Duration wait;
    private Connection session;

    /**
     * @param total the shard total, 0 when Discord recommends it
     * @param held the shards of this process; empty for every shard
     * @param wait how long to keep trying while another process holds them
     */
    public ShardLocks(DataSource database, int total, List<Integer> held, Duration wait) {
        this.database = database;
        this.total = total;
        this.held = List.copyOf(held);
        this.wait = wait;
    }

    /** Another process holds what this one needs. */
    static final class Refused extends IllegalStateException {
        Refused(String reason) {
            super("Cannot start: " + reason + ".");
        }
    }

    @Override
    public String name() {
        return "shard locks";
    }

    @Override
    public void start() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                session = database.getConnection();
                keepAlive(session);
                lockAll();
                log.info("This process runs {} on this database; no other process of the bot may run them",
                        held.isEmpty() ? "every shard" : "shards " + held + " of " + total);
                return;
            } catch (Refused refused) {
                stop(); // what this attempt took
                if (System.nanoTime() - deadline >= 0) {
                    throw refused;
                }
                if (attempt == 1) {
                    log.warn("{} Waiting up to {} s for the other process to stop.", refused.getMessage(), wait.toSeconds());
                }
                Thread.sleep(RETRY.toMillis());
            } catch (SQLException | RuntimeException e) {
                stop();
                throw e;
            }
        }
    }

    /** The session idles for days; keepalives make a vanished machine's locks go within about a minute. */
    private static void keepAlive(Connection session) throws SQLException {
        session.setAutoCommit(true); // idle, never idle in a transaction
        try (Statement statement = session.createStatement()) {
            statement.execute("SET tcp_keepalives_idle = 30");
            statement.execute("SET tcp_keepalives_interval = 10");
            statement.execute("SET tcp_keepalives_count = 3");
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
        tryLock(TOTAL, total, true); // shared, never refused: only seen by the others' check below
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
            throw new Refused(otherwise);
        }
    }

    private static void abort(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException e) {
            log.warn("Could not close the shard locks' session: {}", e.getMessage());
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
            log.warn("Could not release the shard locks ({}); closing their session instead", e.getMessage());
            abort(session); // a pooled session must not go back to the pool holding them
        } finally {
            session = null;
        }
    }
}
