package dev.careermentor.studygroup.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.studygroup.model.PracticeItem.Reason;
import dev.careermentor.studygroup.model.ReviewState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which challenge a member practises next: due reviews first, then their gaps, easy to harder; and "Practice this". */
class PracticeOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final List<String> ROADMAP = List.of("python", "testing", "git", "interviews");
    private static final long MEMBER = 42L;

    /** Two challenges a topic, one easy and one hard, plus a second easy one on testing. */
    private final ChallengeBank bank = new ChallengeBank(List.of(
            choice("python-easy", 1, "python/what-is-python"), choice("python-hard", 3, "python/history"),
            choice("testing-hard", 3, "testing/coverage"), choice("testing-easy", 1, "testing/pytest"),
            choice("testing-easy-2", 1, "testing/unittest"),
            choice("git-easy", 1, "git/what-is-git"), choice("git-mid", 2, "git/branches"),
            choice("interviews-mid", 2, "interviews/hr-interview")), List.of());
    private final NextChallenge next = NextChallenge.of(bank, ROADMAP);

    private static Challenge choice(String id, int difficulty, String source) {
        return new Challenge.MultipleChoice(new Challenge.Meta(id, difficulty, List.of(), source, "Prompt " + id + "?",
                "Because.", "t.yaml", 1), List.of("right", "wrong"), 0);
    }

    private final Map<String, ReviewState> reviews = new HashMap<>();
    private final List<LearnerHistory.AskedTopic> asked = new ArrayList<>();

    /** The member answered {@code challengeId} {@code daysAgo} days ago; it is due in {@code dueInDays} (negative: overdue). */
    private void answered(String challengeId, boolean correct, int daysAgo, int dueInDays) {
        Challenge challenge = bank.find(challengeId).orElseThrow();
        reviews.put(challengeId, new ReviewState(MEMBER, challengeId, challenge.topic(), 3, 5, 1, correct ? 0 : 1,
                NOW.minus(Duration.ofDays(daysAgo)).toEpochMilli(), NOW.plus(Duration.ofDays(dueInDays)).toEpochMilli(),
                correct));
    }

    private NextChallenge.Choice choose() {
        return next.next(new LearnerHistory(MEMBER, reviews, asked), NOW).orElseThrow();
    }

    @Test
    void aDueReviewComesFirstTheLongestOverdueFirst() {
        asked.add(new LearnerHistory.AskedTopic("interviews", NOW.minusSeconds(60).toEpochMilli()));
        answered("git-easy", true, 10, -1);
        answered("python-easy", false, 3, -2); // overdue longest
        answered("testing-easy", true, 1, 5); // not due yet

        NextChallenge.Choice choice = choose();

        assertThat(choice.challenge().id()).isEqualTo("python-easy");
        assertThat(choice.reason()).isEqualTo(Reason.REVIEW);
    }

    @Test
    void withoutDueReviewsATopicAskedAboutRecentlyComesFirstThenOneGotWrongThenUntouchedOnes() {
        answered("testing-easy", false, 1, 1); // wrong yesterday, back tomorrow
        answered("python-easy", true, 1, 2);
        asked.add(new LearnerHistory.AskedTopic("interviews", NOW.minus(Duration.ofDays(2)).toEpochMilli()));
        asked.add(new LearnerHistory.AskedTopic("python", NOW.minus(Duration.ofDays(30)).toEpochMilli())); // too long ago

        assertThat(choose()).isEqualTo(new NextChallenge.Choice(bank.find("interviews-mid").orElseThrow(), Reason.ASKED));

        answered("interviews-mid", true, 0, 3);
        NextChallenge.Choice missed = choose();
        assertThat(missed.reason()).isEqualTo(Reason.MISSED);
        assertThat(missed.challenge().id()).as("another easy one on the topic they got wrong").isEqualTo("testing-easy-2");

        answered("testing-easy-2", true, 0, 3);
        answered("testing-easy", true, 0, 3); // put right in its review
        assertThat(choose()).isEqualTo(new NextChallenge.Choice(bank.find("git-easy").orElseThrow(), Reason.NEW));
    }

    @Test
    void untouchedTopicsFollowTheRoadmapAndEachGoesFromEasyToHarder() {
        assertThat(choose()).isEqualTo(new NextChallenge.Choice(bank.find("python-easy").orElseThrow(), Reason.NEW));

        answered("python-easy", true, 0, 3);
        answered("testing-easy", true, 0, 3);
        answered("testing-easy-2", true, 0, 3);
        answered("git-easy", true, 0, 3);
        answered("interviews-mid", true, 0, 3);
        // every topic touched: the easiest challenge left anywhere, the earliest topic on a tie
        assertThat(choose()).isEqualTo(new NextChallenge.Choice(bank.find("git-mid").orElseThrow(), Reason.MORE));
        answered("git-mid", true, 0, 3);
        assertThat(choose().challenge().id()).isEqualTo("python-hard");
    }

    @Test
    void whenEverythingIsAnsweredTheReviewDueSoonestComesEarly() {
        bank.all().forEach(c -> answered(c.id(), true, 1, c.id().equals("git-mid") ? 2 : 9));

        assertThat(choose()).isEqualTo(new NextChallenge.Choice(bank.find("git-mid").orElseThrow(), Reason.AHEAD));
    }

    @Test
    void practiceThisPicksTheAnsweringCardsTopicEasiestFirst() {
        LearnerHistory history = new LearnerHistory(MEMBER, reviews, asked);

        NextChallenge.Choice choice = next.onTopic(history, "git", NOW).orElseThrow();

        assertThat(choice.challenge().id()).isEqualTo("git-easy");
        assertThat(choice.reason()).isEqualTo(Reason.TOPIC);
    }

    @Test
    void practiceThisFallsBackToTheClosestTopicWhenNoneIsLeftUnanswered() {
        answered("git-easy", true, 1, 3);
        answered("git-mid", true, 1, 3);

        NextChallenge.Choice choice = next.onTopic(new LearnerHistory(MEMBER, reviews, asked), "git", NOW).orElseThrow();

        assertThat(next.closestTopics("git")).containsExactly("git", "interviews", "testing", "python");
        assertThat(choice.topic()).as("the next step on the roadmap").isEqualTo("interviews");
    }

    @Test
    void membersSeeEquallyEasyChallengesInDifferentOrders() {
        List<String> firsts = new ArrayList<>();
        for (long member = 1; member <= 20; member++) {
            firsts.add(next.onTopic(LearnerHistory.empty(member), "testing", NOW).orElseThrow().challenge().id());
        }
        assertThat(firsts).containsOnly("testing-easy", "testing-easy-2").contains("testing-easy", "testing-easy-2");
    }
}
