package dev.careermentor.questions;

import dev.careermentor.store.Database;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Votes on answers: one per member per answer (a new click replaces the old vote), plus an optional comment. */
public final class FeedbackRepository {

    private static final RowMapper<Entry> ENTRY = ConstructorMapper.of(Entry.class);

    private final Database database;
    private final Clock clock;

    public FeedbackRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public enum Vote {
        HELPFUL(1), UNHELPFUL(-1);

        final int value;

        Vote(int value) {
            this.value = value;
        }

        static Vote of(int value) {
            return value > 0 ? HELPFUL : UNHELPFUL;
        }
    }

    /** Records the vote; returns the member's previous vote on this answer, if any. */
    public Optional<Vote> vote(long answerId, long userId, Vote vote) {
        long now = clock.millis();
        return database.jdbi().inTransaction(h -> {
            Optional<Vote> previous = h.createQuery("SELECT vote FROM feedback WHERE answer_id = :a AND user_id = :u")
                    .bind("a", answerId).bind("u", userId).mapTo(Integer.class).findOne().map(Vote::of);
            h.createUpdate("""
                            INSERT INTO feedback (answer_id, user_id, vote, created_at, updated_at)
                            VALUES (:a, :u, :vote, :now, :now)
                            ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, updated_at = excluded.updated_at""")
                    .bind("a", answerId).bind("u", userId).bind("vote", vote.value).bind("now", now).execute();
            return previous;
        });
    }

    /** Stores what the member said was missing; a vote row is created if there was none. */
    public void comment(long answerId, long userId, String comment) {
        long now = clock.millis();
        database.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO feedback (answer_id, user_id, vote, comment, created_at, updated_at)
                        VALUES (:a, :u, -1, :comment, :now, :now)
                        ON CONFLICT (answer_id, user_id) DO UPDATE SET comment = excluded.comment, updated_at = excluded.updated_at""")
                .bind("a", answerId).bind("u", userId).bind("comment", comment).bind("now", now).execute());
    }

    public record Entry(int vote, String comment) {
    }

    public Optional<Entry> find(long answerId, long userId) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT vote, comment FROM feedback WHERE answer_id = :a AND user_id = :u")
                .bind("a", answerId).bind("u", userId)
                .map(ENTRY).findOne());
    }
}
