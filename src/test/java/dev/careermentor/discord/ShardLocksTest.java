package dev.careermentor.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careermentor.TestPostgres;
import dev.careermentor.store.Database;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * No two processes run the same shard on one PostgreSQL database: each "process" here is a set of
 * shard locks on a session of its own (.ci/run starts the server: MENTOR_TEST_POSTGRES_URL, _USER, _PASSWORD).
 */
@EnabledIfEnvironmentVariable(named = "MENTOR_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class ShardLocksTest {

    private static final Duration NO_WAIT = Duration.ZERO;

    private Database database;
    private final List<ShardLocks> running = new ArrayList<>();

    @BeforeEach
    void connect() {
        database = TestPostgres.connect();
    }

    @AfterEach
    void stopAll() {
        running.forEach(ShardLocks::stop);
        assertThat(advisoryLocks()).as("every lock released once the processes stopped").isZero();
        database.close();
    }

    @Test
    void processesWithDifferentShardsOfTheSameTotalRunSideBySide() throws Exception {
        start(4, List.of(0, 1), NO_WAIT);
        start(4, List.of(2, 3), NO_WAIT);

        assertThat(running).hasSize(2);
        assertThat(advisoryLocks()).isPositive();
    }

    @Test
    void aShardAlreadyRunElsewhereIsRefusedByNumberAndTheRefusedProcessKeepsNothing() throws Exception {
        start(4, List.of(0, 1), NO_WAIT);

        // shard 2 is taken before shard 1 is refused: the refused process must let go of it
        assertThatThrownBy(() -> start(4, List.of(2, 1), NO_WAIT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shard 1 is already run by another process").hasMessageContaining("DISCORD_SHARDS");
        start(4, List.of(2), NO_WAIT);
    }

    @Test
    void aProcessWaitsForItsShardsWhileTheProcessItReplacesStops() throws Exception {
        ShardLocks old = start(4, List.of(0), NO_WAIT);

        CompletableFuture<ShardLocks> replacement = CompletableFuture.supplyAsync(() -> {
            try {
                return start(4, List.of(0), Duration.ofSeconds(30));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        assertThat(replacement).as("still waiting while the old process holds shard 0").isNotDone();
        old.stop();

        assertThat(replacement.get(20, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void aProcessWithEveryShardRunsAlone() throws Exception {
        ShardLocks everything = start(0, List.of(), NO_WAIT);

        assertThatThrownBy(() -> start(4, List.of(0), NO_WAIT)).hasMessageContaining("runs every shard");
        assertThatThrownBy(() -> start(0, List.of(), NO_WAIT)).hasMessageContaining("already running on this database");
        everything.stop();
        start(4, List.of(0), NO_WAIT);
        assertThatThrownBy(() -> start(0, List.of(), NO_WAIT)).hasMessageContaining("already running on this database");
    }

    @Test
    void processesThatCountShardsDifferentlyAreRefused() throws Exception {
        start(4, List.of(0), NO_WAIT);

        assertThatThrownBy(() -> start(8, List.of(5), NO_WAIT)).hasMessageContaining("counts [4] shards, this one 8")
                .hasMessageContaining("DISCORD_SHARD_TOTAL");
    }

    private ShardLocks start(int total, List<Integer> held, Duration wait) throws Exception {
        ShardLocks locks = new ShardLocks(database.dataSource(), total, held, wait);
        locks.start();
        synchronized (running) {
            running.add(locks);
        }
        return locks;
    }

    /** Two-key advisory locks held in this database by anyone. */
    private long advisoryLocks() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                + "AND objsubid = 2 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
                .mapTo(Long.class).one());
    }
}
