package dev.careermentor.answer;

import dev.careermentor.knowledge.Card;
import dev.careermentor.knowledge.ContentWords;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that clearly asks two things ("what happens in the HR and the technical interview?",
 * "what is ci/cd, and what is dns ttl") gets two cards: split where the question joins two parts, each
 * part must be answered confidently on its own, and by a different card. Usually one of them is the card
 * the whole question found. When neither is and a part finds its card more surely than the whole question
 * found its own, the whole question found a card that blends the two ("where do i find clients, and is
 * freelancing smarter than a job?" finds what a freelancer is), and the two parts' cards answer it instead.
 */
final class TwoParts {

    /**
     * Where a second question starts: after a question mark or a comma with "and"/"also", at "and also",
     * "as well as", or at "and" followed by a question word or by "the" (as in "the HR and the technical
     * interview"). A plain "and" inside one request ("numpy arrays and python lists") does not split.
     */
    private static final Pattern JOINS = Pattern.compile(
            "\\s*(?:[,;?]\\s*(?:and\\s+)?also\\b|[,;?]\\s*and\\b|\\band\\s+also\\b|\\bas\\s+well\\s+as\\b|\\bplus\\b"
                    + "|\\band\\s+(?=(?:what|whats|what's|how|hows|how's|who|whos|who's|whom|which|where|when|why|is|are|do|does"
                    + "|should|can|the|in\\s+the)\\b)"
                    + "|[?;]\\s+(?=\\w))\\s*", Pattern.CASE_INSENSITIVE);

    /** A part's best card and how sure the mentor is of it. */
    record Found(Card card, double probability) {
    }

    /** What the mentor makes of one part: its best card when answered confidently, else empty. */
    interface Reader extends Function<String, Optional<Found>> {
    }

    /** Where to split is tried at the first few joins only: each try reads two parts. */
    private static final int MAX_SPLITS = 2;
    /** A longer message joining clauses with "and" is telling a story, not asking two questions. */
    private static final int MAX_CHARS = 160;

    /** "two things:", "quick questions -": an announcement before the questions. */
    private static final Pattern LEAD_IN = Pattern.compile("^[^:?]{0,40}:\\s*");
    /** A part that is itself a question: it opens with a question word, or names a thing to explain ("the HR"). */
    private static final Pattern ASKS = Pattern.compile(
            "^\\W*(?:(?:and|also|so|but)\\s+)?(?:what|what's|whats|which|who|whom|how|where|when|why|is|are|do|does|did|can"
                    + "|could|should|would|will|the|in\\s+the)\\b", Pattern.CASE_INSENSITIVE);

    private TwoParts() {
    }

    private static boolean asks(String part) {
        return ASKS.matcher(part).lookingAt() && !ContentWords.of(part).isEmpty();
    }

    /** A clause of the second part: a pointer after it ("…what is django, trying to choose one") is chat. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]\\s");

    /** The cards that answer the question: the one the whole question found, and a second if it asks two things. */
    static List<Card> cards(String question, Found whole, Reader reader) {
        Card first = whole.card();
        if (question.length() > MAX_CHARS) {
            return List.of(first);
        }
        Matcher join = JOINS.matcher(question);
        for (int tried = 0; tried < MAX_SPLITS && join.find(); tried++) {
            String before = LEAD_IN.matcher(question.substring(0, join.start())).replaceFirst("");
            String after = question.substring(join.end());
            if (!asks(before) || !asks(after) || FollowUps.pointsBack(CLAUSE_END.split(after, 2)[0])) {
                continue; // "…? i just want to code" tells, "…and why do people use it?" asks about the same thing
            }
            Optional<Found> left = reader.apply(before);
            Optional<Found> right = reader.apply(after);
            if (left.isEmpty() || right.isEmpty() || left.get().card().id().equals(right.get().card().id())) {
                continue;
            }
            Card one = left.get().card();
            Card other = right.get().card();
            if (one.id().equals(first.id()) || other.id().equals(first.id())) {
                return List.of(first, one.id().equals(first.id()) ? other : one);
            }
            boolean blended = Math.max(left.get().probability(), right.get().probability()) > whole.probability();
            if (blended) {
                return List.of(one, other);
            }
        }
        return List.of(first);
    }
}
