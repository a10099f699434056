package dev.careermentor.knowledge;

import java.util.List;

/**
 * A section of a knowledge file: the unit of retrieval and citation.
 *
 * @param id {@code file#anchor}, unique in the knowledge base
 * @param title the document title
 * @param headings the heading path below the title (e.g. {@code ["What happens in the HR interview?"]})
 */
public record Chunk(
        String id,
        String file,
        String anchor,
        String title,
        List<String> headings,
        List<TextUnit> units,
        List<String> tags,
        FrontMatter.Provenance source) {

    public Chunk {
        headings = List.copyOf(headings);
        units = List.copyOf(units);
        tags = List.copyOf(tags);
    }

    /** The section name shown in citations: the deepest heading, or the title for a file's intro. */
    public String section() {
        return headings.isEmpty() ? title : headings.get(headings.size() - 1);
    }

    public String text() {
        return Units.render(units);
    }

    /** The heading path alone: in this knowledge base headings are the questions a section answers. */
    public String headingText() {
        return headings.isEmpty() ? title : title + " > " + String.join(" > ", headings);
    }

    /** What the embedding model sees: the heading path gives short sections their context. */
    public String embeddingText() {
        StringBuilder sb = new StringBuilder(title);
        for (String heading : headings) {
            sb.append(" > ").append(heading);
        }
        return sb.append('\n').append(text()).toString();
    }
}
