package dev.careermentor.studygroup.store;

import dev.careermentor.store.Database;
import dev.careermentor.studygroup.model.ReviewState;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Members' spaced reviews: per member and challenge, the FSRS memory and when it is due. */
public final class ReviewRepository {

    private static final String COLUMNS = "user_id, challenge_id, topic, stability, difficulty, reps, lapses, "
            + "last_review_at, due_at, last_correct";
    /** By position, not by reflection: /practice and /progress read every review of a member each time. */
    private static final RowMapper<ReviewState> REVIEW = (rs, ctx) -> new ReviewState(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getDouble(4), rs.getDouble(5), rs.getInt(6), rs.getInt(7), rs.getLong(8), rs.getLong(9),
            rs.getBoolean(10));

    private final Database database;

    public ReviewRepository(Database database) {
        this.database = database;
    }

    public Optional<ReviewState> find(long userId, String challengeId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM practice_review WHERE user_id = :u AND challenge_id = :c")
                .bind("u", userId).bind("c", challengeId).map(REVIEW).findOne());
    }

    /**
     * Reads the member's memory of a challenge (empty if new), computes the next one, and stores it,
     * in one transaction, so two answers at once cannot lose one of them.
     */
    public ReviewState update(long userId, String challengeId, UnaryOperator<Optional<ReviewState>> next) {
        return database.jdbi().inTransaction(h -> {
            Optional<ReviewState> current = h.createQuery("SELECT " + COLUMNS
                            + " FROM practice_review WHERE user_id = :u AND challenge_id = :c")
                    .bind("u", userId).bind("c", challengeId).map(REVIEW).findOne();
            ReviewState state = next.apply(current).orElseThrow();
            h.createUpdate("""
                            INSERT INTO practice_review (user_id, challenge_id, topic, stability, difficulty, reps, lapses,
                                                         last_review_at, due_at, last_correct)
                            VALUES (:u, :c, :topic, :s, :d, :reps, :lapses, :last, :due, :correct)
                            ON CONFLICT (user_id, challenge_id) DO UPDATE SET topic = excluded.topic,
                                   stability = excluded.stability, difficulty = excluded.difficulty, reps = excluded.reps,
                                   lapses = excluded.lapses, last_review_at = excluded.last_review_at,
                                   due_at = excluded.due_at, last_correct = excluded.last_correct""")
                    .bind("u", state.userId()).bind("c", state.challengeId()).bind("topic", state.topic())
                    .bind("s", state.stability()).bind("d", state.difficulty()).bind("reps", state.reps())
                    .bind("lapses", state.lapses()).bind("last", state.lastReviewAt()).bind("due", state.dueAt())
                    .bind("correct", state.lastCorrect()).execute();
            return state;
        });
    }

    /** Everything the member has answered, with its schedule. */
    public List<ReviewState> of(long userId) {
        return database.jdbi().withHandle(h -> of(h, userId));
    }

    /** {@link #of(long)} on a handle the caller holds (to read more in one go). */
    public static List<ReviewState> of(Handle handle, long userId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM practice_review WHERE user_id = :u")
                .bind("u", userId).map(REVIEW).list();
    }

    /** The reviews of many members in one query (batch work, benchmarks). */
    public Map<Long, List<ReviewState>> of(Collection<Long> userIds) {
        Map<Long, List<ReviewState>> byUser = new HashMap<>();
        if (userIds.isEmpty()) {
            return byUser;
        }
        database.jdbi().useHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM practice_review WHERE user_id IN (<users>)")
                .bindList("users", List.copyOf(userIds)).map(REVIEW)
                .forEach(r -> byUser.computeIfAbsent(r.userId(), u -> new java.util.ArrayList<>()).add(r)));
        return byUser;
    }

    /** How many of the member's reviews are due. */
    public int dueCount(long userId, Instant now) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM practice_review WHERE user_id = :u AND due_at <= :now")
                .bind("u", userId).bind("now", now.toEpochMilli()).mapTo(Integer.class).one());
    }
}
