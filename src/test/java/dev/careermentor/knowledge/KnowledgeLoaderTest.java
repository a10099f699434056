package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeLoaderTest {

    @TempDir
    Path dir;

    private final KnowledgeLoader loader = new KnowledgeLoader();

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String article(String title, String text) {
        return "---\ntitle: " + title + "\ntags: [t]\nsource: article\nupdated: 2026-11-24\n---\n# " + title + "\n\n## Q?\n"
                + text + "\n";
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndTheOthersStillLoad() throws IOException {
        write("good.md", article("Good", "Fine text."));
        write("broken.md", "---\ntitle: Broken\nsource: gossip\n---\nText.\n");
        write("nested/also-good.md", article("Nested", "More text."));

        KnowledgeBase kb = loader.load(KnowledgeRoot.directory(dir));

        assertThat(kb.documents()).extracting(KnowledgeDocument::file).containsExactly("good.md", "nested/also-good.md");
        assertThat(kb.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("broken.md");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.toString()).startsWith("broken.md:2: ");
        });
    }

    @Test
    void theChallengeBankIsNotPartOfTheKnowledgeBase() throws IOException {
        write("good.md", article("Good", "Fine text."));
        write("challenges/easy.md", "not a knowledge file");

        KnowledgeBase kb = loader.load(KnowledgeRoot.directory(dir));

        assertThat(kb.documents()).hasSize(1);
        assertThat(kb.problems()).isEmpty();
    }

    @Test
    void theVersionChangesWhenAnyFileChangesAndOnlyThen() throws IOException {
        write("good.md", article("Good", "Fine text."));
        String first = loader.load(KnowledgeRoot.directory(dir)).version();
        String again = loader.load(KnowledgeRoot.directory(dir)).version();
        write("good.md", article("Good", "Edited text."));
        String edited = loader.load(KnowledgeRoot.directory(dir)).version();

        assertThat(again).isEqualTo(first);
        assertThat(edited).isNotEqualTo(first);
    }

    @Test
    void invalidUtf8IsReportedNotFatal() throws IOException {
        Files.write(dir.resolve("latin1.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xE9, '\n'});

        KnowledgeBase kb = loader.load(KnowledgeRoot.directory(dir));

        assertThat(kb.problems()).singleElement().extracting(LoadProblem::message).isEqualTo("the file is not valid UTF-8");
    }

    @Test
    void theProjectKnowledgeBaseLoadsWithoutProblemsAndEveryFileDeclaresItsProvenance() {
        KnowledgeBase kb = loader.load(KnowledgeRoot.directory(Path.of("knowledge")));

        assertThat(kb.problems()).isEmpty();
        assertThat(kb.documents()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(kb.documents()).allSatisfy(doc -> assertThat(doc.meta().source()).isNotNull());
        assertThat(kb.documents()).filteredOn(doc -> doc.file().equals("glossary.md"))
                .singleElement().extracting(doc -> doc.meta().source()).isEqualTo(FrontMatter.Provenance.CURATED);
    }
}
