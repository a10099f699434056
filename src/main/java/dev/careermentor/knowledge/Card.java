package dev.careermentor.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One answer card: a question a member asks, answered completely in a few sentences. The card is the
 * unit of retrieval, of the reply and of citation; its phrasings are other ways of asking the same
 * question, used only for matching.
 *
 * @param id {@code topic/slug}, the card's path below the knowledge root without {@code .md}
 * @param topic the topic it belongs to (its directory)
 * @param question the heading: the question the card answers
 * @param body the answer, Markdown (prose, and code blocks kept as written)
 * @param phrasings everyday ways of asking the same question
 * @param related cards a member might ask about next, by id
 * @param names how other answers name this card's subject ("Django", "HR interview"): "the second one"
 *     after a list that names it means this card
 */
public record Card(String id, String topic, String question, String body, List<String> phrasings, List<String> related,
        List<String> names, Provenance source, LocalDate updated) {

    /** {@code article}: restates facts of the seed article; {@code curated}: accurate material beyond it. */
    public enum Provenance { ARTICLE, CURATED }

    private static final Pattern CODE_BLOCK = Pattern.compile("(?s)```.*?```");

    public Card {
        phrasings = List.copyOf(phrasings);
        related = List.copyOf(related);
        names = List.copyOf(names);
    }

    /** The card's file, relative to the knowledge root: what a citation points at. */
    public String file() {
        return id + ".md";
    }

    /** The answer without its code blocks: what is read as prose (length rule, sentence features). */
    public String prose() {
        return CODE_BLOCK.matcher(body).replaceAll(" ").strip();
    }

    /** What the embedding model sees for the answer: the question gives a short answer its context. */
    public String embeddingText() {
        return question + "\n" + body;
    }
}
