package dev.careermentor.eval;

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

/** Reads a question set in JSON lines ({@code src/main/resources/eval/questions.jsonl} is the project's own). */
public final class QuestionSet {

    public static final String EMBEDDED = "eval/questions.jsonl";
    /** Training questions for the confidence model, kept apart from the evaluation set. */
    public static final String CALIBRATION = "eval/calibration.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QuestionSet() {
    }

    /** The given file, or the project's evaluation set when {@code file} is null. */
    public static List<EvalQuestion> load(Path file) {
        try (InputStream in = file == null ? embedded(EMBEDDED) : Files.newInputStream(file)) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the question set " + (file == null ? EMBEDDED : file), e);
        }
    }

    public static List<EvalQuestion> calibration() {
        try (InputStream in = embedded(CALIBRATION)) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CALIBRATION, e);
        }
    }

    private static InputStream embedded(String resource) {
        InputStream in = QuestionSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        return in;
    }

    static List<EvalQuestion> parse(BufferedReader reader) throws IOException {
        List<EvalQuestion> questions = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = MAPPER.readTree(line);
            String kind = node.path("kind").asText();
            if (!kind.equals("in") && !kind.equals("out")) {
                throw new IllegalArgumentException("line " + lineNumber + ": kind must be 'in' or 'out'");
            }
            List<String> expect = new ArrayList<>();
            node.path("expect").forEach(fact -> expect.add(fact.asText()));
            questions.add(new EvalQuestion(node.path("id").asText("line-" + lineNumber), kind.equals("in"),
                    node.path(kind.equals("in") ? "topic" : "category").asText(""), node.path("question").asText(),
                    expect));
        }
        return questions;
    }
}
