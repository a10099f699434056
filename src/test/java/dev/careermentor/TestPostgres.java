package dev.careermentor;

import dev.careermentor.store.Database;

/**
 * The PostgreSQL server the tests run against where one is given (.ci/run starts it:
 * MENTOR_TEST_POSTGRES_URL, _USER, _PASSWORD); the tests that need it are enabled by that variable.
 */
public final class TestPostgres {

    private TestPostgres() {
    }

    /** A pooled, migrated database on the test server. */
    public static Database connect() {
        return Database.postgresql(System.getenv("MENTOR_TEST_POSTGRES_URL"), System.getenv("MENTOR_TEST_POSTGRES_USER"),
                System.getenv("MENTOR_TEST_POSTGRES_PASSWORD"));
    }

    /** Drops every table, so that the next {@link #connect()} migrates an empty database. */
    public static void wipe() {
        Database database = connect();
        database.jdbi().useHandle(h -> h.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public"));
        database.close();
    }
}
