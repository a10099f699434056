package dev.careermentor.studygroup.store;

import dev.careermentor.store.Database;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The month-champion announcements: one row per group and month, claimed under that unique key
 * before anything is sent, like a daily post. Whoever inserts the row announces; nobody else does.
 */
public final class ChampionRepository {

    public enum Status { CLAIMED, SENT, EMPTY, FAILED }

    private final Database database;
    private final Clock clock;

    public ChampionRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Claims the announcement of a group's month: true only for the one caller that inserted the row. */
    public boolean claim(long groupId, YearMonth month, String claimant) {
        return database.jdbi().withHandle(h -> h.createUpdate("""
                        INSERT INTO month_champions (group_id, month, status, claimed_by, claimed_at)
                        VALUES (:g, :m, 'CLAIMED', :by, :now) ON CONFLICT (group_id, month) DO NOTHING""")
                .bind("g", groupId).bind("m", month.toString()).bind("by", claimant).bind("now", clock.millis())
                .execute()) == 1;
    }

    public void finish(long groupId, YearMonth month, Status status) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "UPDATE month_champions SET status = :s, sent_at = :now WHERE group_id = :g AND month = :m")
                .bind("g", groupId).bind("m", month.toString()).bind("s", status.name()).bind("now", clock.millis())
                .execute());
    }

    /** Gives a claim up after a transient failure, so the next attempt can claim it again. */
    public void release(long groupId, YearMonth month) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "DELETE FROM month_champions WHERE group_id = :g AND month = :m AND status = 'CLAIMED'")
                .bind("g", groupId).bind("m", month.toString()).execute());
    }

    public Optional<Status> status(long groupId, YearMonth month) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT status FROM month_champions WHERE group_id = :g AND month = :m")
                .bind("g", groupId).bind("m", month.toString()).mapTo(String.class).findOne().map(Status::valueOf));
    }
}
