package dev.careermentor.answer;

import java.util.List;

/**
 * One earlier exchange of a conversation: what the member asked, what the mentor said, and the
 * cards it cited (by id), so that a follow-up is read against what was just answered.
 */
public record Turn(String question, String answer, List<String> citations) {

    public Turn {
        citations = List.copyOf(citations);
    }

    public Turn(String question, String answer) {
        this(question, answer, List.of());
    }

    public static Turn of(String question, Answer answer) {
        return new Turn(question, answer.text(), answer.sources().stream().map(Source::cardId).toList());
    }
}
