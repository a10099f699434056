package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        write("a.md", "Alpha", "Flask is a small web framework. Django ships with an ORM.");
        write("b.md", "Beta", "Upwork is a marketplace for freelance work.");
    }

    private void write(String file, String title, String text) throws IOException {
        Files.writeString(knowledge.resolve(file),
                "---\ntitle: " + title + "\nsource: article\n---\n# " + title + "\n\n## What?\n" + text + "\n");
    }

    private KnowledgeIndex newProcess() {
        return new KnowledgeIndex(KnowledgeRoot.directory(knowledge),
                new Embedder(model, EmbeddingModelChoice.DEFAULT), new VectorCache(cacheDir), EnglishWords.load());
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

        write("b.md", "Beta", "Upwork is a marketplace for freelance work. Companies hire from all over the world.");
        KnowledgeIndex.LoadReport report = index.reload();

        assertThat(report.changed()).isTrue();
        assertThat(report.version()).isNotEqualTo(before);
        // the changed section (whole text, and its one new sentence), nothing from a.md
        assertThat(report.embeddedNow()).isEqualTo(2);
        assertThat(index.retriever().retrieve("companies hire from all over the world").top().chunk().file()).isEqualTo("b.md");
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
        Files.writeString(knowledge.resolve("a.md"), "no front matter");
        Files.writeString(knowledge.resolve("b.md"), "no front matter either");

        KnowledgeIndex.LoadReport report = index.reload();

        assertThat(report.changed()).isFalse();
        assertThat(report.problems()).hasSize(2);
        assertThat(index.knowledgeBase().version()).isEqualTo(good);
    }
}
