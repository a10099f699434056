package dev.careermentor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careermentor.TestKnowledge;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code ask --jsonl} contract: one JSON line out per line in, in order, whatever comes in. */
class AskCommandJsonlTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> run(List<String> lines) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AskCommand.answerLines(TestKnowledge.mentor(), new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), out);
        List<JsonNode> results = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            results.add(JSON.readTree(line));
        }
        return results;
    }

    private static String line(String id, String question) throws Exception {
        return JSON.createObjectNode().put("id", id).put("question", question).toString();
    }

    @Test
    void answersEveryLineInOrderWithTheDocumentedFields() throws Exception {
        List<JsonNode> results = run(List.of(line("a", "Where can I find freelance work?"), line("b", "how do i bake bread?")));

        assertThat(results).extracting(r -> r.get("id").asText()).containsExactly("a", "b");
        JsonNode answered = results.get(0);
        assertThat(answered.fieldNames()).toIterable()
                .contains("id", "answer", "refused", "partial", "confidence", "sources", "related", "millis");
        assertThat(answered.get("refused").asBoolean()).isFalse();
        assertThat(answered.get("answer").asText()).contains("Upwork");
        assertThat(answered.get("sources").get(0).get("file").asText()).isEqualTo("freelancing/finding-clients.md");
        assertThat(answered.get("sources").get(0).get("card").asText()).isEqualTo("freelancing/finding-clients");
        assertThat(answered.get("partial").asBoolean()).isFalse();
        assertThat(answered.get("sources").get(0).has("section")).isTrue();
        assertThat(answered.get("sources").get(0).has("title")).isTrue();
        assertThat(answered.get("millis").isNumber()).as("fractions of a millisecond are kept").isTrue();
        assertThat(results.get(1).get("refused").asBoolean()).isTrue();
        assertThat(results.get(1).get("sources")).isEmpty();
    }

    @Test
    void neverCrashesAndAnswersEachBadInputOnItsOwnLine() throws Exception {
        List<String> inputs = List.of(
                line("empty", ""),
                line("blank", "   \t  "),
                line("control", "\u0000\u0007\u001b[31mwhat is an ORM?\u0008"),
                line("huge", "What is CI/CD? " + "x".repeat(200_000)),
                line("emoji", "🐍🐍🐍 python jobs?? 🚀"),
                line("fullwidth", "Ｗｈｅｒｅ ｃａｎ Ｉ ｆｉｎｄ ｆｒｅｅｌａｎｃｅ ｗｏｒｋ？"),
                line("sql", "'; DROP TABLE users; -- SELECT * FROM jobs WHERE 1=1"),
                line("markdown", "# Title\n**bold** `code` [link](http://x) <script>alert(1)</script>"),
                line("lucene", "C/C++ AND \"quotes OR title:(x* ~2"),
                "this is not json",
                "[1, 2, 3]",
                "{\"id\": 7}",
                "{\"id\": null, \"question\": 42}",
                "",
                "{\"question\": \"no id here, what is pytest?\"}");

        List<JsonNode> results = run(inputs);

        assertThat(results).hasSize(inputs.size());
        assertThat(results).allSatisfy(r -> {
            assertThat(r.has("answer")).isTrue();
            assertThat(r.get("answer").asText()).isNotBlank();
            assertThat(r.has("refused")).isTrue();
            assertThat(r.get("sources").isArray()).isTrue();
            assertThat(r.get("millis").asLong()).isNotNegative();
        });
        assertThat(results.get(0).get("refused").asBoolean()).isTrue();
        assertThat(results.get(3).get("answer").asText()).contains("first 1,000 characters");
        assertThat(results.get(5).get("answer").asText()).contains("Upwork");
        assertThat(results.get(9).get("error").asText()).isEqualTo("the line is not valid JSON");
        assertThat(results.get(11).get("id").asInt()).isEqualTo(7);
        assertThat(results.get(14).get("id").isNull()).isTrue();
        assertThat(results.get(14).get("answer").asText()).containsIgnoringCase("pytest");
    }
}
