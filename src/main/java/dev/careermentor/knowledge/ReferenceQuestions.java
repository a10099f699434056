package dev.careermentor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled example questions the confidence model compares a new question with: the off-topic
 * prototypes ({@code refusal/off-topic-prototypes.txt}) and the calibration set
 * ({@code eval/calibration.jsonl}, in-domain and off-topic). A question whose nearest examples are
 * off-topic is probably off-topic too, even when it shares words with the knowledge base.
 */
public final class ReferenceQuestions {

    static final String PROTOTYPES = "refusal/off-topic-prototypes.txt";
    static final String CALIBRATION = "eval/calibration.jsonl";

    /** One example: its text and whether the knowledge base covers it. */
    public record Reference(String text, boolean inDomain) {
    }

    private ReferenceQuestions() {
    }

    public static List<Reference> load() {
        List<Reference> references = new ArrayList<>();
        for (String line : lines(PROTOTYPES)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                references.add(new Reference(line.strip(), false));
            }
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : lines(CALIBRATION)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = json.readTree(line);
                references.add(new Reference(node.path("question").asText(), "in".equals(node.path("kind").asText())));
            } catch (IOException e) {
                throw new UncheckedIOException("bad line in " + CALIBRATION + ": " + line, e);
            }
        }
        return references;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ReferenceQuestions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
