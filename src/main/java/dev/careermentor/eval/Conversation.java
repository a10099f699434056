package dev.careermentor.eval;

import java.util.List;

/**
 * A short conversation whose last turn is scored: the earlier turns are asked first, as a member would
 * in a thread, then the last one must be answered with one of {@code cards} (or refused when empty).
 *
 * @param kind what the last turn tests: ordinal, pronoun, ellipsis, why, clarification, switch
 */
public record Conversation(String id, List<String> turns, List<String> cards, String kind) {

    public Conversation {
        turns = List.copyOf(turns);
        cards = List.copyOf(cards);
    }

    public String last() {
        return turns.get(turns.size() - 1);
    }
}
