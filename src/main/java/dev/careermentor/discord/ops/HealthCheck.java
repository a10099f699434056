package dev.careermentor.discord.ops;

import java.sql.Connection;
import java.time.Duration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Whether this process can do its work: every shard it holds is connected to Discord and the
 * database answers. A process with no shard connected yet (still starting) is not healthy.
 */
public final class HealthCheck {

    /**
     * How long the database has to hand out a connection and answer. An orchestrator's probe gives up
     * after a few seconds, and a pool that cannot hand out a connection this fast cannot serve members
     * either; without a bound, a busy pool would hold the request for its own 30 s connection timeout.
     */
    static final Duration DATABASE_WAIT = Duration.ofSeconds(2);

    /** The verdict and what it rests on. */
    public record Health(boolean up, SortedMap<Integer, Boolean> shards, boolean database) {
        /** {@code {"status":"UP","database":"UP","shards":{"0":"CONNECTED"}}} */
        public String json() {
            String shardStates = shards.entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\":\"" + (e.getValue() ? "CONNECTED" : "DISCONNECTED") + "\"")
                    .collect(Collectors.joining(","));
            return "{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"database\":\"" + (database ? "UP" : "DOWN")
                    + "\",\"shards\":{" + shardStates + "}}";
        }
    }

    private final Supplier<? extends SortedMap<Integer, Boolean>> shards;
    private final DataSource database;
    /** One probe at a time: while a slow one is still waiting for the pool, later checks wait on it too. */
    private final ExecutorService prober = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            runnable -> {
                Thread thread = new Thread(runnable, "health-database-probe");
                thread.setDaemon(true);
                return thread;
            });
    private Future<Boolean> probe;

    /** @param shards each shard of this process and whether it is connected */
    public HealthCheck(Supplier<? extends SortedMap<Integer, Boolean>> shards, DataSource database) {
        this.shards = shards;
        this.database = database;
    }

    public Health check() {
        SortedMap<Integer, Boolean> connected = new TreeMap<>(shards.get());
        boolean databaseUp = databaseAnswers();
        boolean up = databaseUp && !connected.isEmpty() && connected.values().stream().allMatch(Boolean::booleanValue);
        return new Health(up, connected, databaseUp);
    }

    private boolean databaseAnswers() {
        try {
            return currentProbe().get(DATABASE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized Future<Boolean> currentProbe() {
        if (probe == null || probe.isDone()) {
            probe = prober.submit(this::connectionIsValid);
        }
        return probe;
    }

    private boolean connectionIsValid() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid((int) Math.max(1, DATABASE_WAIT.toSeconds())); // 0 would mean no limit
        } catch (Exception e) {
            return false;
        }
    }
}
