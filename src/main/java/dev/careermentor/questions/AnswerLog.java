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
}
