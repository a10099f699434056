package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.MutableClock;
import dev.careermentor.TestPostgres;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.questions.FeedbackRepository;
import dev.careermentor.store.Database;
import dev.careermentor.studygroup.learning.PracticeSessions;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.progress.GroupMonth;
import dev.careermentor.studygroup.progress.ProgressReport;
import dev.careermentor.studygroup.store.ChampionRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The learning loop's migration and queries on PostgreSQL: reviews, attempts, practice items, the
 * streak freeze, month champions and the knowledge-gap queries. Runs where a test server is given
 * (MENTOR_TEST_POSTGRES_URL, _USER, _PASSWORD); the schema is wiped first.
 */
@EnabledIfEnvironmentVariable(named = "MENTOR_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PracticeReviewPostgresTest {

    @BeforeEach
    void wipe() {
        TestPostgres.wipe();
    }

    @Test
    void reviewsPracticeItemsProgressStreakFreezeAndChampionsWorkUnchanged() {
        MutableClock clock = new MutableClock(Instant.parse("2026-10-30T07:00:00Z"));
        StudyGroupFixture bot = new StudyGroupFixture(TestPostgres.connect(), clock, "pg-1", new FakeChallengeChannel(clock));
        StudyGroup group = bot.setup(10L, "09:00", "Europe/Berlin");
        bot.runUntil(Instant.parse("2026-10-30T08:01:00Z"));
        Post post = bot.posts.forDate(group.id(), LocalDate.of(2026, 10, 30)).orElseThrow();
        bot.practice.answer(group, post.id(), 5L, "1", 0);
        bot.practice.answer(group, post.id(), 6L, "0", 0);

        PracticeSessions sessions = bot.module.sessions();
        PracticeSessions.Handed handed = sessions.next(5L).orElseThrow();
        assertThat(sessions.answer(handed.item().id(), 5L, "0", 0)).isInstanceOf(PracticeSessions.Answered.class);
        assertThat(sessions.answer(handed.item().id(), 5L, "0", 0)).isInstanceOf(PracticeSessions.AlreadyAnswered.class);
        assertThat(bot.module.store().reviews().of(5L)).hasSize(2);
        clock.advance(Duration.ofDays(1));
        assertThat(sessions.dueCount(5L)).as("the wrong answer to the post").isEqualTo(1);
        assertThat(sessions.next(5L).orElseThrow().challenge().id()).isEqualTo(post.challengeId());

        ProgressReport report = bot.studyGroups.progress(5L, 10L);
        assertThat(report.zone()).isEqualTo(group.zone());
        assertThat(report.practiceDays()).containsEntry(LocalDate.of(2026, 10, 30), 2);

        bot.studyGroups.setStreakFreeze(10L, false);
        assertThat(bot.studyGroups.streakFreeze(group)).isFalse();
        GroupMonth month = bot.practice.month(group, 10);
        assertThat(month.ranking()).hasSize(2);
        assertThat(month.answers().get(6L)).containsEntry(LocalDate.of(2026, 10, 30), true);

        bot.runUntil(Instant.parse("2026-11-01T09:00:00Z"));
        assertThat(bot.module.store().champions().status(group.id(), YearMonth.of(2026, 10)))
                .contains(ChampionRepository.Status.SENT);
        assertThat(bot.channel.said).filteredOn(t -> t.message() instanceof StudyGroupMessage.MonthChampions).hasSize(1);
    }

    @Test
    void theKnowledgeGapQueriesWorkUnchanged() {
        Database database = TestPostgres.connect();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:00:00Z"));
        AnswerLog log = new AnswerLog(database, clock);
        log.record(new AnswerLog.Asked(1L, 2L, 3L, "can I get a visa?"), true, "NOT_COVERED", 0.1, List.of());
        long answered = log.record(new AnswerLog.Asked(1L, 2L, 3L, "which CI tool?"), false, null, 0.9,
                List.of("deployment/ci-cd-tools.md"));
        new FeedbackRepository(database, clock).comment(answered, 4L, "which one first?");

        assertThat(log.missedSince(1L, Instant.EPOCH, 10)).extracting(AnswerLog.Missed::question)
                .containsExactlyInAnyOrder("can I get a visa?", "which CI tool?");
        assertThat(log.missedSince(null, Instant.EPOCH, 10)).hasSize(2);
        assertThat(log.citedBy(3L, Instant.EPOCH, 10)).singleElement()
                .satisfies(c -> assertThat(c.citation()).isEqualTo("deployment/ci-cd-tools.md"));
        assertThat(log.citedBy(List.of(3L, 4L), clock.instant().atZone(ZoneOffset.UTC).minusDays(1).toInstant()))
                .containsOnlyKeys(3L);
        database.close();
    }
}
