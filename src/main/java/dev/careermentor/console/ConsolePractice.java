package dev.careermentor.console;

import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.PracticeService;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.Score;
import dev.careermentor.studygroup.model.StudyGroup;
import java.io.PrintStream;
import java.util.List;

/**
 * Daily challenges in the terminal: the console user's personal track, with the same rotation,
 * checking, hints and streaks as a Discord study group.
 */
final class ConsolePractice {

    /** The console's one member. */
    static final long CONSOLE_USER = 1L;
    private final StudyGroups studyGroups;
    private final PrintStream out;
    private int hintsShown;
    private long hintsForPost = -1;

    ConsolePractice(StudyGroups studyGroups, PrintStream out) {
        this.studyGroups = studyGroups;
        this.out = out;
    }

    private StudyGroup track() {
        return studyGroups.personalTrack(CONSOLE_USER);
    }

    private Post todaysPost() {
        return studyGroups.personalToday(track());
    }

    void today() {
        Post post = todaysPost();
        Challenge challenge = studyGroups.practice().challengeOf(post).orElse(null);
        if (challenge == null) {
            out.println("Today's challenge was removed from the bank.");
            return;
        }
        out.println("Today's challenge (" + post.date() + ", difficulty " + "★".repeat(challenge.difficulty()) + "):");
        ConsoleChallenge.print(out, challenge);
    }

    void answer(String text) {
        Post post = todaysPost();
        Challenge challenge = studyGroups.practice().challengeOf(post).orElse(null);
        String given = text.strip();
        if (challenge instanceof Challenge.MultipleChoice && given.length() == 1) {
            int index = Challenge.MultipleChoice.optionOf(given.charAt(0));
            given = index < 0 ? given : Integer.toString(index);
        }
        PracticeService.Result result = studyGroups.practice().answer(track(), post.id(), CONSOLE_USER, given,
                post.id() == hintsForPost ? hintsShown : 0);
        if (result instanceof PracticeService.Recorded recorded) {
            Challenge c = recorded.challenge();
            if (c instanceof Challenge.PracticeTask task) {
                out.println("Submitted. A model solution:\n" + task.solution().strip());
            } else {
                out.println(recorded.answer().correct() ? "Correct! +" + recorded.answer().points() + " points."
                        : "Not quite: the answer is " + expected(c) + ".");
            }
            out.println(c.meta().explanation() + "  (read more: " + c.meta().source() + ")");
            out.println("Streak: " + recorded.streak().current() + " (best " + recorded.streak().best() + ")");
        } else if (result instanceof PracticeService.AlreadyAnswered already) {
            out.println("You already answered today's challenge (" + already.answer().answer() + "). Come back tomorrow!");
        } else if (result instanceof PracticeService.Closed) {
            out.println("That challenge has closed.");
        } else {
            out.println(((PracticeService.Unknown) result).why());
        }
    }

    void hint() {
        Post post = todaysPost();
        if (post.id() != hintsForPost) {
            hintsForPost = post.id();
            hintsShown = 0;
        }
        Challenge challenge = studyGroups.practice().challengeOf(post).orElse(null);
        if (!(challenge instanceof Challenge.PracticeTask task)) {
            out.println("Today's challenge has no hints.");
            return;
        }
        int index = Math.min(hintsShown, task.hints().size() - 1);
        hintsShown = Math.min(hintsShown + 1, task.hints().size());
        out.println("Hint " + (index + 1) + "/" + task.hints().size() + ": " + task.hints().get(index));
    }

    void streak() {
        PracticeService.Streak streak = studyGroups.practice().streak(track(), CONSOLE_USER);
        out.println("Streak: " + streak.current() + (streak.current() == 1 ? " day" : " days") + " (best " + streak.best()
                + "), " + streak.answered() + (streak.answered() == 1 ? " challenge" : " challenges") + " answered.");
    }

    /** The console has one member, so its leaderboard is that member's score this week, this month and all time. */
    void leaderboard() {
        for (PracticeService.Period period : PracticeService.Period.values()) {
            String label = switch (period) {
                case WEEK -> "This week (from Monday)";
                case MONTH -> "This month";
                case ALL_TIME -> "All time";
            };
            List<Score> scores = studyGroups.practice().leaderboard(track(), period, 1);
            out.println(scores.isEmpty() ? label + ": no answers yet, try /today."
                    : label + ": " + scores.get(0).points() + " points (" + scores.get(0).correct() + "/"
                            + scores.get(0).answers() + " right)");
        }
    }

    private static String expected(Challenge challenge) {
        if (challenge instanceof Challenge.MultipleChoice choice) {
            return choice.lettered(choice.answer());
        }
        return challenge instanceof Challenge.ShortAnswer s ? s.expected() : "see the model solution";
    }
}
