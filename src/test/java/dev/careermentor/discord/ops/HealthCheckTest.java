package dev.careermentor.discord.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The verdict of {@code /health}: shards connected and a database that answers, in bounded time. */
class HealthCheckTest {

    private final DataSource database = mock(DataSource.class);
    private final Connection connection = mock(Connection.class);
    private final CountDownLatch poolFreed = new CountDownLatch(1);

    @AfterEach
    void freePool() {
        poolFreed.countDown();
    }

    @Test
    void upWhenEveryShardIsConnectedAndTheDatabaseAnswers() throws SQLException {
        when(database.getConnection()).thenReturn(connection);
        when(connection.isValid(anyInt())).thenReturn(true);

        HealthCheck.Health health = check(Map.of(0, true, 1, true));

        assertThat(health.up()).isTrue();
        assertThat(health.json()).isEqualTo(
                "{\"status\":\"UP\",\"database\":\"UP\",\"shards\":{\"0\":\"CONNECTED\",\"1\":\"CONNECTED\"}}");
    }

    @Test
    void downWhileAShardIsDisconnectedOrNoneHasConnectedYet() throws SQLException {
        when(database.getConnection()).thenReturn(connection);
        when(connection.isValid(anyInt())).thenReturn(true);

        assertThat(check(Map.of(0, true, 1, false)).up()).isFalse();
        assertThat(check(Map.of()).up()).isFalse();
    }

    @Test
    void downWhenTheDatabaseRefuses() throws SQLException {
        when(database.getConnection()).thenThrow(new SQLException("Connection refused"));

        HealthCheck.Health health = check(Map.of(0, true));

        assertThat(health.up()).isFalse();
        assertThat(health.database()).isFalse();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // unbounded, the check would wait for a pool that never frees up
    void aPoolThatHandsOutNoConnectionIsReportedDownInsteadOfHoldingTheRequest() throws SQLException {
        when(database.getConnection()).thenAnswer(invocation -> {
            poolFreed.await(); // every connection is taken, as under a flood of work
            return connection;
        });
        HealthCheck health = new HealthCheck(() -> new TreeMap<>(Map.of(0, true)), database);

        assertThat(health.check().database()).isFalse();
        assertThat(health.check().database()).as("a second check while the first probe still waits").isFalse();
        verify(database, times(1).description("one probe at a time, not one more per check")).getConnection();
    }

    private HealthCheck.Health check(Map<Integer, Boolean> shards) {
        return new HealthCheck(() -> new TreeMap<>(shards), database).check();
    }
}
