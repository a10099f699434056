package dev.careermentor.knowledge;

/**
 * The smallest piece of knowledge text the answer composer quotes: a sentence, a list item or a
 * whole code block (code is never cut).
 *
 * @param block index of the Markdown block (paragraph, list, code block) the unit came from, so
 *     that quoted sentences of one paragraph can be joined again
 */
public record TextUnit(Kind kind, int block, String text) {

    public enum Kind { SENTENCE, ITEM, CODE }
}
