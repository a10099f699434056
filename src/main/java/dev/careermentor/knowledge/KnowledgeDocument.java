package dev.careermentor.knowledge;

/**
 * One Markdown file of the knowledge base.
 *
 * @param file path relative to the knowledge root, with forward slashes (e.g. {@code interviews.md})
 * @param bodyLine the line number (1-based) where the Markdown body starts, for error messages
 */
public record KnowledgeDocument(String file, FrontMatter meta, String body, int bodyLine) {
}
