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
                    + "|should|can|the|in\\s+the|btw|by\\s+the\\s+way|separately)\\b)"
                    + "|[?;]\\s+(?=\\w))\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * A join with a word ("and", "also", "btw"), not a bare question mark: "…something about cache? what is
     * cache management" may be one question told twice, whose whole reading comes first.
     */
    private static final Pattern JOINED_BY_A_WORD = Pattern.compile("\\w");

    /** A part's best card and how sure the mentor is of it. */
    record Found(Card card, double probability) {
    }

    /** What the mentor makes of one part: its best card when answered confidently, else empty. */
    interface Reader extends Function<String, Optional<Found>> {
    }

    /** Where to split is tried at the first few joins only: each try reads two parts. */
    private static final int MAX_SPLITS = 2;
    /** A longer message joining clauses with "and" is telling a story, not asking two questions. */
    private static final int MAX_CHARS = 240;

    /** "two things:", "quick questions -": an announcement before the questions. */
    private static final Pattern LEAD_IN = Pattern.compile("^[^:?]{0,40}:\\s*");
    /** A part that is itself a question: it opens with a question word, or names a thing to explain ("the HR"). */
    private static final Pattern ASKS = Pattern.compile(
            "^\\W*(?:(?:and|also|so|but|ok|okay|then|roughly|about|approximately|just)\\s+)?"
                    // "and if django has one, why…": a condition before the question word
                    + "(?:(?:if|since|given|now\\s+that)\\s[^,?]{1,80},\\s*+)?"
                    + "(?:what|what's|whats|which|who|whom|how|where|when|why|is|are|do|does|did|can"
                    + "|could|should|would|will|the|in\\s+the)\\b", Pattern.CASE_INSENSITIVE);

    private TwoParts() {
    }

    /** "never coded in my life. is python a good start?": the question is the part's last sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!]\\s+(?=\\w)");
    /** Chat before a second question: "and btw", "unrelated:", "oh and". */
    private static final Pattern CHAT_LEAD = Pattern.compile(
            "^\\W*(?:(?:oh|and|also|btw|by\\s+the\\s+way|unrelated|totally\\s+unrelated|separately|one\\s+more\\s+thing"
                    + "|another\\s+one)\\b[\\s,:.-]*+)+",
            Pattern.CASE_INSENSITIVE);

    /**
     * A second part about the first part's thing: "and why do people use it?", "is that hard?", "why learn sql
     * if i already have one" (but in "a test that checks one function", "that" and "one" point at nothing before).
     */
    private static final Pattern POINTS_BACK = Pattern.compile("\\b(?:it|its|them|they|their)\\b"
            + "|\\b(?:that|this)\\b(?=\\s*+(?:[?!.,]|$|(?:is|was|does|do|mean|means|pay|pays|take|takes|work|works)\\b))"
            // the pointer alone, so that writing the thing in keeps the verb: "how do i make one" → "…make a portfolio"
            + "|(?<=\\b(?:have|has|had|use|using|need|got|get|pick|choose|learn|without|set|make|create|install|write"
            + "|build|find|start|run)\\s)one\\b(?!\\s++of\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "is it hard to…", "how long does it take": an "it" that stands for nothing said before. */
    private static final Pattern PLACEHOLDER_IT = Pattern.compile(
            "\\b(?:is|was|isn't|would|will)\\s++it\\s++(?:\\w++\\s++){0,2}?(?:to|that|if|when)\\b|\\bdoes\\s++it\\s++take\\b",
            Pattern.CASE_INSENSITIVE);

    private static boolean pointsBack(String part) {
        return POINTS_BACK.matcher(part).find();
    }

    /** "…and when should i pick which?": a choice among things said elsewhere, nothing to read alone. */
    private static final Pattern CHOOSES_AMONG = Pattern.compile("\\b(?:which|which\\s+one|either)\\W*$",
            Pattern.CASE_INSENSITIVE);

    private static String lastSentence(String part) {
        String[] sentences = SENTENCE_END.split(part);
        return sentences[sentences.length - 1];
    }

    private static boolean asks(String part) {
        return ASKS.matcher(part).lookingAt() && !ContentWords.of(part).isEmpty();
    }

    /** A clause of the second part: a pointer after it ("…what is django, trying to choose one") is chat. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]\\s");

    /**
     * The cards that answer the question: the one the whole question found, and a second if it asks two things.
     * When the whole question found no card confidently ("what an API is? and unrelated: can python catch card
     * fraud?" is about nothing as a whole), its two parts' cards if it asks two things, else none.
     */
    static List<Found> cards(String question, Optional<Found> whole, Reader reader,
            Function<String, Optional<String>> subjectOf) {
        List<Found> alone = whole.map(List::of).orElse(List.of());
        if (question.length() > MAX_CHARS) {
            return alone;
        }
        Matcher join = JOINS.matcher(question);
        for (int tried = 0; tried < MAX_SPLITS && join.find(); tried++) {
            String asked = LEAD_IN.matcher(question.substring(0, join.start())).replaceFirst("");
            String before = lastSentence(asked);
            if (pointsBack(before)) { // "my senior wrote 'prefer composition'. what does that mean": all of it
                before = asked;
            }
            String after = CHAT_LEAD.matcher(question.substring(join.end())).replaceFirst("");
            // "torn between a job and going solo, any advice? also, …": a question mark ends a question
            boolean beforeAsks = asks(before) || join.group().strip().startsWith("?");
            if (!beforeAsks || !asks(after) || CHOOSES_AMONG.matcher(after).find()) {
                continue; // "…? i just want to code" tells
            }
            if (pointsBack(CLAUSE_END.split(after, 2)[0])) {
                // "who came up with python, and why name it after a snake?": the second part, of the first's thing
                Optional<String> subject = subjectOf.apply(before);
                boolean placeholder = PLACEHOLDER_IT.matcher(after).find();
                if (subject.isPresent() == placeholder) {
                    continue; // it points at nothing named; or "is it hard to…" after a named thing may mean either
                }
                if (subject.isPresent()) {
                    after = POINTS_BACK.matcher(after).replaceFirst(Matcher.quoteReplacement(subject.get()));
                } // else "do i need a degree for this, and how long does it take to get job ready": its "it" is no one
            }
            Optional<Found> left = reader.apply(before);
            Optional<Found> right = reader.apply(after);
            if (left.isEmpty() || right.isEmpty() || left.get().card().id().equals(right.get().card().id())) {
                continue;
            }
            Found one = left.get();
            Found other = right.get();
            if (whole.isEmpty()) {
                return List.of(one, other);
            }
            Found first = whole.get();
            if (one.card().id().equals(first.card().id()) || other.card().id().equals(first.card().id())) {
                if (one.card().id().equals(first.card().id()) || !JOINED_BY_A_WORD.matcher(join.group()).find()) {
                    return List.of(first, one.card().id().equals(first.card().id()) ? other : one);
                }
                // "what does the f do? and what does ** mean?": two questions, answered in the order asked
                return List.of(one, first);
            }
            if (Math.max(one.probability(), other.probability()) > first.probability()) { // blended
                return List.of(one, other);
            }
        }
        return alone;
    }
}
