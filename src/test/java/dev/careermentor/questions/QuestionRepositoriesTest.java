package dev.careermentor.questions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.answer.Turn;
import dev.careermentor.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Q&A repositories on a real SQLite file, migrated by Flyway. */
class QuestionRepositoriesTest {

    @TempDir
    Path dir;

    private Database database;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        database = Database.sqlite(dir.resolve("test.db"));
    }

    @Test
    void feedbackIsOneVotePerMemberPerAnswerAndSurvivesReopening() {
        AnswerLog log = new AnswerLog(database, clock);
        long answer = log.record(new AnswerLog.Asked(1L, 2L, 3L, "q"), false, null, 0.9, List.of("a.md#x"));
        FeedbackRepository feedback = new FeedbackRepository(database, clock);

        assertThat(feedback.vote(answer, 7L, FeedbackRepository.Vote.HELPFUL)).isEmpty();
        assertThat(feedback.vote(answer, 7L, FeedbackRepository.Vote.UNHELPFUL)).contains(FeedbackRepository.Vote.HELPFUL);
        feedback.comment(answer, 7L, "missing the second interview");

        FeedbackRepository reopened = new FeedbackRepository(Database.sqlite(dir.resolve("test.db")), clock);
        assertThat(reopened.find(answer, 7L)).contains(new FeedbackRepository.Entry(-1, "missing the second interview"));
        assertThat(log.stats(1L, Instant.EPOCH)).isEqualTo(new AnswerLog.Stats(1, 0, 0, 1, 1));
    }

    @Test
    void statsCountOnlyTheServerAndThePeriodAsked() {
        AnswerLog log = new AnswerLog(database, clock);
        log.record(new AnswerLog.Asked(1L, 2L, 3L, "a"), false, null, 0.9, List.of());
        log.record(new AnswerLog.Asked(1L, 2L, 3L, "b"), true, "NOT_COVERED", 0.1, List.of());
        log.record(new AnswerLog.Asked(9L, 2L, 3L, "c"), false, null, 0.9, List.of());

        assertThat(log.stats(1L, Instant.EPOCH)).isEqualTo(new AnswerLog.Stats(1, 1, 0, 0, 0));
        assertThat(log.stats(1L, clock.instant().plusSeconds(1))).isEqualTo(new AnswerLog.Stats(0, 0, 0, 0, 0));
    }

    @Test
    void conversationsKeepTheirTurnsInOrder() {
        ConversationRepository conversations = new ConversationRepository(database, clock);
        conversations.start(100L, 1L, 2L, 3L);
        conversations.start(100L, 1L, 2L, 3L); // idempotent
        for (int i = 1; i <= 6; i++) {
            conversations.append(100L, new Turn("q" + i, "a" + i, List.of("f.md#s" + i)));
        }

        assertThat(conversations.exists(100L)).isTrue();
        assertThat(conversations.exists(101L)).isFalse();
        assertThat(conversations.recentTurns(100L, 3)).extracting(Turn::question).containsExactly("q4", "q5", "q6");
        assertThat(conversations.recentTurns(100L, 1).get(0).citations()).containsExactly("f.md#s6");
    }
}
