package dev.careermentor.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database: SQLite in a file by default (zero set-up), PostgreSQL when one machine is outgrown.
 * The schema is created and upgraded by Flyway migrations ({@code db/migration/common}, plus
 * {@code db/migration/sqlite} or {@code db/migration/postgresql}) at start-up; the
 * SQL is kept portable so both run the same migrations and queries.
 */
public final class Database {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** The engines the portable SQL is written for. */
    public enum Engine { SQLITE, POSTGRESQL }

    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final Engine engine;

    private Database(DataSource dataSource, Engine engine) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.engine = engine;
        // The portable schema keeps dates, times of day and zones as ISO text; row mappers read them back.
        jdbi.registerColumnMapper(LocalDate.class, (rs, column, ctx) -> text(rs, column, LocalDate::parse));
        jdbi.registerColumnMapper(LocalTime.class, (rs, column, ctx) -> text(rs, column, LocalTime::parse));
        jdbi.registerColumnMapper(ZoneId.class, (rs, column, ctx) -> text(rs, column, ZoneId::of));
    }

    /**
     * An SQLite file in WAL mode (readers never block the writer). Write transactions start
     * IMMEDIATE, so two processes on one file queue on the lock (busy timeout) instead of failing
     * when a read transaction tries to upgrade.
     */
    public static Database sqlite(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory for " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(15_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        // Pooled: opening an SQLite connection re-reads the schema and re-applies the pragmas.
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(sqlite);
        pool.setMaximumPoolSize(8);
        pool.setMinimumIdle(1);
        pool.setPoolName("career-mentor-sqlite");
        return migrated(new Database(new HikariDataSource(pool), Engine.SQLITE));
    }

    /** PostgreSQL through a small connection pool (opening a connection costs a round trip and authentication). */
    public static Database postgresql(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(12);
        config.setMinimumIdle(1);
        config.setPoolName("career-mentor");
        return migrated(new Database(new HikariDataSource(config), Engine.POSTGRESQL));
    }

    /** {@code jdbc:postgresql:...} opens PostgreSQL; anything else, or nothing, the SQLite file. */
    public static Database open(String url, String user, String password, Path defaultSqliteFile) {
        if (url == null) {
            return sqlite(defaultSqliteFile);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return postgresql(url, user, password);
        }
        if (url.startsWith("jdbc:sqlite:")) {
            return sqlite(Path.of(url.substring("jdbc:sqlite:".length())));
        }
        throw new IllegalArgumentException("MENTOR_DATABASE_URL must be jdbc:sqlite:FILE or jdbc:postgresql://..., not " + url);
    }

    private static Database migrated(Database database) {
        // Shared, portable migrations, plus the few that differ by engine (db-scheduler's table).
        var result = Flyway.configure()
                .dataSource(database.dataSource)
                .locations("classpath:db/migration/common",
                        "classpath:db/migration/" + database.engine.name().toLowerCase(java.util.Locale.ROOT))
                .load()
                .migrate();
        log.info("Database ({}) at schema version {}", database.engine, result.targetSchemaVersion == null
                ? "current" : result.targetSchemaVersion);
        return database;
    }

    private static <T> T text(ResultSet rs, int column, Function<String, T> parse) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : parse.apply(value);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Engine engine() {
        return engine;
    }

    /** Closes the connection pool. */
    public void close() {
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                log.warn("Closing the database: {}", e.toString());
            }
        }
    }
}
