package dev.careermentor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a Markdown file into its YAML front matter and body, and validates the header. */
final class FrontMatterParser {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Thrown for a file whose header is missing or invalid; carries the line to report. */
    static final class InvalidFrontMatter extends Exception {
        final int line;

        InvalidFrontMatter(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    KnowledgeDocument parse(String file, String content) throws InvalidFrontMatter {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new InvalidFrontMatter(1, "missing front matter: the file must start with a '---' line");
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new InvalidFrontMatter(1, "front matter is not closed by a '---' line");
        }
        String header = String.join("\n", List.of(lines).subList(1, end));
        String body = String.join("\n", List.of(lines).subList(end + 1, lines.length));
        return new KnowledgeDocument(file, toFrontMatter(header), body, end + 2);
    }

    private FrontMatter toFrontMatter(String header) throws InvalidFrontMatter {
        JsonNode node;
        try {
            node = YAML.readTree(header);
        } catch (Exception e) {
            throw new InvalidFrontMatter(2, "front matter is not valid YAML: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidFrontMatter(2, "front matter must be a YAML mapping");
        }
        String title = node.path("title").asText("").strip();
        if (title.isEmpty()) {
            throw new InvalidFrontMatter(2, "front matter needs a 'title'");
        }
        return new FrontMatter(title, tags(node.path("tags")), provenance(node.path("source")), updated(node.path("updated")));
    }

    private static List<String> tags(JsonNode node) throws InvalidFrontMatter {
        List<String> tags = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return tags;
        }
        if (!node.isArray()) {
            throw new InvalidFrontMatter(2, "'tags' must be a list, e.g. [testing, pytest]");
        }
        node.forEach(tag -> tags.add(tag.asText().strip().toLowerCase(Locale.ROOT)));
        return tags;
    }

    private static FrontMatter.Provenance provenance(JsonNode node) throws InvalidFrontMatter {
        String value = node.asText("").strip().toUpperCase(Locale.ROOT);
        try {
            return FrontMatter.Provenance.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFrontMatter(2, "'source' must be 'article' or 'curated', not '" + node.asText("") + "'");
        }
    }

    private static LocalDate updated(JsonNode node) throws InvalidFrontMatter {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFrontMatter(2, "'updated' must be a date like 2026-11-24");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
