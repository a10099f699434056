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

    /**
     * {@code sources[].file} is the card's file, {@code section} its question and {@code title} its topic, as
     * before cards; {@code card} and {@code updated} are new. {@code partial} says the reply could give only part
     * of what was asked; {@code refused} stays for "nothing to answer".
     */
    static ObjectNode of(Answer answer, double millis) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("answer", answer.notes().isEmpty() ? answer.text()
                : String.join(" ", answer.notes()) + "\n\n" + answer.text());
        node.put("refused", answer.refused());
        node.put("partial", answer.partial());
        node.put("confidence", Math.round(answer.confidence() * 1000) / 1000.0);
        ArrayNode sources = node.putArray("sources");
        for (Source source : answer.sources()) {
            sources.addObject().put("file", source.citation()).put("section", source.question()).put("title", source.topic())
                    .put("card", source.cardId()).put("updated", String.valueOf(source.updated()));
        }
        ArrayNode related = node.putArray("related");
        answer.related().forEach(r -> related.addObject().put("card", r.cardId()).put("question", r.question()));
        node.put("millis", Math.round(millis * 1000) / 1000.0);
        return node;
    }
}
