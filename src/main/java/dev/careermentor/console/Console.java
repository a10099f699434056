package dev.careermentor.console;

import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Mentor;
import dev.careermentor.answer.Source;
import dev.careermentor.answer.Turn;
import dev.careermentor.knowledge.KnowledgeBase;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.studygroup.StudyGroups;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The local adapter: a chat with the mentor in the terminal. It calls the same core as the Discord
 * bot, so it is also the quickest way to try the knowledge base.
 */
public final class Console {

    private static final int HISTORY_TURNS = 4;

    private final Mentor mentor;
    private final BufferedReader in;
    private final PrintStream out;
    private final List<Turn> history = new ArrayList<>();
    private final java.util.function.Supplier<ConsolePractice> practice;
    private final java.util.function.Supplier<ConsoleLearning> learning;
    /** The card of the latest answer: the next /practice is on its topic ("Practice this"). */
    private String practiceThis;
    /** Whether /answer and /hint are about a /practice challenge (else today's challenge). */
    private boolean practising;

    /** With the progress picture written to {@code ./data}. */
    public Console(Mentor mentor, java.util.function.Supplier<StudyGroups> studyGroups, BufferedReader in, PrintStream out) {
        this(mentor, studyGroups, Path.of("data"), in, out);
    }

    /**
     * @param studyGroups opened on first use of a practice command, so plain chat never touches the database
     * @param dataDir where {@code /progress} writes its picture
     */
    public Console(Mentor mentor, java.util.function.Supplier<StudyGroups> studyGroups, Path dataDir, BufferedReader in,
            PrintStream out) {
        this.mentor = mentor;
        this.in = in;
        this.out = out;
        java.util.function.Supplier<StudyGroups> opened = memoized(studyGroups);
        this.practice = memoized(() -> new ConsolePractice(opened.get(), out));
        this.learning = memoized(() -> new ConsoleLearning(opened.get(), dataDir, out));
    }

    /** A supplier that builds its value on first use only. */
    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> supplier) {
        return new java.util.function.Supplier<>() {
            private T instance;

            @Override
            public T get() {
                if (instance == null) {
                    instance = supplier.get();
                }
                return instance;
            }
        };
    }

    public void run() throws IOException {
        out.println("Career Mentor: ask about becoming a Python developer. Type /help for commands, /quit to leave.");
        while (true) {
            out.print("\nyou> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                return;
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                if (line.startsWith("/")) {
                    if (!command(line)) {
                        return;
                    }
                    continue;
                }
                Answer answer = mentor.ask(line, List.copyOf(history));
                print(answer);
                remember(line, answer);
            } catch (RuntimeException e) { // one failed command must not end the session
                out.println("Sorry, that did not work: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
    }

    /** @return false when the user wants to leave */
    private boolean command(String line) {
        String[] parts = line.substring(1).split("\\s+", 2);
        switch (parts[0].toLowerCase(java.util.Locale.ROOT)) {
            case "quit", "exit", "q" -> {
                out.println("Bye, and good luck!");
                return false;
            }
            case "help" -> help();
            case "topics" -> topics(mentor.knowledge().knowledgeBase());
            case "reload" -> reload(mentor.knowledge());
            case "new" -> {
                history.clear();
                out.println("Started a new conversation.");
            }
            case "today", "challenge" -> {
                practising = false;
                practice.get().today();
            }
            case "practice", "practise" -> {
                practising = true;
                String card = practiceThis;
                practiceThis = null;
                learning.get().practice(card);
            }
            case "progress" -> learning.get().progress();
            case "answer" -> {
                if (parts.length < 2) {
                    out.println("Give your answer, e.g. /answer B or /answer pytest.");
                } else if (practising && learning.get().waiting()) {
                    learning.get().answer(parts[1]);
                } else {
                    practice.get().answer(parts[1]);
                }
            }
            case "hint" -> {
                if (practising && learning.get().waiting()) {
                    learning.get().hint();
                } else {
                    practice.get().hint();
                }
            }
            case "streak" -> practice.get().streak();
            case "leaderboard", "scores" -> practice.get().leaderboard();
            default -> out.println("Unknown command " + parts[0] + ". Type /help for the list.");
        }
        return true;
    }

    private void help() {
        out.println("""
                Ask a question in plain words, e.g. "Which web frameworks should I learn?".
                Follow-up questions use the conversation so far ("and the second interview?").
                  /topics   what the knowledge base covers
                  /new      start a new conversation
                  /reload   read the knowledge files again
                  /today    today's practice challenge; /answer X to answer, /hint for a hint
                  /practice right after an answer, a challenge on its topic; otherwise your
                            next one: a due review first, then topics you asked about, missed or not tried
                  /progress your roadmap (not started, learning, solid) and a picture of your month
                  /streak   your streak; /leaderboard your points this week, this month and all time
                  /quit     leave""");
    }

    private void topics(KnowledgeBase kb) {
        out.println("I can help with:");
        kb.topics().forEach(topic -> out.println("  - " + topic.title()
                + (topic.summary().isEmpty() ? "" : ": " + topic.summary())));
    }

    private void reload(KnowledgeIndex knowledge) {
        KnowledgeIndex.LoadReport report = knowledge.reload();
        out.printf("Knowledge base %s: %d topics, %d cards%s.%n", report.version(), report.topics(), report.cards(),
                report.changed() ? ", " + report.embeddedNow() + " texts embedded" : " (unchanged)");
        report.problems().forEach(problem -> out.println("  ! " + problem));
    }

    private void print(Answer answer) {
        answer.notes().forEach(note -> out.println("(" + note + ")"));
        out.println(answer.text());
        if (!answer.sources().isEmpty()) {
            out.println("Sources:");
            for (Source source : answer.sources()) {
                out.println("  - " + source.topic() + " › " + source.question() + "  (" + source.citation() + ", updated "
                        + source.updated() + (source.mayBeOutOfDate(java.time.LocalDate.now(java.time.ZoneOffset.UTC))
                        ? ", may be out of date" : "") + ")");
            }
        }
        if (!answer.related().isEmpty()) {
            out.println("Related questions:");
            answer.related().forEach(related -> out.println("  ? " + related.question()));
        }
        if (!answer.refused() && !answer.sources().isEmpty()) {
            practiceThis = answer.sources().get(0).cardId();
            out.println("Practice this: /practice gives you a challenge on " + answer.sources().get(0).topic() + ".");
        }
    }

    /** Every turn, refusals too, as a Discord thread keeps them: "*pip" corrects the message just refused. */
    private void remember(String question, Answer answer) {
        history.add(Turn.of(question, answer));
        while (history.size() > HISTORY_TURNS) {
            history.remove(0);
        }
    }
}
