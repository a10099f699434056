package dev.careermentor.studygroup;

import dev.careermentor.practice.AnswerChecker;
import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.practice.Rotation;
import dev.careermentor.studygroup.model.Answer;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.Score;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.PostRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Practising in a study group: which challenge comes next, answers, streaks and the leaderboard,
 * whatever adapter the members use.
 */
public final class PracticeService {

    private final Supplier<ChallengeBank> bank;
    private final PostRepository posts;
    private final Clock clock;

    public PracticeService(Supplier<ChallengeBank> bank, PostRepository posts, Clock clock) {
        this.bank = bank;
        this.posts = posts;
        this.clock = clock;
    }

    public ChallengeBank bank() {
        return bank.get();
    }

    /** The next challenge of a group's rotation: easy to hard, nothing twice until the bank is exhausted. */
    public Challenge nextFor(long groupId) {
        return nextFor(groupId, posts.usage(groupId));
    }

    /** @param usage how often each challenge was posted to the group so far */
    public Challenge nextFor(long groupId, Map<String, Integer> usage) {
        return Rotation.next(bank.get(), groupId, usage);
    }

    public Optional<Challenge> challengeOf(Post post) {
        return bank.get().find(post.challengeId());
    }

    /** What happened to an answer. */
    public sealed interface Result permits Recorded, AlreadyAnswered, Closed, Unknown {
    }

    /** A new answer. {@code correct} is always true for a submitted practice task. */
    public record Recorded(Challenge challenge, Answer answer, Streak streak) implements Result {
    }

    public record AlreadyAnswered(Challenge challenge, Answer answer) implements Result {
    }

    /** The post's local day is over; its solution can be shown but answers no longer count. */
    public record Closed(Challenge challenge, Post post) implements Result {
    }

    public record Unknown(String why) implements Result {
    }

    /**
     * Records a member's answer to a post.
     *
     * @param given for a multiple choice, the option index as text; otherwise the member's text
     */
    public Result answer(StudyGroup group, long postId, long userId, String given, int hintsUsed) {
        Optional<Post> post = posts.find(postId).filter(p -> p.groupId() == group.id());
        if (post.isEmpty()) {
            return new Unknown("That challenge does not exist (any more).");
        }
        Optional<Challenge> challenge = challengeOf(post.get());
        if (challenge.isEmpty()) {
            return new Unknown("That challenge was removed from the bank.");
        }
        if (!group.schedule().dateAt(clock.instant()).equals(post.get().date())) {
            return new Closed(challenge.get(), post.get());
        }
        Optional<Answer> previous = posts.answerOf(postId, userId);
        if (previous.isPresent()) {
            return new AlreadyAnswered(challenge.get(), previous.get());
        }
        boolean correct = AnswerChecker.isCorrect(challenge.get(), given);
        int points = correct ? Math.max(1, challenge.get().points() - hintsUsed / 2) : 0;
        String shown = AnswerChecker.display(challenge.get(), given);
        Answer stored = posts.answer(new Answer(postId, userId, shown, correct, points, hintsUsed));
        if (stored.points() != points || !stored.answer().equals(shown)) {
            return new AlreadyAnswered(challenge.get(), stored); // a concurrent click got there first
        }
        return new Recorded(challenge.get(), stored, streak(group, userId));
    }

    /**
     * @param current consecutive posts answered, up to the latest (today's post does not break it
     *     while its day is still running)
     */
    public record Streak(int current, int best, int answered) {
    }

    /** Streaks count posts in the group's local days: a day without a post does not break one. */
    public Streak streak(StudyGroup group, long userId) {
        List<LocalDate> postDates = posts.postDates(group.id());
        Set<LocalDate> answered = new HashSet<>(posts.answeredDates(group.id(), userId));
        LocalDate today = group.schedule().dateAt(clock.instant());
        int current = 0;
        boolean counting = true;
        int run = 0;
        int best = 0;
        for (LocalDate date : postDates) { // newest first
            boolean hit = answered.contains(date);
            if (counting) {
                if (hit) {
                    current++;
                } else if (!date.equals(today)) {
                    counting = false;
                }
            }
            run = hit ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return new Streak(current, Math.max(best, current), answered.size());
    }

    public enum Period { WEEK, ALL_TIME }

    /** The group's best members: this week (from Monday, in the group's time zone) or all time. */
    public List<Score> leaderboard(StudyGroup group, Period period, int limit) {
        LocalDate since = period == Period.ALL_TIME ? LocalDate.of(1970, 1, 1)
                : group.schedule().dateAt(clock.instant()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return posts.leaderboard(group.id(), since, limit);
    }
}
