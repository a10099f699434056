package dev.careermentor.console;

import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.learning.PracticeSessions;
import dev.careermentor.studygroup.progress.ProgressPicture;
import dev.careermentor.studygroup.progress.ProgressReport;
import dev.careermentor.studygroup.progress.TopicProgress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The learning loop in the terminal: {@code /practice} (after an answer, a challenge on its topic;
 * otherwise the due review first, then the member's gaps) and {@code /progress} (the roadmap, and the
 * progress picture written to the data directory).
 */
final class ConsoleLearning {

    private final StudyGroups studyGroups;
    private final Path dataDir;
    private final PrintStream out;
    private PracticeSessions.Handed current;
    private int hintsShown;

    ConsoleLearning(StudyGroups studyGroups, Path dataDir, PrintStream out) {
        this.studyGroups = studyGroups;
        this.dataDir = dataDir;
        this.out = out;
    }

    /** @param cardId the card of the answer just given ("Practice this"), or null for the next challenge */
    void practice(String cardId) {
        PracticeSessions sessions = studyGroups.sessions();
        Optional<PracticeSessions.Handed> handed = cardId == null ? sessions.next(ConsolePractice.CONSOLE_USER)
                : sessions.onTopic(ConsolePractice.CONSOLE_USER, cardId);
        if (handed.isEmpty()) {
            out.println("There is no challenge to practise: the challenge bank is empty.");
            return;
        }
        current = handed.get();
        hintsShown = 0;
        Challenge challenge = current.challenge();
        String topic = sessions.topicTitle(current.topic());
        out.println(why(current, topic) + " (difficulty " + "★".repeat(challenge.difficulty()) + ")");
        ConsoleChallenge.print(out, challenge);
    }

    private static String why(PracticeSessions.Handed handed, String topic) {
        return switch (handed.item().reason()) {
            case REVIEW -> "A review, due again, on " + topic + ":";
            case ASKED -> "On " + topic + ", which you asked about:";
            case MISSED -> "You missed one on " + topic + "; here is another:";
            case NEW -> "Next on your roadmap, " + topic + ":";
            case MORE -> "One you have not tried yet, on " + topic + ":";
            case AHEAD -> "You have answered everything; an early review on " + topic + ":";
            case TOPIC -> "Practice on " + topic + ":";
        };
    }

    /** Whether a practice challenge is waiting for its answer. */
    boolean waiting() {
        return current != null && !current.item().isAnswered();
    }

    void answer(String text) {
        Challenge challenge = current.challenge();
        String given = text.strip();
        if (challenge instanceof Challenge.MultipleChoice && given.length() == 1) {
            int index = Challenge.MultipleChoice.optionOf(given.charAt(0));
            given = index < 0 ? given : Integer.toString(index);
        }
        PracticeSessions.Outcome outcome = studyGroups.sessions().answer(current.item().id(), ConsolePractice.CONSOLE_USER,
                given, hintsShown);
        current = null;
        if (outcome instanceof PracticeSessions.Answered answered) {
            if (challenge instanceof Challenge.PracticeTask task) {
                out.println("Submitted. A model solution:\n" + task.solution().strip());
            } else {
                out.println(answered.correct() ? "Correct!" : "Not quite: the answer is " + expected(challenge) + ".");
            }
            out.println(challenge.meta().explanation() + "  (read more: " + challenge.meta().source() + ")");
            long days = Math.max(1, java.time.Duration.between(answered.review().lastReview(), answered.review().due())
                    .toDays());
            out.println("It comes back for review in about " + days + (days == 1 ? " day" : " days")
                    + (answered.dueNow() > 0 ? "; " + answered.dueNow() + " due now" : "") + ". /practice for the next one.");
        } else if (outcome instanceof PracticeSessions.AlreadyAnswered) {
            out.println("You already answered that one. /practice for the next one.");
        } else {
            out.println(((PracticeSessions.Unknown) outcome).why());
        }
    }

    void hint() {
        if (!(current.challenge() instanceof Challenge.PracticeTask task)) {
            out.println("This challenge has no hints.");
            return;
        }
        int index = Math.min(hintsShown, task.hints().size() - 1);
        hintsShown = Math.min(hintsShown + 1, task.hints().size());
        out.println("Hint " + (index + 1) + "/" + task.hints().size() + ": " + task.hints().get(index));
    }

    void progress() {
        ProgressReport report = studyGroups.progress(ConsolePractice.CONSOLE_USER, 0L);
        out.println("Your progress on the roadmap (" + report.count(TopicProgress.State.SOLID) + " solid, "
                + report.count(TopicProgress.State.LEARNING) + " learning, " + report.count(TopicProgress.State.NOT_STARTED)
                + " not started):");
        for (TopicProgress topic : report.topics()) {
            String state = switch (topic.state()) {
                case NOT_STARTED -> "not started";
                case LEARNING -> "learning   ";
                case SOLID -> "solid      ";
            };
            out.println("  [" + state + "] " + topic.title() + " — " + topic.nextStep());
        }
        out.println("Next: " + report.nextStep());
        try {
            Files.createDirectories(dataDir);
            Path picture = dataDir.resolve(ProgressPicture.FILE_NAME).toAbsolutePath();
            Files.write(picture, ProgressPicture.render(report));
            out.println("Picture: " + picture);
        } catch (IOException e) {
            out.println("Could not write the picture: " + e.getMessage());
        }
    }

    private static String expected(Challenge challenge) {
        if (challenge instanceof Challenge.MultipleChoice choice) {
            return choice.lettered(choice.answer());
        }
        return challenge instanceof Challenge.ShortAnswer s ? s.expected() : "see the model solution";
    }
}
