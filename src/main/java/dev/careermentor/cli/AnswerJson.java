package dev.careermentor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Source;

/** The JSON shape of an answer, shared by {@code ask --json} and {@code ask --jsonl}. */
final class AnswerJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerJson() {
    }

    static ObjectNode of(Answer answer, long millis) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("answer", answer.notes().isEmpty() ? answer.text()
                : String.join(" ", answer.notes()) + "\n\n" + answer.text());
        node.put("refused", answer.refused());
        node.put("confidence", Math.round(answer.confidence() * 1000) / 1000.0);
        ArrayNode sources = node.putArray("sources");
        for (Source source : answer.sources()) {
            sources.addObject().put("file", source.file()).put("section", source.section()).put("title", source.title());
        }
        node.put("millis", millis);
        return node;
    }
}
