package dev.careermentor.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careermentor.store.Database;
import java.util.ArrayList;
import java.util.List;
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

    private Database database;
    private final List<ShardLocks> running = new ArrayList<>();

    @BeforeEach
    void connect() {
        database = Database.postgresql(System.getenv("MENTOR_TEST_POSTGRES_URL"), System.getenv("MENTOR_TEST_POSTGRES_USER"),
                System.getenv("MENTOR_TEST_POSTGRES_PASSWORD"));
    }

    @AfterEach
    void stopAll() {
        running.forEach(ShardLocks::stop);
        database.close();
    }

    @Test
    void processesWithDifferentShardsOfTheSameTotalRunSideBySide() throws Exception {
        start(4, List.of(0, 1));
        start(4, List.of(2, 3));

        assertThat(running).hasSize(2);
    }

    @Test
    void aShardAlreadyRunElsewhereIsRefusedByNumberUntilThatProcessStops() throws Exception {
        ShardLocks first = start(4, List.of(0, 1));

        assertThatThrownBy(() -> start(4, List.of(1, 2))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shard 1 is already run by another process").hasMessageContaining("DISCORD_SHARDS");
        first.stop();
        running.remove(first);

        start(4, List.of(1, 2));
        start(4, List.of(0)).stop(); // the refused start released what it had taken (shard 2 was never its)
    }

    @Test
    void aProcessWithEveryShardRunsAlone() throws Exception {
        ShardLocks everything = start(0, List.of());

        assertThatThrownBy(() -> start(4, List.of(0))).hasMessageContaining("runs every shard");
        assertThatThrownBy(() -> start(0, List.of())).hasMessageContaining("already running on this database");
        everything.stop();
        running.remove(everything);
        start(4, List.of(0));
        assertThatThrownBy(() -> start(0, List.of())).hasMessageContaining("already running on this database");
    }

    @Test
    void processesThatCountShardsDifferentlyAreRefused() throws Exception {
        start(4, List.of(0));

        assertThatThrownBy(() -> start(8, List.of(5))).hasMessageContaining("counts [4] shards, this one 8")
                .hasMessageContaining("DISCORD_SHARD_TOTAL");
    }

    private ShardLocks start(int total, List<Integer> held) throws Exception {
        ShardLocks locks = new ShardLocks(database.dataSource(), total, held);
        locks.start();
        running.add(locks);
        return locks;
    }
}
