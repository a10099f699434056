package dev.careermentor.discord.ops;

import dev.careermentor.store.Database;
import java.sql.Connection;
import java.util.SortedMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Whether this process can do its work: every shard it holds is connected to Discord and the
 * database answers. A process with no shard connected yet (still starting) is not healthy.
 */
public final class HealthCheck {

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
    private final Database database;

    /** @param shards each shard of this process and whether it is connected */
    public HealthCheck(Supplier<? extends SortedMap<Integer, Boolean>> shards, Database database) {
        this.shards = shards;
        this.database = database;
    }

    public Health check() {
        SortedMap<Integer, Boolean> connected = new java.util.TreeMap<>(shards.get());
        boolean databaseUp = databaseAnswers();
        boolean up = databaseUp && !connected.isEmpty() && connected.values().stream().allMatch(Boolean::booleanValue);
        return new Health(up, connected, databaseUp);
    }

    private boolean databaseAnswers() {
        try (Connection connection = database.dataSource().getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
