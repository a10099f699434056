package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

    static String card(String question, String answer, String... related) {
        return "---\nsource: article\nupdated: 2026-12-01\nrelated: [" + String.join(", ", related) + "]\nphrasings:\n"
                + "  - one way to ask\n  - another way to ask\n---\n# " + question + "\n\n" + answer + "\n";
    }

    private void topics(String... ids) throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (String id : ids) {
            yaml.append("- id: ").append(id).append("\n  title: Title of ").append(id).append("\n  summary: About ")
                    .append(id).append(".\n  next: Do something.\n");
        }
        write("topics.yaml", yaml.toString());
    }

    @Test
    void readsTopicsInRoadmapOrderAndOneCardPerFile() throws IOException {
        topics("learning", "interviews");
        write("interviews/hr-interview.md", card("What happens in the HR interview?", "They get to know you.",
                "interviews/technical"));
        write("interviews/technical.md", card("What happens in the technical interview?", "It is harder."));
        write("learning/first-steps.md", card("Where do I start?", "With the basics."));

        KnowledgeBase kb = loader.load(KnowledgeRoot.directory(dir));

        assertThat(kb.problems()).isEmpty();
        assertThat(kb.topics()).extracting(Topic::id).containsExactly("learning", "interviews");
        assertThat(kb.cards()).extracting(Card::id)
                .containsExactly("learning/first-steps", "interviews/hr-interview", "interviews/technical");
        Card hr = kb.card("interviews/hr-interview").orElseThrow();
        assertThat(hr.topic()).isEqualTo("interviews");
        assertThat(hr.question()).isEqualTo("What happens in the HR interview?");
        assertThat(hr.body()).isEqualTo("They get to know you.");
        assertThat(hr.phrasings()).containsExactly("one way to ask", "another way to ask");
        assertThat(hr.related()).containsExactly("interviews/technical");
        assertThat(hr.source()).isEqualTo(Card.Provenance.ARTICLE);
        assertThat(hr.updated()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(hr.file()).isEqualTo("interviews/hr-interview.md");
        assertThat(kb.topic("interviews").orElseThrow().next()).isEqualTo("Do something.");
    }

    @Test
    void aBrokenCardIsReportedWithItsLineAndTheOthersStillLoad() throws IOException {
        topics("t");
        write("t/good.md", card("Good?", "Fine text."));
        write("t/broken.md", "---\nsource: gossip\nupdated: 2026-12-01\n---\n# Broken?\n\nText.\n");
        write("t/headless.md", "---\nsource: curated\nupdated: 2026-12-01\n---\n\nJust text, no question.\n");

        KnowledgeBase kb = loader.load(KnowledgeRoot.directory(dir));

        assertThat(kb.cards()).extracting(Card::id).containsExactly("t/good");
        assertThat(kb.problems()).extracting(LoadProblem::toString).containsExactlyInAnyOrder(
                "t/broken.md:2: 'source' must be 'article' or 'curated', not 'gossip'",
                "t/headless.md:6: the card needs its question as a '# ' heading");
    }

    @Test
    void aRelatedCardThatDoesNotExistIsReportedAndDropped() throws IOException {
        topics("t");
        write("t/a.md", card("A?", "Text.", "t/b", "t/gone"));
        write("t/b.md", card("B?", "Text."));

        KnowledgeBase kb = loader.load(KnowledgeRoot.directory(dir));

        assertThat(kb.card("t/a").orElseThrow().related()).containsExactly("t/b");
        assertThat(kb.problems()).singleElement().extracting(LoadProblem::message)
                .isEqualTo("related card 't/gone' does not exist");
    }

    @Test
    void aCardOutsideTheListedTopicsStillLoadsAndIsReported() throws IOException {
        topics("t");
        write("t/a.md", card("A?", "Text."));
        write("stray/b.md", card("B?", "Text."));

        KnowledgeBase kb = loader.load(KnowledgeRoot.directory(dir));

        assertThat(kb.cards()).extracting(Card::id).containsExactly("t/a", "stray/b");
        assertThat(kb.problems()).singleElement().extracting(LoadProblem::message)
                .isEqualTo("topic 'stray' is not listed in topics.yaml");
    }

    @Test
    void theChallengeBankAndReadmesAreNotCards() throws IOException {
        topics("t");
        write("t/a.md", card("A?", "Text."));
        write("README.md", "# About the knowledge base");
        write("t/README.md", "# About this topic");
        write("challenges/easy.md", "not a card");

        KnowledgeBase kb = loader.load(KnowledgeRoot.directory(dir));

        assertThat(kb.cards()).extracting(Card::id).containsExactly("t/a");
        assertThat(kb.problems()).isEmpty();
    }

    @Test
    void theVersionChangesWhenAnyFileChangesAndOnlyThen() throws IOException {
        topics("t");
        write("t/a.md", card("A?", "Fine text."));
        String first = loader.load(KnowledgeRoot.directory(dir)).version();
        String again = loader.load(KnowledgeRoot.directory(dir)).version();
        write("t/a.md", card("A?", "Edited text."));
        String edited = loader.load(KnowledgeRoot.directory(dir)).version();
        topics("t", "u");
        String moreTopics = loader.load(KnowledgeRoot.directory(dir)).version();

        assertThat(again).isEqualTo(first);
        assertThat(edited).isNotEqualTo(first);
        assertThat(moreTopics).isNotEqualTo(edited);
    }

    @Test
    void invalidUtf8IsReportedNotFatal() throws IOException {
        topics("t");
        Files.createDirectories(dir.resolve("t"));
        Files.write(dir.resolve("t/latin1.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xE9, '\n'});

        KnowledgeBase kb = loader.load(KnowledgeRoot.directory(dir));

        assertThat(kb.problems()).singleElement().extracting(LoadProblem::message).isEqualTo("the file is not valid UTF-8");
    }

    @Test
    void codeBlocksAreKeptAsWrittenAndLeftOutOfTheProse() throws IOException {
        topics("t");
        write("t/code.md", card("Show me code?", "Here it is:\n\n```python\nfor i in range(1, n):\n    total += i\n```\n\nShort."));

        Card card = loader.load(KnowledgeRoot.directory(dir)).card("t/code").orElseThrow();

        assertThat(card.body()).contains("```python\nfor i in range(1, n):\n    total += i\n```");
        assertThat(card.prose()).doesNotContain("range").contains("Here it is:").contains("Short.");
    }
}
