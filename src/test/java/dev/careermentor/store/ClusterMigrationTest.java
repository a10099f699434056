package dev.careermentor.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Bot processes of one cluster starting together on an empty PostgreSQL database: Flyway migrates
 * once, whichever starts first, and the others wait for its lock and find the schema current.
 */
@EnabledIfEnvironmentVariable(named = "MENTOR_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class ClusterMigrationTest {

    @Test
    void fourProcessesStartingAtOnceMigrateTheSchemaOnce() throws Exception {
        TestPostgres.wipe();

        ExecutorService starts = Executors.newFixedThreadPool(4);
        List<Future<Database>> databases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            databases.add(starts.submit((Callable<Database>) TestPostgres::connect));
        }
        List<Database> open = new ArrayList<>();
        for (Future<Database> database : databases) {
            open.add(database.get()); // each start succeeds
        }
        starts.shutdown();

        List<Map<String, Object>> history = open.get(0).jdbi().withHandle(h -> h.createQuery(
                "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")
                .mapToMap().list());
        List<Object> versions = history.stream().map(row -> row.get("version")).toList();
        assertThat(versions).doesNotHaveDuplicates().contains("1", "2", "3");
        assertThat(history).allSatisfy(row -> assertThat(row.get("success")).isEqualTo(true));
        open.forEach(Database::close);
    }
}
