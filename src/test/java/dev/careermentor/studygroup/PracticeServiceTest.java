package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.MutableClock;
import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.store.Database;
import dev.careermentor.store.Ids;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.Score;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.PostRepository;
import dev.careermentor.studygroup.store.StudyGroupRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeServiceTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private PostRepository posts;
    private PracticeService practice;
    private StudyGroup group;
    private final ChallengeBank bank = new ChallengeBank(List.of(
            choice("easy-a", 1), choice("easy-b", 1), choice("mid-a", 2), choice("hard-a", 3),
            new Challenge.ShortAnswer(meta("short-year", 2), List.of("1735"), null),
            new Challenge.PracticeTask(meta("task-pi", 3), List.of("Use range."), "def calculate_pi(n): ...")), List.of());

    private static Challenge.Meta meta(String id, int difficulty) {
        return new Challenge.Meta(id, difficulty, List.of("t"), "testing.md#x", "Prompt " + id, "Explanation " + id, "f", 1);
    }

    private static Challenge choice(String id, int difficulty) {
        return new Challenge.MultipleChoice(meta(id, difficulty), List.of("right", "wrong", "also wrong"), 0);
    }

    @BeforeEach
    void setUp() {
        Database database = Database.sqlite(dir.resolve("t.db"));
        posts = new PostRepository(database, clock);
        practice = new PracticeService(() -> bank, posts, clock);
        group = new StudyGroupRepository(database, clock).save(new StudyGroup(Ids.next(), StudyGroup.Kind.CHANNEL, 1L, 2L, 3L,
                LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), null, 3, StudyGroup.Status.ACTIVE, null));
    }

    /** Posts the group's next challenge for the clock's local date. */
    private Post post() {
        LocalDate date = group.schedule().dateAt(clock.instant());
        Post post = posts.claim(group.id(), date, practice.nextFor(group.id()).id(), "test", false).post();
        posts.markSent(post.id(), 1L);
        return posts.find(post.id()).orElseThrow();
    }

    private void nextDay() {
        clock.advance(Duration.ofDays(1));
    }

    @Test
    void theRotationGoesFromEasyToHardAndRepeatsNothingUntilTheBankIsExhausted() {
        List<String> seen = new ArrayList<>();
        for (int day = 0; day < bank.size(); day++) {
            seen.add(post().challengeId());
            nextDay();
        }
        List<Integer> difficulties = seen.stream().map(id -> bank.find(id).orElseThrow().difficulty()).toList();

        assertThat(new HashSet<>(seen)).hasSize(bank.size());
        assertThat(difficulties).isSorted();
        assertThat(post().challengeId()).as("a new cycle starts").isIn(seen);
    }

    @Test
    void aCorrectAnswerEarnsTheDifficultyInPointsAndOnlyTheFirstAnswerCounts() {
        Post post = post();

        PracticeService.Result first = practice.answer(group, post.id(), 7L, "0", 0);
        PracticeService.Result second = practice.answer(group, post.id(), 7L, "1", 0);

        assertThat(first).isInstanceOfSatisfying(PracticeService.Recorded.class, r -> {
            assertThat(r.answer().correct()).isTrue();
            assertThat(r.answer().answer()).isEqualTo("right");
            assertThat(r.answer().points()).isEqualTo(bank.find(post.challengeId()).orElseThrow().points());
            assertThat(r.streak().current()).isEqualTo(1);
        });
        assertThat(second).isInstanceOfSatisfying(PracticeService.AlreadyAnswered.class,
                a -> assertThat(a.answer().answer()).isEqualTo("right"));
    }

    @Test
    void answersToAPostWhoseDayIsOverAreRefused() {
        Post post = post();
        clock.set(Instant.parse("2026-11-24T23:30:00Z")); // 00:30 the next day in Berlin

        assertThat(practice.answer(group, post.id(), 7L, "0", 0)).isInstanceOf(PracticeService.Closed.class);
    }

    @Test
    void streaksCountConsecutiveLocalDaysAndTodayDoesNotBreakThemYet() {
        practice = new PracticeService(() -> bank, posts, groupId -> false, null, clock); // the group turned the freeze off
        for (int day = 0; day < 3; day++) { // three days answered
            practice.answer(group, post().id(), 7L, "0", 0);
            nextDay();
        }
        post(); // today's post, not answered yet
        assertThat(practice.streak(group, 7L)).isEqualTo(new PracticeService.Streak(3, 3, 3));

        nextDay();
        post(); // yesterday was missed
        assertThat(practice.streak(group, 7L).current()).isZero();
        assertThat(practice.streak(group, 7L).best()).isEqualTo(3);
    }

    @Test
    void withTheStreakFreezeByDefaultOneMissedDayAWeekKeepsTheStreak() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z")); // a Monday
        for (int day = 0; day < 3; day++) { // Monday to Wednesday answered
            practice.answer(group, post().id(), 7L, "0", 0);
            nextDay();
        }
        post(); // Thursday missed
        nextDay();
        practice.answer(group, post().id(), 7L, "0", 0); // Friday answered
        assertThat(practice.streak(group, 7L)).isEqualTo(new PracticeService.Streak(4, 4, 4));

        nextDay();
        post(); // Saturday missed too: the week's freeze is used up
        nextDay();
        post(); // Sunday, today, not answered yet
        assertThat(practice.streak(group, 7L).current()).isZero();
        assertThat(practice.streak(group, 7L).best()).isEqualTo(4);
    }

    @Test
    void theWeeklyLeaderboardStartsOnMondayInTheGroupsZone() {
        clock.set(Instant.parse("2026-11-22T10:00:00Z")); // Sunday
        practice.answer(group, post().id(), 8L, "0", 0);
        clock.set(Instant.parse("2026-11-23T10:00:00Z")); // Monday
        Post monday = post();
        practice.answer(group, monday.id(), 7L, "0", 0);
        practice.answer(group, monday.id(), 9L, "1", 0);

        List<Score> week = practice.leaderboard(group, PracticeService.Period.WEEK, 10);
        List<Score> all = practice.leaderboard(group, PracticeService.Period.ALL_TIME, 10);

        assertThat(week).extracting(Score::userId).containsExactly(7L, 9L);
        assertThat(week.get(1).points()).isZero();
        assertThat(all).extracting(Score::userId).contains(7L, 8L, 9L);
    }
}
