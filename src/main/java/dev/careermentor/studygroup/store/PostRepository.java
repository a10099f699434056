package dev.careermentor.studygroup.store;

import dev.careermentor.practice.Challenge;
import dev.careermentor.store.Database;
import dev.careermentor.store.Ids;
import dev.careermentor.studygroup.model.Answer;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.Score;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Daily posts and the answers to them. A post row is claimed (inserted under the unique key
 * group + local date) before anything is sent, which is what makes posting exactly-once.
 */
public final class PostRepository {

    private static final String COLUMNS = "id, group_id, local_date AS date, challenge_id, status, claimed_by, claimed_at, "
            + "message_id, sent_at, late, attempts, retry_at, reminded_at";
    private static final String ANSWER_COLUMNS = "post_id, user_id, answer, correct, points, hints_used";
    private static final String INSERT_CLAIM = """
            INSERT INTO challenge_post (id, group_id, local_date, challenge_id, status, claimed_by, claimed_at, late, attempts)
            VALUES (:id, :group, :date, :challenge, 'CLAIMED', :by, :now, :late, 0)
            ON CONFLICT (group_id, local_date) DO NOTHING""";

    private static final RowMapper<Post> POST = ConstructorMapper.of(Post.class);
    private static final RowMapper<Answer> ANSWER = ConstructorMapper.of(Answer.class);
    private static final RowMapper<Score> SCORE = ConstructorMapper.of(Score.class);
    private static final RowMapper<ChallengeCount> CHALLENGE_COUNT = ConstructorMapper.of(ChallengeCount.class);
    private static final RowMapper<LatestChallenge> LATEST_CHALLENGE = ConstructorMapper.of(LatestChallenge.class);

    private final Database database;
    private final Clock clock;
    private final ShardScope scope;

    public PostRepository(Database database, Clock clock) {
        this(database, clock, ShardScope.all());
    }

    /** @param scope whose unfinished claims {@link #unfinished} returns */
    public PostRepository(Database database, Clock clock, ShardScope scope) {
        this.database = database;
        this.clock = clock;
        this.scope = scope;
    }

    /** A post to claim: the group's challenge of a local date, as the dispatcher chose it. */
    public record NewClaim(long id, long groupId, LocalDate date, Challenge challenge, boolean late) {
        /** The row as {@link #claimAll} wrote it, without reading it back. */
        public Post asPost(String claimant, long claimedAt) {
            return new Post(id, groupId, date, challenge.id(), Post.Status.CLAIMED, claimant, claimedAt, null, null, late,
                    0, null, null);
        }
    }

    /** The result of a claim: the row is ours ({@code fresh}), or another claim got there first. */
    public record Claim(Post post, boolean fresh) {
    }

    /** How often a group got a challenge. */
    private record ChallengeCount(long groupId, String challengeId, int times) {
    }

    /** A group's most recent challenge. */
    private record LatestChallenge(long groupId, String challengeId) {
    }

    /** Inserts the post of a group's local date unless one exists; returns whichever row holds the key. */
    public Claim claim(long groupId, LocalDate date, String challengeId, String claimant, boolean late) {
        long id = Ids.next();
        long now = clock.millis();
        int inserted = database.jdbi().withHandle(h -> h.createUpdate(INSERT_CLAIM)
                .bind("id", id).bind("group", groupId).bind("date", date.toString()).bind("challenge", challengeId)
                .bind("by", claimant).bind("now", now).bind("late", late).execute());
        Post post = forDate(groupId, date).orElseThrow(() -> new IllegalStateException("claimed post vanished"));
        return new Claim(post, inserted == 1 && post.id() == id);
    }

