package dev.careermentor.questions;

import dev.careermentor.answer.Turn;
import dev.careermentor.store.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Conversations in the threads the bot opened, so follow-ups keep their context across restarts. */
public final class ConversationRepository {

    private static final RowMapper<StoredTurn> STORED_TURN = ConstructorMapper.of(StoredTurn.class);

    private final Database database;
    private final Clock clock;

    public ConversationRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void start(long threadId, Long guildId, long channelId, long startedBy) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO conversation (thread_id, guild_id, channel_id, started_by, created_at)
                        VALUES (:thread, :guild, :channel, :user, :now) ON CONFLICT (thread_id) DO NOTHING""")
                .bind("thread", threadId).bind("guild", guildId).bind("channel", channelId).bind("user", startedBy)
                .bind("now", clock.millis()).execute());
    }

    public boolean exists(long threadId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM conversation WHERE thread_id = :t")
                .bind("t", threadId).mapTo(Integer.class).one()) > 0;
    }

    /** Appends a turn at the next sequence number. */
    public void append(long threadId, Turn turn) {
        database.jdbi().useTransaction(h -> {
            int next = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM conversation_turn WHERE thread_id = :t")
                    .bind("t", threadId).mapTo(Integer.class).one();
            h.createUpdate("""
                            INSERT INTO conversation_turn (thread_id, seq, question, answer, citations, created_at)
                            VALUES (:t, :seq, :q, :a, :c, :now)""")
                    .bind("t", threadId).bind("seq", next).bind("q", turn.question()).bind("a", turn.answer())
                    .bind("c", String.join("\n", turn.citations())).bind("now", clock.millis()).execute();
        });
    }

    /** The last {@code limit} turns, oldest first. */
    public List<Turn> recentTurns(long threadId, int limit) {
        List<Turn> newestFirst = database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT question, answer, citations FROM conversation_turn WHERE thread_id = :t
                        ORDER BY seq DESC LIMIT :limit""")
                .bind("t", threadId).bind("limit", limit)
                .map(STORED_TURN).list()).stream().map(StoredTurn::turn).toList();
        List<Turn> turns = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(turns);
        return turns;
    }

    /** A turn as stored: its citations one per line. */
    private record StoredTurn(String question, String answer, String citations) {
        Turn turn() {
            return new Turn(question, answer, citations == null || citations.isEmpty() ? List.of()
                    : Arrays.asList(citations.split("\n")));
        }
    }
}
