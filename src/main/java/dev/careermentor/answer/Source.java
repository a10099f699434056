package dev.careermentor.answer;

import dev.careermentor.knowledge.Chunk;

/**
 * A knowledge-base section an answer used.
 *
 * @param file path relative to {@code knowledge/}
 * @param section the section heading
 * @param title the document title
 */
public record Source(String file, String section, String title, String anchor) {

    public static Source of(Chunk chunk) {
        return new Source(chunk.file(), chunk.section(), chunk.title(), chunk.anchor());
    }

    /** {@code file#anchor}: opens the section on GitHub or in an editor with Markdown anchors. */
    public String citation() {
        return file + "#" + anchor;
    }
}
