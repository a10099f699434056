package dev.careermentor.answer;

import java.util.List;

/**
 * The mentor's reply.
 *
 * @param text the reply, without the sources list (adapters render sources their own way)
 * @param refused whether the mentor declined because the knowledge base does not cover the question
 * @param confidence calibrated probability that the knowledge base answers the question
 * @param sources the sections the reply was built from; empty for a refusal
 * @param notes remarks about the question itself, e.g. that it was shortened
 * @param reason why the mentor refused, {@code null} for an answer
 */
public record Answer(String text, boolean refused, double confidence, List<Source> sources, List<String> notes,
        Refusal reason) {

    public Answer {
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /** Why a question was not answered from the knowledge base. */
    public enum Refusal {
        /** Nothing to answer: empty or blank text. */
        EMPTY,
        /** The knowledge base does not cover it (off-topic or below the confidence threshold). */
        NOT_COVERED,
        /** It asks for figures (salaries, counts, rates) the knowledge base does not hold. */
        NO_FIGURES,
        /** It tries to change the mentor's instructions. */
        INSTRUCTIONS
    }

    public Answer withNotes(List<String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(extra);
        all.addAll(notes);
        return new Answer(text, refused, confidence, sources, all, reason);
    }
}
