package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser();

    @Test
    void readsTitleTagsProvenanceAndDateAndKeepsTheBody() throws Exception {
        KnowledgeDocument doc = parser.parse("testing.md", """
                ---
                title: Testing Python code
                tags: [Testing, pytest]
                source: article
                updated: 2026-11-24
                ---
                # Testing Python code

                Body text.
                """);

        assertThat(doc.meta().title()).isEqualTo("Testing Python code");
        assertThat(doc.meta().tags()).containsExactly("testing", "pytest");
        assertThat(doc.meta().source()).isEqualTo(FrontMatter.Provenance.ARTICLE);
        assertThat(doc.meta().updated()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(doc.body()).contains("Body text.").doesNotContain("title:");
        assertThat(doc.bodyLine()).isEqualTo(7);
    }

    @Test
    void rejectsAFileWithoutFrontMatter() {
        assertThatThrownBy(() -> parser.parse("x.md", "# Just a heading\n"))
                .isInstanceOf(FrontMatterParser.InvalidFrontMatter.class)
                .hasMessageContaining("missing front matter");
    }

    @Test
    void rejectsAnUnknownSource() {
        assertThatThrownBy(() -> parser.parse("x.md", "---\ntitle: T\nsource: blog\n---\ntext\n"))
                .hasMessageContaining("'source' must be 'article' or 'curated'");
    }

    @Test
    void rejectsAMissingTitleAndReportsTheHeaderLine() {
        assertThatThrownBy(() -> parser.parse("x.md", "---\ntags: [a]\nsource: curated\n---\ntext\n"))
                .isInstanceOfSatisfying(FrontMatterParser.InvalidFrontMatter.class, e -> {
                    assertThat(e.getMessage()).contains("title");
                    assertThat(e.line).isEqualTo(2);
                });
    }

    @Test
    void rejectsAnUnclosedHeader() {
        assertThatThrownBy(() -> parser.parse("x.md", "---\ntitle: T\n"))
                .hasMessageContaining("not closed");
    }
}
