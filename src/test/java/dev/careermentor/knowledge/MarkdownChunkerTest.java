package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownChunkerTest {

    private final MarkdownChunker chunker = new MarkdownChunker();

    private static KnowledgeDocument doc(String body) {
        return new KnowledgeDocument("guide.md",
                new FrontMatter("A guide", List.of("tag"), FrontMatter.Provenance.CURATED, null), body, 6);
    }

    @Test
    void everyHeadingStartsAChunkThatKnowsItsFileAndHeadingPath() {
        List<Chunk> chunks = chunker.chunk(doc("""
                # A guide

                Intro sentence.

                ## Which tools?
                Tools sentence.

                ### Testing tools
                Pytest sentence.

                ## Where to work?
                Work sentence.
                """));

        assertThat(chunks).extracting(Chunk::id)
                .containsExactly("guide.md#a-guide", "guide.md#which-tools", "guide.md#testing-tools", "guide.md#where-to-work");
        assertThat(chunks.get(2).headings()).containsExactly("Which tools?", "Testing tools");
        assertThat(chunks.get(2).section()).isEqualTo("Testing tools");
        assertThat(chunks.get(3).headings()).containsExactly("Where to work?");
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.file()).isEqualTo("guide.md");
            assertThat(chunk.title()).isEqualTo("A guide");
        });
    }

    @Test
    void splitsParagraphsIntoSentencesAndKeepsListItemsAndCodeWhole() {
        Chunk chunk = chunker.chunk(doc("""
                ## Code?
                First sentence here. Second sentence with `range(1, n)` inside.

                - An item, with a comma. Still the same item.
                - Another item

                ```python
                def f(n):
                    return n ** 0.5
                ```
                """)).get(0);

        assertThat(chunk.units()).extracting(TextUnit::kind).containsExactly(TextUnit.Kind.SENTENCE,
                TextUnit.Kind.SENTENCE, TextUnit.Kind.ITEM, TextUnit.Kind.ITEM, TextUnit.Kind.CODE);
        assertThat(chunk.units().get(1).text()).isEqualTo("Second sentence with `range(1, n)` inside.");
        assertThat(chunk.units().get(2).text()).isEqualTo("An item, with a comma. Still the same item.");
        assertThat(chunk.units().get(4).text()).isEqualTo("def f(n):\n    return n ** 0.5");
        assertThat(chunk.text()).contains("```python\ndef f(n):\n    return n ** 0.5\n```");
    }

    @Test
    void repeatedHeadingsGetDistinctAnchors() {
        List<Chunk> chunks = chunker.chunk(doc("## Why?\nOne.\n\n## Why?\nTwo.\n"));

        assertThat(chunks).extracting(Chunk::anchor).containsExactly("why", "why-1");
    }

    @Test
    void aLongSectionIsSplitAtBlockBoundariesIntoChunksOfTheSameSection() {
        String paragraph = "This sentence is part of a rather long section about Python. ".repeat(8);
        List<Chunk> chunks = chunker.chunk(doc("## Long\n" + (paragraph + "\n\n").repeat(4)));

        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.section()).isEqualTo("Long");
            assertThat(chunk.text().length()).isLessThanOrEqualTo(MarkdownChunker.MAX_CHUNK_CHARS);
        });
        assertThat(chunks).extracting(Chunk::id).doesNotHaveDuplicates();
    }

    @Test
    void headingsWithoutTextProduceNoEmptyChunks() {
        List<Chunk> chunks = chunker.chunk(doc("# Title\n## Empty\n## Full\nText.\n"));

        assertThat(chunks).extracting(Chunk::section).containsExactly("Full");
    }
}
