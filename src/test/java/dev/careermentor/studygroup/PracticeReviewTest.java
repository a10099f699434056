package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.MutableClock;
import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.studygroup.learning.PracticeSessions;
import dev.careermentor.studygroup.model.Attempt;
import dev.careermentor.studygroup.model.PracticeItem;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.ReviewState;
import dev.careermentor.studygroup.model.StudyGroup;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spaced reviews on the database, as members live them: every answer (to a daily post or to
 * /practice) is scheduled with FSRS, /practice gives the due review first and otherwise a challenge
 * from the member's gaps, and the opt-in reminder says how many reviews are due.
 */
class PracticeReviewTest {

    private static final long MEMBER = 5L;

    @TempDir
    Path dir;

    private MutableClock clock;
    private StudyGroupFixture bot;
    private PracticeSessions sessions;

    private static Challenge choice(String id, int difficulty, String source) {
        return new Challenge.MultipleChoice(new Challenge.Meta(id, difficulty, List.of(), source, "Prompt " + id + "?",
                "Because.", "t.yaml", 1), List.of("right", "wrong"), 0);
    }

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2026-11-24T07:00:00Z"));
        bot = new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-1", new FakeChallengeChannel(clock));
        bot.bank.set(new ChallengeBank(List.of(choice("python-1", 1, "what-is-python/uses"),
                choice("python-2", 2, "what-is-python/history"), choice("git-1", 1, "version-control/what-is-git"),
                choice("git-2", 2, "version-control/branches"), choice("testing-1", 1, "testing/pytest")), List.of()));
        sessions = bot.module.sessions();
    }

    private PracticeSessions.Handed practise() {
        return sessions.next(MEMBER).orElseThrow();
    }

    @Test
    void aWrongAnswerComesBackTheNextDayBeforeAnythingNewAndARightOneLater() {
        PracticeSessions.Handed first = practise();
        assertThat(first.item().reason()).isEqualTo(PracticeItem.Reason.NEW);
        PracticeSessions.Outcome wrong = sessions.answer(first.item().id(), MEMBER, "1", 0);
        assertThat(wrong).isInstanceOfSatisfying(PracticeSessions.Answered.class, a -> {
            assertThat(a.correct()).isFalse();
            assertThat(a.review().due()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
        });

        PracticeSessions.Handed sameDay = practise();
        assertThat(sameDay.item().reason()).as("not due yet: a gap instead").isEqualTo(PracticeItem.Reason.MISSED);
        assertThat(sameDay.topic()).isEqualTo(first.topic());
        PracticeSessions.Outcome right = sessions.answer(sameDay.item().id(), MEMBER, "0", 0);
        assertThat(right).isInstanceOfSatisfying(PracticeSessions.Answered.class,
                a -> assertThat(a.review().due()).isAfter(clock.instant().plus(Duration.ofDays(1))));

        clock.advance(Duration.ofDays(1));
        PracticeSessions.Handed review = practise();
        assertThat(review.item().reason()).isEqualTo(PracticeItem.Reason.REVIEW);
        assertThat(review.challenge().id()).isEqualTo(first.challenge().id());
        assertThat(review.previous()).hasValueSatisfying(p -> assertThat(p.lastCorrect()).isFalse());
        assertThat(sessions.answer(review.item().id(), MEMBER, "0", 0)).isInstanceOfSatisfying(
                PracticeSessions.Answered.class, a -> {
                    assertThat(a.review().reps()).isEqualTo(2);
                    assertThat(a.review().lapses()).isEqualTo(1);
                    assertThat(a.review().lastCorrect()).isTrue();
                });
    }

    @Test
    void anItemCountsOnceAndOnlyForTheMemberItWasHandedTo() {
        PracticeSessions.Handed handed = practise();

        assertThat(sessions.answer(handed.item().id(), 99L, "0", 0)).isInstanceOf(PracticeSessions.Unknown.class);
        assertThat(sessions.answer(handed.item().id(), MEMBER, "0", 0)).isInstanceOf(PracticeSessions.Answered.class);
        assertThat(sessions.answer(handed.item().id(), MEMBER, "1", 0)).isInstanceOf(PracticeSessions.AlreadyAnswered.class);
        assertThat(bot.module.store().reviews().of(MEMBER)).singleElement()
                .satisfies(r -> assertThat(r.lastCorrect()).isTrue());
    }

    @Test
    void aQuestionTheMemberAskedSteersTheirNextChallengeToItsTopic() {
        AnswerLog log = new AnswerLog(bot.database, clock);
        log.record(new AnswerLog.Asked(1L, 2L, MEMBER, "what is a git branch?"), false, null, 0.9,
                List.of("version-control/branches.md"));
        log.record(new AnswerLog.Asked(1L, 2L, MEMBER, "tell me a joke"), true, "NOT_COVERED", 0.01, List.of());

        PracticeSessions.Handed handed = practise();

        assertThat(handed.item().reason()).isEqualTo(PracticeItem.Reason.ASKED);
        assertThat(handed.challenge().id()).as("the topic's easiest first").isEqualTo("git-1");
    }

    @Test
    void practiceThisGivesAChallengeOnTheAnsweringCardsTopic() {
        PracticeSessions.Handed handed = sessions.onTopic(MEMBER, "testing/coverage").orElseThrow();

        assertThat(handed.challenge().id()).isEqualTo("testing-1");
        assertThat(handed.item().reason()).isEqualTo(PracticeItem.Reason.TOPIC);
        assertThat(sessions.topicTitle("testing")).isEqualTo("testing");
    }

    @Test
    void anAnswerToADailyPostIsScheduledForReviewToo() {
        StudyGroup group = bot.setup(10L, "09:00", "Europe/Berlin");
        bot.runUntil(Instant.parse("2026-11-24T08:01:00Z"));
        Post post = bot.posts.forDate(group.id(), LocalDate.of(2026, 11, 24)).orElseThrow();

        bot.practice.answer(group, post.id(), MEMBER, "1", 0);

        List<ReviewState> reviews = bot.module.store().reviews().of(MEMBER);
        assertThat(reviews).singleElement().satisfies(r -> {
            assertThat(r.challengeId()).isEqualTo(post.challengeId());
            assertThat(r.lastCorrect()).isFalse();
        });
        assertThat(bot.module.store().attempts().since(MEMBER, Instant.EPOCH)).singleElement()
                .satisfies(a -> assertThat(a.origin()).isEqualTo(Attempt.Origin.POST));
    }

    @Test
    void theOptInReminderSaysHowManyReviewsAreDue() {
        for (int i = 0; i < 3; i++) { // three wrong answers today: three reviews due tomorrow
            sessions.answer(practise().item().id(), MEMBER, "1", 0);
        }
        clock.set(Instant.parse("2026-11-25T07:30:00Z"));
        StudyGroup group = bot.setup(10L, "09:00", "Europe/Berlin");
        bot.studyGroups.remind(group, MEMBER, true, LocalTime.of(18, 0), ZoneId.of("Europe/Berlin"));
        bot.studyGroups.remind(group, 6L, true, LocalTime.of(18, 0), ZoneId.of("Europe/Berlin"));
        bot.runUntil(Instant.parse("2026-11-25T08:01:00Z"));
        Post post = bot.posts.forDate(group.id(), LocalDate.of(2026, 11, 25)).orElseThrow();
        bot.practice.answer(group, post.id(), 6L, "0", 0); // member 6: answered, and no reviews due yet

        bot.runUntil(Instant.parse("2026-11-25T18:00:00Z"));

        assertThat(bot.channel.directMessages).singleElement().satisfies(dm -> {
            assertThat(dm.target()).isEqualTo(MEMBER);
            assertThat(dm.text()).contains("haven't answered").contains("3 reviews due").contains("/practice");
        });

        // The next day the member answers the daily challenge but not the reviews: the reminder is about them alone.
        bot.runUntil(Instant.parse("2026-11-26T08:01:00Z"));
        bot.practice.answer(group, bot.posts.forDate(group.id(), LocalDate.of(2026, 11, 26)).orElseThrow().id(), MEMBER, "0", 0);
        bot.runUntil(Instant.parse("2026-11-26T18:00:00Z"));
        int due = bot.module.reviews().dueCount(MEMBER); // the daily challenges may have reviewed one of the three
        assertThat(due).isBetween(2, 3);
        assertThat(bot.channel.directMessages).filteredOn(dm -> dm.target() == MEMBER).hasSize(2).last().satisfies(dm -> {
            assertThat(dm.text()).contains(due + " reviews due").contains("/practice").doesNotContain("haven't answered");
            assertThat(dm.at()).isEqualTo(Instant.parse("2026-11-26T17:00:00Z"));
        });
    }
}
