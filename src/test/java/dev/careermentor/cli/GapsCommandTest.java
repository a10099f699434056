package dev.careermentor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.TestKnowledge;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.questions.gaps.KnowledgeGaps;
import dev.careermentor.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gaps --export DIR}: lists the gaps of every server and writes a card stub per gap under DIR/<topic>/. */
class GapsCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsTheGapsAndExportsACardStubPerGap() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
        AnswerLog log = new AnswerLog(Database.sqlite(dir.resolve("gaps.db")), clock);
        for (String question : List.of("Can I get a work visa to move abroad as a Python developer?",
                "do companies sponsor work visas for foreign python devs?")) {
            log.record(new AnswerLog.Asked(1L, 2L, 3L, question), true, "NOT_COVERED", 0.05, List.of());
        }
        log.record(new AnswerLog.Asked(2L, 2L, 3L, "How should I negotiate a job offer as a junior developer?"), true,
                "NOT_COVERED", 0.05, List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        GapsCommand.report(new KnowledgeGaps(log, TestKnowledge.index()), clock, 90, 20, dir.resolve("stubs"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains(" 1. 2× ").contains(" 2. 1× How should I negotiate").contains("Wrote 2 card stubs:");
        try (Stream<Path> files = Files.walk(dir.resolve("stubs"))) {
            List<Path> stubs = files.filter(f -> f.toString().endsWith(".md")).toList();
            assertThat(stubs).hasSize(2).allSatisfy(stub -> {
                assertThat(out).contains(stub.toString());
                assertThat(Files.readString(stub)).startsWith("---\n").contains("phrasings:").contains("\n# ");
            });
        }
    }
}
