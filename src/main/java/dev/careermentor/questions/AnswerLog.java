package dev.careermentor.questions;

import dev.careermentor.store.Database;
import dev.careermentor.store.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Every question answered or refused: the basis of {@code /mentor stats} and of feedback. */
public final class AnswerLog {

    private static final RowMapper<AnswerCounts> ANSWER_COUNTS = ConstructorMapper.of(AnswerCounts.class);
    private static final RowMapper<FeedbackCounts> FEEDBACK_COUNTS = ConstructorMapper.of(FeedbackCounts.class);

    private final Database database;
    private final Clock clock;

    public AnswerLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Where a question was asked; ids are Discord snowflakes, {@code guildId} null in DMs and the console. */
    public record Asked(Long guildId, Long channelId, long userId, String question) {
    }

    /** Records an answer and returns its id (used in feedback buttons). */
    public long record(Asked asked, boolean refused, String reason, double confidence, List<String> citations) {
        long id = Ids.next();
        database.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO answer_log (id, guild_id, channel_id, user_id, question, refused, reason, confidence,
                                                citations, created_at)
                        VALUES (:id, :guild, :channel, :user, :question, :refused, :reason, :confidence, :citations, :now)""")
                .bind("id", id)
                .bind("guild", asked.guildId())
                .bind("channel", asked.channelId())
                .bind("user", asked.userId())
                .bind("question", asked.question())
                .bind("refused", refused)
                .bind("reason", reason)
                .bind("confidence", confidence)
                .bind("citations", String.join("\n", citations))
                .bind("now", clock.millis())
                .execute());
        return id;
    }

    public boolean exists(long answerId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM answer_log WHERE id = :id")
                .bind("id", answerId).mapTo(Integer.class).one()) > 0;
    }

    /** Questions answered and refused in a guild since a moment, with the feedback they got. */
    public record Stats(int answered, int refused, int helpful, int unhelpful, int comments) {
    }

    /** The answers half of {@link Stats}. */
    private record AnswerCounts(int answered, int refused) {
    }

    /** The feedback half of {@link Stats}. */
    private record FeedbackCounts(int up, int down, int comments) {
    }

    public Stats stats(Long guildId, Instant since) {
        return database.jdbi().withHandle(h -> {
            AnswerCounts answers = h.createQuery("""
                            SELECT COALESCE(SUM(CASE WHEN refused THEN 0 ELSE 1 END), 0) AS answered,
                                   COALESCE(SUM(CASE WHEN refused THEN 1 ELSE 0 END), 0) AS refused
                            FROM answer_log WHERE guild_id = :guild AND created_at >= :since""")
                    .bind("guild", guildId).bind("since", since.toEpochMilli())
                    .map(ANSWER_COUNTS).one();
            FeedbackCounts votes = h.createQuery("""
                            SELECT COALESCE(SUM(CASE WHEN f.vote > 0 THEN 1 ELSE 0 END), 0) AS up,
                                   COALESCE(SUM(CASE WHEN f.vote < 0 THEN 1 ELSE 0 END), 0) AS down,
                                   COALESCE(SUM(CASE WHEN f.comment IS NOT NULL THEN 1 ELSE 0 END), 0) AS comments
                            FROM feedback f JOIN answer_log a ON a.id = f.answer_id
                            WHERE a.guild_id = :guild AND a.created_at >= :since""")
                    .bind("guild", guildId).bind("since", since.toEpochMilli())
                    .map(FEEDBACK_COUNTS).one();
            return new Stats(answers.answered(), answers.refused(), votes.up(), votes.down(), votes.comments());
        });
    }

    /** A question the mentor answered, by the card it cited first ({@code topic/slug.md}). */
    public record Cited(long userId, String citation, long askedAt) {
    }

    /** The member's answered questions since a moment, newest first, by the card each cited first. */
    public List<Cited> citedBy(long userId, Instant since, int limit) {
        return database.jdbi().withHandle(h -> citedBy(h, userId, since, limit));
    }

    /** {@link #citedBy(long, Instant, int)} on a handle the caller holds (to read more in one go). */
    public static List<Cited> citedBy(org.jdbi.v3.core.Handle handle, long userId, Instant since, int limit) {
        return handle.createQuery("""
                        SELECT user_id, citations, created_at FROM answer_log
                        WHERE user_id = :u AND created_at >= :since AND refused = :no
                        ORDER BY created_at DESC LIMIT :limit""")
                .bind("u", userId).bind("since", since.toEpochMilli()).bind("no", false).bind("limit", limit)
                .map((rs, ctx) -> cited(rs.getLong("user_id"), rs.getString("citations"), rs.getLong("created_at")))
                .list().stream().filter(c -> !c.citation().isEmpty()).toList();
    }

    /** The database the log is kept in. */
    public Database database() {
        return database;
    }

    /** {@link #citedBy(long, Instant, int)} for many members in one query (batch work, benchmarks). */
    public java.util.Map<Long, List<Cited>> citedBy(java.util.Collection<Long> userIds, Instant since) {
        java.util.Map<Long, List<Cited>> byUser = new java.util.HashMap<>();
        if (userIds.isEmpty()) {
            return byUser;
        }
        database.jdbi().useHandle(h -> h.createQuery("""
                        SELECT user_id, citations, created_at FROM answer_log
                        WHERE user_id IN (<users>) AND created_at >= :since AND refused = :no
                        ORDER BY created_at DESC""")
                .bindList("users", List.copyOf(userIds)).bind("since", since.toEpochMilli()).bind("no", false)
                .map((rs, ctx) -> cited(rs.getLong("user_id"), rs.getString("citations"), rs.getLong("created_at")))
                .forEach(c -> {
                    if (!c.citation().isEmpty()) {
                        byUser.computeIfAbsent(c.userId(), u -> new java.util.ArrayList<>()).add(c);
                    }
                }));
        return byUser;
    }

    private static Cited cited(long userId, String citations, long askedAt) {
        String first = citations == null ? "" : citations.lines().findFirst().orElse("").strip();
        return new Cited(userId, first, askedAt);
    }

    /** A question the mentor refused, or one whose answer got a 👎 with a comment: raw material for knowledge gaps. */
    public record Missed(long answerId, String question, String reason, String comment, long askedAt) {
    }

    /**
     * Questions refused because the knowledge base does not cover them, and 👎 comments, since a
     * moment (in a guild, or everywhere when {@code guildId} is null), newest first.
     */
    public List<Missed> missedSince(Long guildId, Instant since, int limit) {
        String guild = guildId == null ? "" : " AND a.guild_id = :guild";
        return database.jdbi().withHandle(h -> {
            var refused = h.createQuery("SELECT a.id, a.question, a.reason, a.created_at FROM answer_log a "
                            + "WHERE a.refused = :yes AND a.reason = 'NOT_COVERED' AND a.created_at >= :since" + guild
                            + " ORDER BY a.created_at DESC LIMIT :limit")
                    .bind("yes", true).bind("since", since.toEpochMilli()).bind("limit", limit);
            var commented = h.createQuery("SELECT a.id, a.question, f.comment, f.updated_at FROM feedback f "
                            + "JOIN answer_log a ON a.id = f.answer_id WHERE f.vote < 0 AND f.comment IS NOT NULL "
                            + "AND f.updated_at >= :since" + guild + " ORDER BY f.updated_at DESC LIMIT :limit")
                    .bind("since", since.toEpochMilli()).bind("limit", limit);
            if (guildId != null) {
                refused.bind("guild", guildId);
                commented.bind("guild", guildId);
            }
            List<Missed> missed = new java.util.ArrayList<>(refused.map((rs, ctx) -> new Missed(rs.getLong(1),
                    rs.getString(2), rs.getString(3), null, rs.getLong(4))).list());
            missed.addAll(commented.map((rs, ctx) -> new Missed(rs.getLong(1), rs.getString(2), "UNHELPFUL",
                    rs.getString(3), rs.getLong(4))).list());
            missed.sort(java.util.Comparator.comparingLong(Missed::askedAt).reversed());
            return missed.size() > limit ? List.copyOf(missed.subList(0, limit)) : missed;
        });
    }
}
