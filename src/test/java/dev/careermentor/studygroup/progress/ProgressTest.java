package dev.careermentor.studygroup.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.knowledge.Topic;
import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.practice.Fsrs;
import dev.careermentor.studygroup.learning.NextChallenge;
import dev.careermentor.studygroup.model.ReviewState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress states from FSRS stability and results: not started, learning, solid. */
class ProgressTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final List<Topic> ROADMAP = List.of(
            new Topic("python", "What Python is", "", "Pick one field Python is used in."),
            new Topic("testing", "Testing", "", "Write three pytest tests."),
            new Topic("careers", "Other careers", "", "Read two job ads."));
    private final ChallengeBank bank = new ChallengeBank(List.of(choice("p1", "python/a"), choice("p2", "python/b"),
            choice("t1", "testing/a"), choice("t2", "testing/b"), choice("t3", "testing/c")), List.of());
    private final Progress progress = new Progress(() -> ROADMAP, () -> NextChallenge.of(bank, List.of("python", "testing",
            "careers")), null, null, null, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Fsrs fsrs = new Fsrs();

    private static Challenge choice(String id, String source) {
        return new Challenge.MultipleChoice(new Challenge.Meta(id, 1, List.of(), source, id + "?", "Because.", "t.yaml", 1),
                List.of("right", "wrong"), 0);
    }

    /** The memory FSRS leaves after these answers, each on the day it was due; the last one {@code daysAgo}. */
    private ReviewState memory(String challengeId, int daysAgo, Fsrs.Rating... ratings) {
        Fsrs.Memory memory = fsrs.first(ratings[0]);
        for (int i = 1; i < ratings.length; i++) {
            memory = fsrs.next(memory, fsrs.intervalDays(memory.stability()), ratings[i]);
        }
        Instant last = NOW.minus(Duration.ofDays(daysAgo));
        return new ReviewState(7L, challengeId, bank.find(challengeId).orElseThrow().topic(), memory.stability(),
                memory.difficulty(), ratings.length, 0, last.toEpochMilli(),
                last.plus(Duration.ofDays(fsrs.intervalDays(memory.stability()))).toEpochMilli(),
                ratings[ratings.length - 1] != Fsrs.Rating.AGAIN);
    }

    private ProgressReport report(List<ReviewState> memories) {
        return progress.report(7L, ZONE, LocalDate.of(2026, 11, 24), memories, Map.of(), NOW);
    }

    private TopicProgress topic(ProgressReport report, String id) {
        return report.topics().stream().filter(t -> t.topicId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyTopicOfTheRoadmapStartsNotStartedWithItsNextStep() {
        ProgressReport report = report(List.of());

        assertThat(report.topics()).extracting(TopicProgress::topicId).containsExactly("python", "testing", "careers");
        assertThat(report.topics()).allMatch(t -> t.state() == TopicProgress.State.NOT_STARTED);
        assertThat(topic(report, "testing").nextStep()).isEqualTo("Write three pytest tests.");
        assertThat(topic(report, "careers").challenges()).isZero();
        assertThat(report.nextStep()).contains("What Python is");
    }

    @Test
    void oneRightAnswerIsLearningTwoRightAnswersDaysApartAreSolid() {
        ReviewState once = memory("t1", 0, Fsrs.Rating.GOOD);
        ReviewState twice = memory("t2", 0, Fsrs.Rating.GOOD, Fsrs.Rating.GOOD);

        assertThat(Progress.stateOf(List.of(once), 3)).isEqualTo(TopicProgress.State.LEARNING);
        assertThat(Progress.stateOf(List.of(twice), 3)).as("one challenge of three is not enough")
                .isEqualTo(TopicProgress.State.LEARNING);
        ReviewState other = memory("t3", 0, Fsrs.Rating.GOOD, Fsrs.Rating.GOOD);
        assertThat(twice.stability()).isGreaterThan(Progress.SOLID_STABILITY_DAYS);
        assertThat(Progress.stateOf(List.of(twice, other), 3)).isEqualTo(TopicProgress.State.SOLID);
        assertThat(Progress.stateOf(List.of(twice, other, once), 3)).as("a fresh memory pulls the mean down")
                .isEqualTo(TopicProgress.State.LEARNING);
    }

    @Test
    void aWrongLatestAnswerKeepsATopicLearningAndItsStepSaysItComesBack() {
        ReviewState right = memory("p1", 0, Fsrs.Rating.GOOD, Fsrs.Rating.GOOD, Fsrs.Rating.GOOD);
        ReviewState wrong = memory("p2", 0, Fsrs.Rating.GOOD, Fsrs.Rating.GOOD, Fsrs.Rating.AGAIN);

        ProgressReport report = report(List.of(right, wrong));

        TopicProgress python = topic(report, "python");
        assertThat(python.state()).isEqualTo(TopicProgress.State.LEARNING);
        assertThat(python.right()).isEqualTo(1);
        assertThat(python.nextStep()).isEqualTo("Missed one: it comes back on "
                + DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(wrong.due().atZone(ZONE)) + ".");
        assertThat(wrong.due()).isBefore(NOW.plus(Duration.ofDays(3))).as("soon");
        assertThat(report.nextStep()).isEqualTo("Practise What Python is again: /practice.");
    }

    @Test
    void dueReviewsAreCountedAndComeFirstInTheNextStep() {
        ReviewState due = memory("t1", 5, Fsrs.Rating.GOOD); // due after 2 days, answered 5 days ago

        ProgressReport report = report(List.of(due));

        assertThat(report.dueNow()).isEqualTo(1);
        assertThat(topic(report, "testing").nextStep()).isEqualTo("1 review due now: /practice.");
        assertThat(report.nextStep()).startsWith("1 review is due");
    }

    @Test
    void aSolidTopicSaysWhenItsNextReviewIs() {
        List<ReviewState> memories = new ArrayList<>(List.of(memory("p1", 0, Fsrs.Rating.GOOD, Fsrs.Rating.GOOD),
                memory("p2", 0, Fsrs.Rating.GOOD, Fsrs.Rating.GOOD)));

        TopicProgress python = topic(report(memories), "python");

        assertThat(python.state()).isEqualTo(TopicProgress.State.SOLID);
        assertThat(python.share()).isEqualTo(1.0);
        assertThat(python.nextStep()).startsWith("Solid. Next review on ");
    }
}
