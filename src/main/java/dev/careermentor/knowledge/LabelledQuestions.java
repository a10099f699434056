package dev.careermentor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Question sets in JSON lines: {@code {"id", "question", "cards": [...], "kind"}}. The project's
 * bank is split into {@code train} (the labelled examples retrieval compares questions with, and what
 * the confidence model is fitted on), {@code dev} (for choosing) and {@code test} (scored once per
 * release, written independently), all under {@code src/main/resources/questions/}.
 */
public final class LabelledQuestions {

    public static final String TRAIN = "questions/train.jsonl";
    public static final String DEV = "questions/dev.jsonl";
    public static final String TEST = "questions/test.jsonl";

    private static final Set<String> KINDS = Set.of("in", "two", "near", "off", "adversarial");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledQuestions() {
    }

    /** A set on the class path, e.g. {@link #TRAIN}; an absent resource is an empty set. */
    public static List<LabelledQuestion> resource(String name) {
        try (InputStream in = LabelledQuestions.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? List.of() : parse(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    public static List<LabelledQuestion> file(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<LabelledQuestion> parse(InputStream in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<LabelledQuestion> questions = new ArrayList<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            List<String> cards = new ArrayList<>();
            node.path("cards").forEach(card -> cards.add(card.asText()));
            String kind = node.path("kind").asText(cards.isEmpty() ? "off" : "in");
            if (!KINDS.contains(kind) || cards.isEmpty() == (kind.equals("in") || kind.equals("two"))) {
                throw new IllegalArgumentException(name + ":" + number + ": kind '" + kind + "' does not fit cards " + cards);
            }
            questions.add(new LabelledQuestion(node.path("id").asText(name + ":" + number), node.path("question").asText(),
                    cards, kind));
        }
        return questions;
    }
}
