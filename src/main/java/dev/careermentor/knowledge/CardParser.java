package dev.careermentor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one card file: YAML front matter ({@code source}, {@code updated}, {@code phrasings},
 * {@code related}), then the question as a level-one heading, then the answer. A malformed card is
 * rejected with the line to fix.
 */
final class CardParser {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A card file that cannot be used, with the line (1-based) to report. */
    static final class InvalidCard extends Exception {
        final int line;

        InvalidCard(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** @param id the card's id, {@code topic/slug} */
    Card parse(String id, String content) throws InvalidCard {
        String[] lines = (content.startsWith("\uFEFF") ? content.substring(1) : content).split("\r?\n", -1);
        if (!lines[0].strip().equals("---")) {
            throw new InvalidCard(1, "missing front matter: the file must start with a '---' line");
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals("---")) {
            end++;
        }
        if (end == lines.length) {
            throw new InvalidCard(1, "front matter is not closed by a '---' line");
        }
        JsonNode meta = frontMatter(String.join("\n", List.of(lines).subList(1, end)));
        int heading = end + 1;
        while (heading < lines.length && lines[heading].isBlank()) {
            heading++;
        }
        if (heading == lines.length || !lines[heading].startsWith("# ")) {
            throw new InvalidCard(Math.min(heading + 1, lines.length), "the card needs its question as a '# ' heading");
        }
        String question = lines[heading].substring(2).strip();
        String body = String.join("\n", List.of(lines).subList(heading + 1, lines.length)).strip();
        if (body.isEmpty()) {
            throw new InvalidCard(heading + 2, "the card has no answer below its question");
        }
        String topic = id.substring(0, id.indexOf('/'));
        return new Card(id, topic, question, body, strings(meta, "phrasings"), strings(meta, "related"),
                strings(meta, "names"), provenance(meta.path("source")), updated(meta.path("updated")));
    }

    private static JsonNode frontMatter(String header) throws InvalidCard {
        JsonNode node;
        try {
            node = YAML.readTree(header);
        } catch (Exception e) {
            throw new InvalidCard(2, "front matter is not valid YAML: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidCard(2, "front matter must be a YAML mapping");
        }
        return node;
    }

    private static List<String> strings(JsonNode meta, String field) throws InvalidCard {
        JsonNode node = meta.path(field);
        List<String> values = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw new InvalidCard(2, "'" + field + "' must be a list");
        }
        for (JsonNode value : node) {
            if (!value.asText("").isBlank()) {
                values.add(value.asText().strip());
            }
        }
        return values;
    }

    private static Card.Provenance provenance(JsonNode node) throws InvalidCard {
        try {
            return Card.Provenance.valueOf(node.asText("").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCard(2, "'source' must be 'article' or 'curated', not '" + node.asText("") + "'");
        }
    }

    private static LocalDate updated(JsonNode node) throws InvalidCard {
        try {
            return LocalDate.parse(node.asText("").strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCard(2, "'updated' must be a date like 2026-12-01");
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
