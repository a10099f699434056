package dev.careermentor.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * The mentor's reply.
 *
 * @param text the reply, without the sources list (adapters render sources their own way)
 * @param refused whether the mentor declined because the knowledge base does not answer the question
 * @param confidence calibrated probability that the knowledge base answers the question
 * @param sources the cards the reply was built from (one, or two for a question that asks two
 *     things); empty for a refusal
 * @param related questions the member might ask next, each answered by a card; for a refusal, the
 *     closest cards the knowledge base has
 * @param partial whether the question asked for more than the knowledge base says (a comparison or a
 *     ranking it does not make): the reply says so, then gives what it does say
 * @param notes remarks about the question itself, e.g. that it was shortened
 * @param reason why the mentor refused, {@code null} for an answer
 */
public record Answer(String text, boolean refused, double confidence, List<Source> sources, List<Related> related,
        boolean partial, List<String> notes, Refusal reason) {

    public Answer {
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        notes = List.copyOf(notes);
    }

    /** A question the knowledge base answers, offered as a next step. */
    public record Related(String cardId, String question) {
    }

    /** Why a question was not answered from the knowledge base. */
    public enum Refusal {
        /** Nothing to answer: empty or blank text, a greeting, thanks. */
        EMPTY,
        /** The knowledge base does not cover it (off-topic, or a covered topic's uncovered specific). */
        NOT_COVERED,
        /** It asks for figures (salaries, counts, rates) the knowledge base does not hold. */
        NO_FIGURES,
        /** It tries to change the mentor's instructions. */
        INSTRUCTIONS
    }

    static Answer refusal(String text, Refusal reason, double confidence, List<Related> related) {
        return new Answer(text, true, confidence, List.of(), related, false, List.of(), reason);
    }

    public Answer withNotes(List<String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(extra);
        all.addAll(notes);
        return new Answer(text, refused, confidence, sources, related, partial, all, reason);
    }
}
