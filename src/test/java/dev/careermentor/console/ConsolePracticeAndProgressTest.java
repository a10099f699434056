package dev.careermentor.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.TestKnowledge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.practice.ChallengeLoader;
import dev.careermentor.store.Database;
import dev.careermentor.studygroup.DispatchRoutine;
import dev.careermentor.studygroup.StudyGroupModule;
import dev.careermentor.studygroup.StudyGroups;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's /practice (after an answer: its topic) and /progress (the roadmap, and the picture in the data directory). */
class ConsolePracticeAndProgressTest {

    @TempDir
    Path dir;

    private StudyGroups studyGroups() {
        Database database = Database.sqlite(dir.resolve("console.db"));
        var kb = TestKnowledge.index().knowledgeBase();
        ChallengeBank bank = new ChallengeLoader(id -> kb.card(id).isPresent()).load(Path.of("knowledge", "challenges"));
        return StudyGroupModule.create(database, () -> bank, kb::topics, new LoggingChallengeChannel(), Clock.systemUTC(),
                new DispatchRoutine.Settings("console", 0, Duration.ofSeconds(1), Duration.ofSeconds(10),
                        Duration.ofMinutes(1))).service();
    }

    private String session(String... lines) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Console(TestKnowledge.mentor(), this::studyGroups, dir.resolve("data"),
                new BufferedReader(new StringReader(String.join("\n", lines))),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void practiceAfterAnAnswerIsOnItsTopicAndTheAnswerIsScheduledForReview() throws Exception {
        String out = session("What does the Coverage tool do?", "/practice", "/answer A", "/practice");

        String[] turns = out.split("you> ");
        assertThat(turns[1]).contains("Practice this: /practice gives you a challenge on Testing.");
        assertThat(turns[2]).startsWith("Practice on Testing:");
        assertThat(turns[3]).containsAnyOf("Correct!", "Not quite", "Submitted").contains("comes back for review");
        assertThat(turns[4]).as("without a new answer, the member's next challenge").doesNotStartWith("Practice on");
    }

    @Test
    void progressPrintsTheRoadmapAndWritesThePictureToTheDataDirectory() throws Exception {
        String out = session("/progress");

        assertThat(out).contains("Your progress on the roadmap (0 solid, 0 learning, 20 not started):")
                .contains("[not started] What Python is — ").contains("Next: ");
        Path picture = dir.resolve("data").resolve("progress.png").toAbsolutePath();
        assertThat(out).contains("Picture: " + picture);
        BufferedImage image = ImageIO.read(picture.toFile());
        assertThat(image.getWidth()).isEqualTo(760);
        assertThat(Files.size(picture)).isLessThanOrEqualTo(200 * 1024);
    }
}
