package dev.careermentor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careermentor.App;
import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Mentor;
import dev.careermentor.answer.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", description = {"Answer a question from the knowledge base.",
        "With --jsonl, read {\"id\": ..., \"question\": ...} lines on stdin and write one JSON line per input line."})
public final class AskCommand implements Callable<Integer> {

    @Mixin
    AppOptions options;

    @Option(names = "--json", description = "Print the answer as one JSON object.")
    boolean json;

    @Option(names = "--jsonl", description = "Answer JSON lines from stdin, one output line per input line, in order.")
    boolean jsonl;

    @Option(names = "--explain", description = "Also print how the question was understood (retrieval, signals).")
    boolean explain;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (quote it, or pass several words).")
    List<String> words = List.of();

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!jsonl && words.isEmpty()) {
            System.err.println("Give a question, e.g.: ask \"Which web frameworks should I learn?\" (or use --jsonl)");
            return 2;
        }
        Mentor mentor = App.start(options.config()).mentor();
        if (jsonl) {
            answerLines(mentor, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
            return 0;
        }
        long start = System.nanoTime();
        Answer answer = mentor.ask(String.join(" ", words));
        double millis = elapsedMillis(start);
        if (explain) {
            printExplanation(mentor.explain(String.join(" ", words)), out);
        }
        if (json) {
            out.println(AnswerJson.MAPPER.writeValueAsString(AnswerJson.of(answer, millis)));
        } else {
            printHuman(answer, out);
        }
        return 0;
    }

    /** Never throws for a bad line: every input line gets exactly one output line. */
    static void answerLines(Mentor mentor, BufferedReader in, PrintStream out) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            long start = System.nanoTime();
            ObjectNode result;
            JsonNode id = null;
            try {
                JsonNode input = AnswerJson.MAPPER.readTree(line);
                if (input == null || !input.isObject()) {
                    throw new IllegalArgumentException("each line must be a JSON object like {\"id\": \"1\", \"question\": \"...\"}");
                }
                id = input.get("id");
                JsonNode question = input.get("question");
                String text = question == null || question.isNull() ? "" : question.isTextual() ? question.asText() : question.toString();
                result = AnswerJson.of(mentor.ask(text), elapsedMillis(start));
            } catch (Exception e) {
                result = errorLine(e, elapsedMillis(start));
            }
            ObjectNode ordered = AnswerJson.MAPPER.createObjectNode();
            ordered.set("id", id);
            ordered.setAll(result);
            out.println(AnswerJson.MAPPER.writeValueAsString(ordered));
        }
    }

    private static ObjectNode errorLine(Exception e, double millis) {
        String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException
                ? "the line is not valid JSON" : e.getMessage() == null ? e.toString() : e.getMessage();
        Answer answer = new Answer("I could not read this input: " + reason + ".", true, 0, List.of(), List.of(), false,
                List.of(), Answer.Refusal.EMPTY);
        ObjectNode node = AnswerJson.of(answer, millis);
        node.put("error", reason);
        return node;
    }

    private static double elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void printExplanation(Mentor.Explanation explanation, PrintStream out) {
        var question = explanation.retrieval().question();
        out.println("query: " + question.text() + "  corrections: " + question.corrections());
        out.printf(java.util.Locale.ROOT, "p=%.3f %s%n", explanation.probability(), explanation.signals());
        for (var hit : explanation.retrieval().hits()) {
            out.printf(java.util.Locale.ROOT, "  %.3f question=%.3f body=%.3f cohesion=%.3f %s%n", hit.score(),
                    hit.questionSimilarity(), hit.bodySimilarity(), hit.cohesion(), hit.card().id());
        }
        out.printf(java.util.Locale.ROOT, "  closest unanswered question: %.3f%n", explanation.retrieval().unanswered());
        out.println();
    }

    static void printHuman(Answer answer, PrintStream out) {
        answer.notes().forEach(note -> out.println("(" + note + ")"));
        out.println(answer.text());
        if (!answer.sources().isEmpty()) {
            out.println();
            out.println("Sources:");
            for (Source source : answer.sources()) {
                out.println("  - " + source.citation() + " — " + source.topic() + " › " + source.question());
            }
        }
        if (!answer.related().isEmpty()) {
            out.println();
            out.println("Related questions:");
            answer.related().forEach(related -> out.println("  - " + related.question()));
        }
    }
}
