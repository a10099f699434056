package dev.careermentor.practice;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.careermentor.knowledge.LoadProblem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads the challenge bank: every {@code *.yaml} file of a folder is a list of challenges. Each
 * challenge is validated on its own; a malformed one is reported with file and line and skipped,
 * the rest still load.
 */
public final class ChallengeLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KINDS = Set.of("choice", "short", "task");

    private final Predicate<String> knownSource;

    /** @param knownSource whether a {@code file#anchor} names an existing knowledge section */
    public ChallengeLoader(Predicate<String> knownSource) {
        this.knownSource = knownSource;
    }

    public ChallengeBank load(Path dir) {
        List<Challenge> challenges = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new LoadProblem(dir.toString(), 0, "the challenge folder does not exist"));
            return new ChallengeBank(challenges, problems);
        }
        Set<String> ids = new HashSet<>();
        for (Path file : yamlFiles(dir)) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    JsonParser parser = YAML.getFactory().createParser(reader)) {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    problems.add(new LoadProblem(name, 1, "the file must be a YAML list of challenges"));
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    int line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = YAML.readTree(parser);
                    try {
                        Challenge challenge = parse(node, name, line);
                        if (!ids.add(challenge.id())) {
                            throw new InvalidChallenge("duplicate id '" + challenge.id() + "'");
                        }
                        challenges.add(challenge);
                    } catch (InvalidChallenge e) {
                        problems.add(new LoadProblem(name, line, e.getMessage()));
                    }
                }
            } catch (IOException e) {
                problems.add(new LoadProblem(name, 0, "not valid YAML: " + firstLine(e.getMessage())));
            }
        }
        return new ChallengeBank(challenges, problems);
    }

    private Challenge parse(JsonNode node, String file, int line) throws InvalidChallenge {
        String id = text(node, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidChallenge("id '" + id + "' must be lowercase letters, digits and hyphens");
        }
        String kind = text(node, "kind");
        if (!KINDS.contains(kind)) {
            throw new InvalidChallenge("kind must be choice, short or task, not '" + kind + "'");
        }
        int difficulty = node.path("difficulty").asInt(0);
        if (difficulty < 1 || difficulty > 3) {
            throw new InvalidChallenge("difficulty must be 1, 2 or 3");
        }
        String source = text(node, "source");
        if (!knownSource.test(source)) {
            throw new InvalidChallenge("source '" + source + "' is not a card of the knowledge base (topic/slug)");
        }
        List<String> tags = strings(node.path("tags"));
        Challenge.Meta meta = new Challenge.Meta(id, difficulty, tags, source, text(node, "prompt"),
                text(node, "explanation"), file, line);
        return switch (kind) {
            case "choice" -> choice(node, meta);
            case "short" -> shortAnswer(node, meta);
            default -> task(node, meta);
        };
    }

    private static Challenge choice(JsonNode node, Challenge.Meta meta) throws InvalidChallenge {
        List<String> options = strings(node.path("options"));
        if (options.size() < 2 || options.size() > 5) {
            throw new InvalidChallenge("a choice needs 2 to 5 options");
        }
        if (new HashSet<>(options).size() != options.size()) {
            throw new InvalidChallenge("the options must be different");
        }
        int answer = options.indexOf(text(node, "answer"));
        if (answer < 0) {
            throw new InvalidChallenge("the answer must be one of the options");
        }
        return new Challenge.MultipleChoice(meta, options, answer);
    }

    private static Challenge shortAnswer(JsonNode node, Challenge.Meta meta) throws InvalidChallenge {
        List<String> accepted = strings(node.path("accept"));
        Challenge.Numeric numeric = null;
        if (node.has("numeric")) {
            JsonNode n = node.get("numeric");
            if (!n.path("value").isNumber() || n.path("tolerance").asDouble(-1) < 0) {
                throw new InvalidChallenge("numeric needs a number 'value' and a non-negative 'tolerance'");
            }
            numeric = new Challenge.Numeric(n.get("value").asDouble(), n.get("tolerance").asDouble());
        }
        if (accepted.isEmpty() && numeric == null) {
            throw new InvalidChallenge("a short answer needs 'accept' or 'numeric'");
        }
        return new Challenge.ShortAnswer(meta, accepted, numeric);
    }

    private static Challenge task(JsonNode node, Challenge.Meta meta) throws InvalidChallenge {
        List<String> hints = strings(node.path("hints"));
        if (hints.isEmpty() || hints.size() > 3) {
            throw new InvalidChallenge("a task needs 1 to 3 hints");
        }
        return new Challenge.PracticeTask(meta, hints, text(node, "solution"));
    }

    private static String text(JsonNode node, String field) throws InvalidChallenge {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new InvalidChallenge("missing '" + field + "'");
        }
        return value.asText().strip();
    }

    private static List<String> strings(JsonNode node) throws InvalidChallenge {
        List<String> values = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw new InvalidChallenge("expected a list, e.g. [a, b]");
        }
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.asText().isBlank()) {
                throw new InvalidChallenge("list items must be non-empty text");
            }
            values.add(item.asText().strip());
        }
        return values;
    }

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** One challenge's problem; becomes a {@link LoadProblem} with its file and line. */
    private static final class InvalidChallenge extends Exception {
        InvalidChallenge(String message) {
            super(message);
        }
    }
}
