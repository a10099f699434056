package dev.careermentor.questions.gaps;

import java.util.List;

/**
 * Something members ask that the knowledge base does not answer (well): similar refused questions and
 * 👎 comments, grouped.
 *
 * @param count how many questions and comments fell into it
 * @param examples up to two different questions, the most typical first
 * @param comments what members said was missing (from 👎 feedback), newest first
 * @param topic the roadmap topic closest to it: where a card for it would go
 * @param nearestCard the card that came closest, a candidate for {@code related}
 */
public record Gap(int count, List<String> examples, List<String> comments, String topic, String nearestCard) {

    public Gap {
        examples = List.copyOf(examples);
        comments = List.copyOf(comments);
    }

    /** The question a card for this gap would answer: its most typical example, as a question. */
    public String heading() {
        String text = examples.isEmpty() ? "" : examples.get(0).strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return "?";
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith("?") ? text : text.replaceAll("[.!]+$", "") + "?";
    }
}
