package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.MutableClock;
import dev.careermentor.TestPostgres;
import dev.careermentor.answer.Turn;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.questions.ConversationRepository;
import dev.careermentor.questions.FeedbackRepository;
import dev.careermentor.store.Database;
import dev.careermentor.studygroup.model.StudyGroup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same migrations, queries and scheduling on PostgreSQL. Runs where a test server is given
 * (.ci/run starts one: MENTOR_TEST_POSTGRES_URL, _USER, _PASSWORD); the schema is wiped first.
 */
@EnabledIfEnvironmentVariable(named = "MENTOR_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresPortabilityTest {

    @BeforeEach
    void wipe() {
        TestPostgres.wipe();
    }

    @Test
    void theQuestionTablesWorkUnchanged() {
        Database database = TestPostgres.connect();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:00:00Z"));
        AnswerLog log = new AnswerLog(database, clock);
        long answer = log.record(new AnswerLog.Asked(1L, 2L, 3L, "q"), false, null, 0.9, List.of("a.md#b"));
        FeedbackRepository feedback = new FeedbackRepository(database, clock);
        feedback.vote(answer, 7L, FeedbackRepository.Vote.HELPFUL);
        assertThat(feedback.vote(answer, 7L, FeedbackRepository.Vote.UNHELPFUL)).contains(FeedbackRepository.Vote.HELPFUL);
        feedback.comment(answer, 7L, "more please");
        ConversationRepository conversations = new ConversationRepository(database, clock);
        conversations.start(9L, 1L, 2L, 3L);
        conversations.append(9L, new Turn("q", "a", List.of("x.md#y")));

        assertThat(log.stats(1L, Instant.EPOCH)).isEqualTo(new AnswerLog.Stats(1, 0, 0, 1, 1));
        assertThat(conversations.recentTurns(9L, 5)).singleElement().extracting(Turn::citations).asList()
                .containsExactly("x.md#y");
    }

    @Test
    void twoProcessesOnOnePostgresDatabasePostEachDayOnce() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T06:00:00Z"));
        FakeChallengeChannel channel = new FakeChallengeChannel(clock);
        StudyGroupFixture first = new StudyGroupFixture(TestPostgres.connect(), clock, "pg-1", channel);
        StudyGroupFixture second = new StudyGroupFixture(TestPostgres.connect(), clock, "pg-2", channel);
        List<StudyGroup> groups = new ArrayList<>();
        for (long c = 1; c <= 20; c++) {
            groups.add(first.setup(c, "09:00", "Europe/Berlin"));
        }

        for (int day = 0; day < 2; day++) {
            clock.set(Instant.parse("2026-11-24T08:00:10Z").plus(Duration.ofDays(day)));
            Thread a = new Thread(() -> first.manual.runAnyDueExecutions());
            Thread b = new Thread(() -> second.manual.runAnyDueExecutions());
            a.start();
            b.start();
            a.join();
            b.join();
            first.manual.runAnyDueExecutions();
        }

        for (StudyGroup group : groups) {
            assertThat(channel.postsOf(group.id())).extracting(p -> p.post().date())
                    .containsExactlyInAnyOrder(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25));
        }
        var post = first.posts.forDate(groups.get(0).id(), LocalDate.of(2026, 11, 25)).orElseThrow();
        first.practice.answer(groups.get(0), post.id(), 5L, "0", 0);
        assertThat(first.practice.streak(groups.get(0), 5L).current()).isEqualTo(1);
        assertThat(first.practice.leaderboard(groups.get(0), dev.careermentor.studygroup.PracticeService.Period.WEEK, 5))
                .singleElement().satisfies(score -> assertThat(score.userId()).isEqualTo(5L));
    }
}
