package dev.careermentor.questions.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.TestKnowledge;
import dev.careermentor.knowledge.KnowledgeBase;
import dev.careermentor.knowledge.KnowledgeLoader;
import dev.careermentor.knowledge.KnowledgeRoot;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.questions.FeedbackRepository;
import dev.careermentor.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Knowledge gaps on the real knowledge base and embedding model: refused career questions and 👎
 * comments grouped by similarity, off-topic refusals left out, and the export as card stubs that the
 * knowledge loader reads.
 */
class KnowledgeGapTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    Path dir;

    private AnswerLog log;
    private FeedbackRepository feedback;
    private KnowledgeGaps gaps;

    @BeforeEach
    void setUp() {
        Database database = Database.sqlite(dir.resolve("gaps.db"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        log = new AnswerLog(database, clock);
        feedback = new FeedbackRepository(database, clock);
        gaps = new KnowledgeGaps(log, TestKnowledge.index());
    }

    private void refused(long guild, String question) {
        log.record(new AnswerLog.Asked(guild, 2L, 3L, question), true, "NOT_COVERED", 0.05, List.of());
    }

    private void thumbsDown(long guild, String question, String comment) {
        long id = log.record(new AnswerLog.Asked(guild, 2L, 3L, question), false, null, 0.9,
                List.of("deployment/ci-cd-tools.md"));
        feedback.comment(id, 4L, comment);
    }

    private void recordAFewGaps() {
        refused(1L, "Can I get a work visa to move abroad as a Python developer?");
        refused(1L, "how do I get a visa to relocate for a python job in another country");
        refused(1L, "do companies sponsor work visas for foreign python devs?");
        refused(1L, "How should I negotiate a job offer as a junior developer?");
        refused(1L, "tips for negotiating my first developer job offer");
        refused(1L, "What's a good recipe for banana bread?");
        refused(1L, "write me a poem about the sea");
        thumbsDown(1L, "Which CI/CD tools should I know?", "It did not say which CI tool to learn first.");
        refused(9L, "How do I get a visa to work in another country as a programmer?"); // another server
    }

    @Test
    void similarRefusedCareerQuestionsAndThumbsDownCommentsAreGroupedMostAskedFirst() {
        recordAFewGaps();

        List<Gap> found = gaps.find(1L, NOW.minusSeconds(3600), 10);

        assertThat(found).as("%s", found).hasSize(3);
        Gap visas = found.get(0);
        assertThat(visas.count()).isEqualTo(3);
        assertThat(visas.examples()).hasSize(2).allMatch(q -> q.toLowerCase().contains("visa"));
        Gap offers = found.get(1);
        assertThat(offers.count()).isEqualTo(2);
        assertThat(offers.examples()).allMatch(q -> q.toLowerCase().contains("negotiat"));
        Gap ci = found.get(2);
        assertThat(ci.count()).isEqualTo(1);
        assertThat(ci.comments()).containsExactly("It did not say which CI tool to learn first.");
        assertThat(found).flatMap(Gap::examples).as("off-topic refusals are not gaps")
                .noneMatch(q -> q.contains("banana") || q.contains("poem"));
    }

    @Test
    void everyServerIsCountedWhenNoServerIsGiven() {
        recordAFewGaps();

        List<Gap> found = gaps.find(null, NOW.minusSeconds(3600), 10);

        assertThat(found.get(0).count()).isEqualTo(4);
    }

    @Test
    void theExportWritesACardStubPerGapThatTheKnowledgeLoaderReads() throws IOException {
        recordAFewGaps();
        List<Gap> found = gaps.find(1L, NOW.minusSeconds(3600), 10);
        Path export = dir.resolve("stubs");

        List<Path> written = GapStubs.write(found, export, LocalDate.of(2026, 11, 24));

        assertThat(written).hasSize(3);
        String visaStub = Files.readString(written.get(0));
        assertThat(visaStub).startsWith("---\nsource: curated").contains("updated: 2026-11-24")
                .contains("# " + found.get(0).heading() + "\n").contains("TODO").contains("3 times");
        for (String example : found.get(0).examples()) {
            assertThat(visaStub).contains("  - \"" + example + "\"");
        }
        // Dropped into (a copy of) the knowledge base, the stubs load as cards with the examples as phrasings.
        Path knowledge = copy(Path.of("knowledge"), dir.resolve("knowledge"));
        int before = new KnowledgeLoader().load(KnowledgeRoot.directory(knowledge)).cards().size();
        copy(export, knowledge);
        KnowledgeBase kb = new KnowledgeLoader().load(KnowledgeRoot.directory(knowledge));
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.cards()).hasSize(before + 3).anySatisfy(card -> {
            assertThat(card.question()).isEqualTo(found.get(0).heading());
            assertThat(card.phrasings()).containsExactlyElementsOf(found.get(0).examples());
            assertThat(card.related()).containsExactly(found.get(0).nearestCard());
            assertThat(card.updated()).isEqualTo(LocalDate.of(2026, 11, 24));
        });
        assertThat(GapStubs.write(found.subList(0, 1), export, LocalDate.of(2026, 11, 24)).get(0))
                .as("an existing stub is never overwritten").isNotEqualTo(written.get(0));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    @Test
    void aStubQuotesTextSafelyAndNamesItselfFromItsHeading() {
        Gap gap = new Gap(2, List.of("what's \"the\" best IDE\nfor python", "which editor?"), List.of(), "python-tools",
                "python-tools/editors");

        String stub = GapStubs.stub(gap, LocalDate.of(2026, 11, 24));

        assertThat(stub).contains("  - \"what's \\\"the\\\" best IDE for python\"");
        assertThat(gap.heading()).isEqualTo("What's \"the\" best IDE for python?");
        assertThat(GapStubs.slug(gap.heading())).isEqualTo("what-s-the-best-ide-for-python");
    }
}