    /** Claims many posts in one batch, inside the caller's transaction; returns which claims are new. */
    public boolean[] claimAll(Handle handle, List<NewClaim> claims, String claimant, long now) {
        if (claims.isEmpty()) {
            return new boolean[0];
        }
        var batch = handle.prepareBatch(INSERT_CLAIM);
        for (NewClaim claim : claims) {
            batch.bind("id", claim.id()).bind("group", claim.groupId()).bind("date", claim.date().toString())
                    .bind("challenge", claim.challenge().id()).bind("by", claimant).bind("now", now)
                    .bind("late", claim.late()).add();
        }
        int[] counts = batch.execute();
        boolean[] fresh = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            fresh[i] = counts[i] == 1;
        }
        return fresh;
    }

    /**
     * Records another challenge on a claim that is not sent yet (its own challenge left the bank), so
     * the row always names the challenge that is posted.
     */
    public boolean rechoose(long postId, String challengeId) {
        return database.jdbi().withHandle(h -> h.createUpdate(
                        "UPDATE challenge_post SET challenge_id = :challenge WHERE id = :id AND status = 'CLAIMED'")
                .bind("id", postId).bind("challenge", challengeId).execute()) == 1;
    }

    /** Records a failed delivery: tried again at {@code retryAt} by whoever holds the claim then. */
    public void scheduleRetry(long postId, int attempts, Instant retryAt) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "UPDATE challenge_post SET attempts = :attempts, retry_at = :retry WHERE id = :id AND status = 'CLAIMED'")
                .bind("id", postId).bind("attempts", attempts).bind("retry", retryAt.toEpochMilli()).execute());
    }

    /**
     * Claimed posts in this process's scope to try again: a retry that is due, or a claim whose
     * sender stopped (its lease ran out).
     */
    public List<Post> unfinished(Instant now, long leaseMillis, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM challenge_post WHERE status = 'CLAIMED'
                        AND ((retry_at IS NOT NULL AND retry_at <= :now) OR (retry_at IS NULL AND claimed_at <= :stale))"""
                        + scope.sqlConditionOnGroup("group_id") + " ORDER BY claimed_at LIMIT :limit")
                .bind("now", now.toEpochMilli()).bind("stale", now.toEpochMilli() - leaseMillis).bind("limit", limit)
                .map(POST).list());
    }

    /** Each group's latest post (whose answer the next post reveals), in one query. */
    public Map<Long, String> latestChallenges(Collection<Long> groupIds) {
        Map<Long, String> latest = new HashMap<>();
        if (groupIds.isEmpty()) {
            return latest;
        }
        database.jdbi().useHandle(h -> h.createQuery("""
                        SELECT p.group_id, p.challenge_id FROM challenge_post p
                        JOIN (SELECT group_id, MAX(local_date) AS d FROM challenge_post
                              WHERE group_id IN (<groups>) GROUP BY group_id) last
                          ON last.group_id = p.group_id AND last.d = p.local_date""")
                .bindList("groups", List.copyOf(groupIds))
                .map(LATEST_CHALLENGE)
                .forEach(row -> latest.put(row.groupId(), row.challengeId())));
        return latest;
    }

    /** How often each challenge was posted to each of the groups (for the rotation), in one query. */
    public Map<Long, Map<String, Integer>> usage(Collection<Long> groupIds) {
        Map<Long, Map<String, Integer>> usage = new HashMap<>();
        if (groupIds.isEmpty()) {
            return usage;
        }
        database.jdbi().useHandle(h -> h.createQuery("""
                        SELECT group_id, challenge_id, COUNT(*) AS times FROM challenge_post
                        WHERE group_id IN (<groups>) GROUP BY group_id, challenge_id""")
                .bindList("groups", List.copyOf(groupIds))
                .map(CHALLENGE_COUNT)
                .forEach(row -> usage.computeIfAbsent(row.groupId(), g -> new HashMap<>()).put(row.challengeId(), row.times())));
        return usage;
    }

    /** How often each challenge was posted to the group (for the rotation). */
    public Map<String, Integer> usage(long groupId) {
        return usage(List.of(groupId)).getOrDefault(groupId, Map.of());
    }

    /**
     * Takes over a claim that was not finished (its claimant crashed): succeeds only if nobody else
     * changed it since it was read.
     */
    public boolean takeOver(Post stale, String claimant) {
        return database.jdbi().withHandle(h -> h.createUpdate("""
                        UPDATE challenge_post SET claimed_by = :by, claimed_at = :now, retry_at = NULL
                        WHERE id = :id AND status = 'CLAIMED' AND claimed_by = :oldBy AND claimed_at = :oldAt""")
                .bind("by", claimant).bind("now", clock.millis()).bind("id", stale.id())
                .bind("oldBy", stale.claimedBy()).bind("oldAt", stale.claimedAt()).execute()) == 1;
    }

    /**
     * Renews claims this sender still holds: their lease runs from now. Returns how many it still
     * holds (a claim taken over by another sender, or sent, is not touched).
     */
    public int hold(Collection<Long> postIds, String claimant) {
        if (postIds.isEmpty()) {
            return 0;
        }
        return database.jdbi().withHandle(h -> h.createUpdate("""
                        UPDATE challenge_post SET claimed_at = :now
                        WHERE id IN (<ids>) AND status = 'CLAIMED' AND claimed_by = :by""")
                .bindList("ids", List.copyOf(postIds)).bind("by", claimant).bind("now", clock.millis()).execute());
    }

    public void markSent(long postId, Long messageId) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "UPDATE challenge_post SET status = 'SENT', message_id = :msg, sent_at = :now, retry_at = NULL WHERE id = :id")
                .bind("id", postId).bind("msg", messageId).bind("now", clock.millis()).execute());
    }

    /** Removes a claim whose post could not be sent at all, so that a later attempt may claim again. */
    public void release(long postId) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM challenge_post WHERE id = :id AND status = 'CLAIMED' "
                        + "AND NOT EXISTS (SELECT 1 FROM challenge_answer WHERE post_id = :id)")
                .bind("id", postId).execute());
    }

    /** Marks the channel reminder of a post as sent; false if it already was (at most once). */
    public boolean claimReminder(long postId) {
        return database.jdbi().withHandle(h -> h.createUpdate(
                        "UPDATE challenge_post SET reminded_at = :now WHERE id = :id AND reminded_at IS NULL")
                .bind("id", postId).bind("now", clock.millis()).execute()) == 1;
    }

    public Optional<Post> find(long postId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM challenge_post WHERE id = :id")
                .bind("id", postId).map(POST).findOne());
    }

    public Optional<Post> forDate(long groupId, LocalDate date) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM challenge_post WHERE group_id = :g AND local_date = :d")
                .bind("g", groupId).bind("d", date.toString()).map(POST).findOne());
    }

    /** The group's posts, newest first. */
    public List<Post> recent(long groupId, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM challenge_post WHERE group_id = :g ORDER BY local_date DESC LIMIT :limit")
                .bind("g", groupId).bind("limit", limit).map(POST).list());
    }

    // --- answers ---

    /** Stores the member's answer unless they already answered; returns the answer that counts. */
    public Answer answer(Answer answer) {
        return database.jdbi().inTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO challenge_answer (post_id, user_id, answer, correct, points, hints_used, answered_at)
                            VALUES (:post, :user, :answer, :correct, :points, :hints, :now)
                            ON CONFLICT (post_id, user_id) DO NOTHING""")
                    .bind("post", answer.postId()).bind("user", answer.userId()).bind("answer", answer.answer())
                    .bind("correct", answer.correct()).bind("points", answer.points()).bind("hints", answer.hintsUsed())
                    .bind("now", clock.millis()).execute();
            return findAnswer(h, answer.postId(), answer.userId()).orElseThrow();
        });
    }

    public Optional<Answer> answerOf(long postId, long userId) {
        return database.jdbi().withHandle(h -> findAnswer(h, postId, userId));
    }

    private static Optional<Answer> findAnswer(Handle handle, long postId, long userId) {
        return handle.createQuery("SELECT " + ANSWER_COLUMNS + " FROM challenge_answer WHERE post_id = :post AND user_id = :user")
                .bind("post", postId).bind("user", userId).map(ANSWER).findOne();
    }

    public int answerCount(long postId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM challenge_answer WHERE post_id = :p")
                .bind("p", postId).mapTo(Integer.class).one());
    }

    /** The local dates (newest first) of the group's posts the member answered. */
    public List<LocalDate> answeredDates(long groupId, long userId) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT p.local_date FROM challenge_answer a JOIN challenge_post p ON p.id = a.post_id
                        WHERE p.group_id = :g AND a.user_id = :u ORDER BY p.local_date DESC""")
                .bind("g", groupId).bind("u", userId).mapTo(LocalDate.class).list());
    }

    /** Every post date of the group, newest first. */
    public List<LocalDate> postDates(long groupId) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT local_date FROM challenge_post WHERE group_id = :g ORDER BY local_date DESC")
                .bind("g", groupId).mapTo(LocalDate.class).list());
    }

    /** Points per member for posts on or after a local date, best first. */
    public List<Score> leaderboard(long groupId, LocalDate since, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT a.user_id, SUM(a.points) AS points, COUNT(*) AS answers,
                               SUM(CASE WHEN a.correct THEN 1 ELSE 0 END) AS correct
                        FROM challenge_answer a JOIN challenge_post p ON p.id = a.post_id
                        WHERE p.group_id = :g AND p.local_date >= :since
                        GROUP BY a.user_id ORDER BY points DESC, correct DESC, a.user_id ASC LIMIT :limit""")
                .bind("g", groupId).bind("since", since.toString()).bind("limit", limit)
                .map(SCORE).list());
    }

    /** Points per member for posts from {@code from} to {@code to} (local dates, both included), best first. */
    public List<Score> leaderboard(long groupId, LocalDate from, LocalDate to, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT a.user_id, SUM(a.points) AS points, COUNT(*) AS answers,
                               SUM(CASE WHEN a.correct THEN 1 ELSE 0 END) AS correct
                        FROM challenge_answer a JOIN challenge_post p ON p.id = a.post_id
                        WHERE p.group_id = :g AND p.local_date >= :from AND p.local_date <= :to
                        GROUP BY a.user_id ORDER BY points DESC, correct DESC, a.user_id ASC LIMIT :limit""")
                .bind("g", groupId).bind("from", from.toString()).bind("to", to.toString()).bind("limit", limit)
                .map(SCORE).list());
    }

    /** One member's answer to the post of one local date, for the group's month picture. */
    public record DayAnswer(long userId, LocalDate date, boolean correct, int points) {
    }

    private static final RowMapper<DayAnswer> DAY_ANSWER = ConstructorMapper.of(DayAnswer.class);

    /** Every answer to the group's posts from {@code from} to {@code to} (local dates, both included). */
    public List<DayAnswer> dayAnswers(long groupId, LocalDate from, LocalDate to) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT a.user_id, p.local_date AS date, a.correct, a.points
                        FROM challenge_answer a JOIN challenge_post p ON p.id = a.post_id
                        WHERE p.group_id = :g AND p.local_date >= :from AND p.local_date <= :to""")
                .bind("g", groupId).bind("from", from.toString()).bind("to", to.toString())
                .map(DAY_ANSWER).list());
    }

    /** The local dates from {@code from} to {@code to} on which the group had a post. */
    public List<LocalDate> postDates(long groupId, LocalDate from, LocalDate to) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT local_date FROM challenge_post WHERE group_id = :g AND local_date >= :from AND local_date <= :to
                        ORDER BY local_date""")
                .bind("g", groupId).bind("from", from.toString()).bind("to", to.toString())
                .mapTo(LocalDate.class).list());
    }
}
