package dev.careermentor.studygroup;

import dev.careermentor.practice.AnswerChecker;
import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.practice.Rotation;
import dev.careermentor.studygroup.learning.Reviews;
import dev.careermentor.studygroup.model.Answer;
import dev.careermentor.studygroup.model.Attempt;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.Score;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.progress.GroupMonth;
import dev.careermentor.studygroup.store.PostRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

/**
 * Practising in a study group: which challenge comes next, answers, streaks and the leaderboard,
 * whatever adapter the members use. Every answer is also scheduled for review (the learning loop).
 */
public final class PracticeService {

    private final Supplier<ChallengeBank> bank;
    private final PostRepository posts;
    private final LongPredicate streakFreeze;
    private final Reviews reviews;
    private final Clock clock;

    /** Without reviews, and with the streak freeze on in every group (its default). */
    public PracticeService(Supplier<ChallengeBank> bank, PostRepository posts, Clock clock) {
        this(bank, posts, groupId -> true, null, clock);
    }

    /**
     * @param streakFreeze per group id, whether one missed local day a week keeps a streak
     * @param reviews where answers are scheduled for review, or null
     */
    public PracticeService(Supplier<ChallengeBank> bank, PostRepository posts, LongPredicate streakFreeze, Reviews reviews,
            Clock clock) {
        this.bank = bank;
        this.posts = posts;
        this.streakFreeze = streakFreeze;
        this.reviews = reviews;
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
        if (reviews != null) {
            reviews.record(userId, challenge.get(), correct, hintsUsed, Attempt.Origin.POST);
        }
        return new Recorded(challenge.get(), stored, streak(group, userId));
    }

    /**
     * @param current consecutive posts answered, up to the latest (today's post does not break it
     *     while its day is still running; with the streak freeze, one missed post a week does not either)
     */
    public record Streak(int current, int best, int answered) {
    }

    /**
     * Streaks count posts in the group's local days: a day without a post does not break one. With
     * the streak freeze (on unless the group turned it off), one missed post per local week (Monday
     * to Sunday) is forgiven: it neither breaks the streak nor counts in it.
     */
    public Streak streak(StudyGroup group, long userId) {
        List<LocalDate> postDates = posts.postDates(group.id()); // newest first
        Set<LocalDate> answered = new HashSet<>(posts.answeredDates(group.id(), userId));
        LocalDate today = group.schedule().dateAt(clock.instant());
        boolean freeze = streakFreeze.test(group.id());
        int best = 0;
        int run = 0;
        Set<LocalDate> frozenWeeks = new HashSet<>(); // the weeks whose one forgiven day the current run used
        for (int i = postDates.size() - 1; i >= 0; i--) { // oldest first: a week's first miss is the forgiven one
            LocalDate date = postDates.get(i);
            if (answered.contains(date)) {
                run++;
            } else if (date.equals(today) || (freeze && run > 0 && frozenWeeks.add(weekOf(date)))) {
                continue; // today's challenge can still be answered; or the week's forgiven day
            } else {
                run = 0;
                frozenWeeks.clear();
            }
            best = Math.max(best, run);
        }
        return new Streak(run, best, answered.size());
    }

    /** The Monday of a local date's week: the unit of the streak freeze. */
    static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public enum Period { WEEK, MONTH, ALL_TIME }

    /**
     * The group's best members: this week (from Monday, in the group's time zone), this month, or all
     * time. Only the daily posts count, where every member answers the same challenge.
     */
    public List<Score> leaderboard(StudyGroup group, Period period, int limit) {
        LocalDate today = group.schedule().dateAt(clock.instant());
        LocalDate since = switch (period) {
            case WEEK -> weekOf(today);
            case MONTH -> today.withDayOfMonth(1);
            case ALL_TIME -> LocalDate.of(1970, 1, 1);
        };
        return posts.leaderboard(group.id(), since, limit);
    }

    /** The group's current month, members by points: for the month picture. */
    public GroupMonth month(StudyGroup group, int limit) {
        LocalDate today = group.schedule().dateAt(clock.instant());
        YearMonth month = YearMonth.from(today);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<Score> ranking = posts.leaderboard(group.id(), from, to, limit);
        Set<Long> ranked = new HashSet<>();
        ranking.forEach(score -> ranked.add(score.userId()));
        Map<Long, Map<LocalDate, Boolean>> answers = new HashMap<>();
        for (PostRepository.DayAnswer answer : posts.dayAnswers(group.id(), from, to)) {
            if (ranked.contains(answer.userId())) {
                answers.computeIfAbsent(answer.userId(), u -> new HashMap<>()).put(answer.date(), answer.correct());
            }
        }
        return new GroupMonth(group.id(), month, today, ranking, answers, new HashSet<>(posts.postDates(group.id(), from, to)));
    }
}
