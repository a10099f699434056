package dev.careermentor.answer;

import dev.careermentor.knowledge.Card;
import dev.careermentor.knowledge.ContentWords;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that clearly asks two things ("what happens in the HR and the technical interview?",
 * "what is ci/cd, and what is dns ttl") gets two cards: split where the question joins two parts, each
 * part must be answered confidently on its own, and by a different card, one of them the card the
 * whole question found.
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

    /** What the mentor makes of one part: its best card when answered confidently, else empty. */
    interface Reader extends Function<String, Optional<Card>> {
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

    static Optional<Card> second(String question, Card first, Reader reader) {
        if (question.length() > MAX_CHARS) {
            return Optional.empty();
        }
        Matcher join = JOINS.matcher(question);
        for (int tried = 0; tried < MAX_SPLITS && join.find(); tried++) {
            String before = LEAD_IN.matcher(question.substring(0, join.start())).replaceFirst("");
            String after = question.substring(join.end());
            if (!asks(before) || !asks(after) || FollowUps.pointsBack(after)) {
                continue; // "…? i just want to code" tells, "…and why do people use it?" asks about the same thing
            }
            Optional<Card> left = reader.apply(before);
            Optional<Card> right = reader.apply(after);
            if (left.isPresent() && right.isPresent() && !left.get().id().equals(right.get().id())) {
                if (left.get().id().equals(first.id())) {
                    return right;
                }
                if (right.get().id().equals(first.id())) {
                    return left;
                }
            }
        }
        return Optional.empty();
    }
}
