package dev.careermentor.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.TestKnowledge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.practice.ChallengeLoader;
import dev.careermentor.store.Database;
import dev.careermentor.studygroup.DispatchRoutine;
import dev.careermentor.studygroup.StudyGroupModule;
import dev.careermentor.studygroup.StudyGroups;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local adapter: a whole session typed into the console. */
class ConsoleTest {

    @TempDir
    Path dir;

    private StudyGroups studyGroups() {
        Database database = Database.sqlite(dir.resolve("console.db"));
        var kb = TestKnowledge.index().knowledgeBase();
        ChallengeBank bank = new ChallengeLoader(id -> kb.card(id).isPresent()).load(Path.of("knowledge", "challenges"));
        return StudyGroupModule.create(database, () -> bank, new LoggingChallengeChannel(), Clock.systemUTC(),
                new DispatchRoutine.Settings("console", 0, Duration.ofSeconds(1), Duration.ofSeconds(10),
                        Duration.ofMinutes(1))).service();
    }

    private String session(String... lines) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Console(TestKnowledge.mentor(), this::studyGroups, new BufferedReader(new StringReader(String.join("\n", lines))),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void answersWithSourcesAndFollowsUpInTheSameConversation() throws Exception {
        String out = session("What happens in the HR interview?", "and the second one?", "/quit");

        String[] turns = out.split("you> "); // the banner, then one segment per line typed
        assertThat(turns[1]).contains("Human Resources").contains("Sources:")
                .contains("interviews/hr-interview.md").contains("Related questions:");
        assertThat(turns[2]).startsWith("The technical interview");
        assertThat(turns[3]).isEqualTo("Bye, and good luck!\n");
    }

    @Test
    void practisesTodaysChallengeAndKeepsAStreak() throws Exception {
        String out = session("/leaderboard", "/today", "/answer A", "/answer B", "/streak", "/leaderboard");

        assertThat(out).contains("Today's challenge (");
        assertThat(out).containsAnyOf("Correct!", "Not quite", "Submitted");
        assertThat(out).contains("You already answered today's challenge");
        assertThat(out).contains("Streak: 1 day (best 1), 1 challenge answered.");
        assertThat(out).contains("This week (from Monday): no answers yet").containsPattern(
                "This week \\(from Monday\\): \\d+ points \\([01]/1 right\\)\nThis month: \\d+ points \\([01]/1 right\\)\n"
                        + "All time: \\d+ points \\([01]/1 right\\)");
    }

    /** The console reads a follow-up against the turn before, for every kind of follow-up. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "ordinal       | Which Python web frameworks should I know? | tell me more about the second one | web-frameworks/what-is-django",
            "pronoun       | what is django?                             | who uses it?                      | web-frameworks/who-uses-django",
            "ellipsis      | is python used in finance?                  | and for games?                    | what-is-python/games",
            "why           | what happens in the technical interview?    | why the live exercise though?     | interviews/live-exercise",
            "clarification | what happens in the HR interview?           | sorry, i meant the technical one  | interviews/technical-interview",
            "switch        | how do I become a Python developer?         | unrelated: best pizza in Naples?  | -"})
    void followUpsAreReadAgainstTheConversation(String kind, String first, String followUp, String card) throws Exception {
        String out = session(first, followUp, "/quit");

        String reply = out.split("you> ")[2];
        if (card.equals("-")) {
            assertThat(reply).contains("doesn't answer that").doesNotContain("Sources:");
        } else {
            assertThat(reply).contains("Sources:").contains("(" + card + ".md");
        }
    }

    @Test
    void aRefusedQuestionStaysInTheConversationSoThatItsCorrectionIsReadAgainstIt() throws Exception {
        String out = session("which web frameworks should i know?", "what is a pipe", "*pip sorry autocorrect", "/quit");

        String[] turns = out.split("you> ");
        assertThat(turns[2]).contains("doesn't answer that");
        assertThat(turns[3]).contains("(python-tools/pip.md");
    }

    @Test
    void unknownCommandsAndAnEndOfInputAreHandled() throws Exception {
        String out = session("/frobnicate", "/topics");

        assertThat(out).contains("Unknown command frobnicate").contains("I can help with:").contains("Freelancing");
    }
}
