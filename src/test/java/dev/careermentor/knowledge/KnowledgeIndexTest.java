package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeIndexTest {

    @TempDir
    Path knowledge;

    @TempDir
    Path cacheDir;

    private final CountingEmbeddingModel model = new CountingEmbeddingModel();

    @BeforeEach
    void writeKnowledge() throws IOException {
        Files.writeString(knowledge.resolve("topics.yaml"), "- id: t\n  title: T\n");
        Files.createDirectories(knowledge.resolve("t"));
        write("a", "Which frameworks are there?", "Flask is a small web framework. Django ships with an ORM.");
        write("b", "Where is freelance work?", "Upwork is a marketplace for freelance work.");
    }

    /** A card with one phrasing: three texts to embed (the answer, the question, the phrasing). */
    private void write(String slug, String question, String text) throws IOException {
        Files.writeString(knowledge.resolve("t").resolve(slug + ".md"), "---\nsource: article\nupdated: 2026-12-01\n"
                + "phrasings:\n  - " + slug + " asked another way\n---\n# " + question + "\n\n" + text + "\n");
    }

    private KnowledgeIndex newProcess() {
        return new KnowledgeIndex(KnowledgeRoot.directory(knowledge), new Embedder(model, EmbeddingModelChoice.DEFAULT),
                new VectorCache(cacheDir), EnglishWords.load(), List.of());
    }

    @Test
    void aRestartReusesTheVectorsOnDiskInsteadOfEmbeddingAgain() {
        KnowledgeIndex.LoadReport first = newProcess().reload();
        int embeddedByFirstStart = model.embedded.get();

        KnowledgeIndex.LoadReport second = newProcess().reload();

        assertThat(first.embeddedNow()).isPositive();
        assertThat(second.embeddedNow()).isZero();
        assertThat(model.embedded.get()).isEqualTo(embeddedByFirstStart);
        assertThat(second.version()).isEqualTo(first.version());
    }

    @Test
    void aReloadPicksUpAnEditedFileAndEmbedsOnlyWhatChanged() throws IOException {
        KnowledgeIndex index = newProcess();
        index.reload();
        String before = index.knowledgeBase().version();

        write("b", "Where is freelance work?", "Upwork is a marketplace for freelance work. Companies hire from all over the world.");
        KnowledgeIndex.LoadReport report = index.reload();

        assertThat(report.changed()).isTrue();
        assertThat(report.version()).isNotEqualTo(before);
        // only the changed answer: its question and phrasing are unchanged, and nothing of card a
        assertThat(report.embeddedNow()).isEqualTo(1);
        assertThat(index.knowledgeBase().card("t/b").orElseThrow().body()).contains("Companies hire from all over the world.");
    }

    @Test
    void anUnchangedReloadDoesNothing() {
        KnowledgeIndex index = newProcess();
        index.reload();
        int embedded = model.embedded.get();

        KnowledgeIndex.LoadReport report = index.reload();

        assertThat(report.changed()).isFalse();
        assertThat(model.embedded.get()).isEqualTo(embedded);
    }

    @Test
    void aReloadThatBreaksEveryFileKeepsTheLastGoodVersion() throws IOException {
        KnowledgeIndex index = newProcess();
        index.reload();
        String good = index.knowledgeBase().version();
        Files.writeString(knowledge.resolve("t/a.md"), "no front matter");
        Files.writeString(knowledge.resolve("t/b.md"), "no front matter either");

        KnowledgeIndex.LoadReport report = index.reload();

        assertThat(report.changed()).isFalse();
        assertThat(report.problems()).hasSize(2);
        assertThat(index.knowledgeBase().version()).isEqualTo(good);
    }
}
