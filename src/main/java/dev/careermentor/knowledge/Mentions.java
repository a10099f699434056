package dev.careermentor.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which cards a text names, in the order it names them, by the cards' {@code names}: an answer that
 * says "Flask, Django, Pyramid and FastAPI" names four cards, and "the second one" is the Django card.
 */
public final class Mentions {

    /** A card named in a text, at the position of its name, with the name as the text wrote it. */
    public record Mention(Card card, int at, String name) {
    }

    private record Name(Card card, Pattern pattern) {
    }

    private final List<Name> names = new ArrayList<>();

    public Mentions(List<Card> cards) {
        for (Card card : cards) {
            for (String name : card.names()) {
                names.add(new Name(card, Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])",
                        Pattern.CASE_INSENSITIVE)));
            }
        }
    }

    /** The names of the cards the text names, as the text wrote them, in order of first mention. */
    public List<String> namesIn(String text) {
        return in(text, "").stream().map(Mention::name).toList();
    }

    /**
     * The cards named in the text, in order of first mention, each once; a name inside a longer one
     * ("machine learning" in "machine learning specialist") does not count.
     */
    public List<Mention> in(String text, String exceptCardId) {
        List<Mention> found = new ArrayList<>();
        for (Name name : names) {
            Matcher matcher = name.pattern().matcher(text);
            if (matcher.find()) {
                found.add(new Mention(name.card(), matcher.start(), matcher.group()));
            }
        }
        found.sort(Comparator.comparingInt(Mention::at).thenComparing(m -> -m.name().length()));
        List<Mention> ordered = new ArrayList<>();
        int coveredUntil = -1;
        for (Mention mention : found) {
            boolean inside = mention.at() < coveredUntil;
            boolean seen = ordered.stream().anyMatch(m -> m.card().id().equals(mention.card().id()));
            if (!inside && !seen && !mention.card().id().equals(exceptCardId)) {
                ordered.add(mention);
            }
            coveredUntil = Math.max(coveredUntil, mention.at() + mention.name().length());
        }
        return ordered;
    }

}
