package dev.careermentor.studygroup.store;

import dev.careermentor.store.Database;
import dev.careermentor.store.Ids;
import dev.careermentor.studygroup.model.Attempt;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Every answer members gave, to daily posts and to /practice: the days they practised and how it went. */
public final class AttemptRepository {

    private static final String COLUMNS = "user_id, challenge_id, topic, correct, origin, answered_at";
    private static final RowMapper<Attempt> ATTEMPT = ConstructorMapper.of(Attempt.class);

    private final Database database;

    public AttemptRepository(Database database) {
        this.database = database;
    }

    public void record(Attempt attempt) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO practice_attempt (id, user_id, challenge_id, topic, correct, origin, answered_at)
                        VALUES (:id, :u, :c, :topic, :correct, :origin, :at)""")
                .bind("id", Ids.next()).bind("u", attempt.userId()).bind("c", attempt.challengeId())
                .bind("topic", attempt.topic()).bind("correct", attempt.correct()).bind("origin", attempt.origin().name())
                .bind("at", attempt.answeredAt()).execute());
    }

    /** The member's answers since a moment, oldest first. */
    public List<Attempt> since(long userId, Instant since) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM practice_attempt WHERE user_id = :u AND answered_at >= :since ORDER BY answered_at")
                .bind("u", userId).bind("since", since.toEpochMilli()).map(ATTEMPT).list());
    }
}
