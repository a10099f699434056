package dev.careermentor.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A lint for the shape of an answer as a member reads it: what a good mentor would never post. It
 * flags bare headings, list items without the sentence that introduces them, a sentence said twice,
 * a reply that opens with a word pointing at something it never said ("This", "Also"), unclosed code
 * fences, and replies longer than {@value #MAX_CHARS} characters.
 */
public final class AnswerShape {

    public static final int MAX_CHARS = 900;

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+");
    private static final Pattern POINTS_AT_NOTHING = Pattern.compile(
            "^(this|that|these|those|it|they|also|however|but|and|so|therefore|furthermore|moreover|additionally|"
                    + "besides|then|still|instead|otherwise|likewise|similarly|thus|hence)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    /** The question line heading each card of a two-card reply ("**What happens…?**"). */
    private static final Pattern CARD_TITLE = Pattern.compile("^\\*\\*[^*]+\\*\\*$");

    private AnswerShape() {
    }

    /** The rules an answer breaks; empty when a mentor could post it as it is. */
    public static List<String> problems(String answer) {
        List<String> problems = new ArrayList<>();
        if (answer.length() > MAX_CHARS) {
            problems.add("longer than " + MAX_CHARS + " characters (" + answer.length() + ")");
        }
        String[] lines = answer.split("\n", -1);
        boolean inCode = false;
        int fences = 0;
        String previous = "";
        boolean opensPart = true;
        Set<String> sentences = new HashSet<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.startsWith("```")) {
                fences++;
                inCode = !inCode;
                previous = stripped;
                continue;
            }
            if (inCode) {
                continue;
            }
            if (stripped.isEmpty()) {
                continue;
            }
            if (HEADING.matcher(stripped).find()) {
                problems.add("bare heading: " + stripped);
            }
            boolean item = LIST_ITEM.matcher(line).find();
            if (item && (previous.isEmpty() || previous.startsWith("```") || CARD_TITLE.matcher(previous).matches())) {
                problems.add("list item without a lead-in: " + stripped);
            }
            if (CARD_TITLE.matcher(stripped).matches()) {
                opensPart = true;
                previous = stripped;
                continue;
            }
            if (opensPart && !item && POINTS_AT_NOTHING.matcher(stripped).find()) {
                problems.add("opens with a word that points at nothing: " + stripped.split("\\s+")[0]);
            }
            opensPart = false;
            for (String sentence : SENTENCE_END.split(stripped)) {
                String key = sentence.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").strip();
                if (key.split(" ").length >= 4 && !sentences.add(key)) {
                    problems.add("repeated sentence: " + sentence);
                }
            }
            previous = stripped;
        }
        if (fences % 2 != 0) {
            problems.add("a code fence is not closed");
        }
        return problems;
    }
}
