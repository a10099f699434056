package dev.careermentor.answer;

import dev.careermentor.knowledge.ContentWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question against the turn before it, the way a person would: "the second one" after a list
 * of frameworks is the second framework; "the first one" after the technical interview is the first
 * interview; "who uses it?" is about what was just discussed; "what about freelancers?" continues the
 * topic; "why?" asks for the reason; "sorry, I meant the technical one" replaces the question.
 */
final class FollowUps {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern POINTS_BACK = Pattern.compile(
            "\\b(it|its|they|them|their|those|these|that|this|there|the\\s+same|the\\s+(first|second|third|fourth|other|next|"
                    + "last|former|latter)(\\s+(one|ones|round|part|step))?|the\\s+\\w+\\s+(one|ones))\\b", FLAGS);
    private static final Pattern ONE = Pattern.compile(
            "\\b(the\\s+)?((first|second|third|fourth|other|next|last|former|latter|\\w+)\\s+)(one|ones)\\b", FLAGS);
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(first|second|third|fourth|fifth|last|former|latter|1st|2nd|3rd|4th)\\b", FLAGS);
    private static final Pattern LEADS_ON = Pattern.compile(
            "^\\W*(and|also|but|so|then|what\\s+about|how\\s+about|what\\s+of|same\\s+for|ok(ay)?\\s+and|and\\s+what\\s+about)\\b",
            FLAGS);
    private static final Pattern WHY = Pattern.compile(
            "^\\W*(and\\s+|but\\s+|so\\s+)?(why|how\\s+come|why\\s+so|why\\s+is\\s+that|why\\s+does\\s+it\\s+matter"
                    + "|why\\s+that|for\\s+what\\s+reason|what'?s\\s+the\\s+reason)\\s*\\W*$", FLAGS);
    private static final Pattern CLARIFIES = Pattern.compile(
            "^\\W*(sorry|no|nope|oops|not\\s+that|actually|wait|i\\s+mean)\\b[\\s,.!-]*(i\\s+)?(meant|mean|was\\s+asking"
                    + "\\s+about|asked\\s+about|wanted)?\\b[\\s,.!-]*", FLAGS);
    private static final Pattern CLARIFY_CUE = Pattern.compile("\\b(meant|mean|was\\s+asking|not\\s+that)\\b", FLAGS);
    private static final Pattern IT_ACRONYM = Pattern.compile("\\bIT\\b"); // "I work in IT support"
    /** An enumeration: three or more items separated by commas, the last joined by "and" or "or". */
    private static final Pattern SERIES = Pattern.compile(
            "((?:[A-Z][\\w./+#-]*(?:\\s+[A-Z][\\w./+#-]*)*\\s*,\\s*)+[A-Z][\\w./+#-]*(?:\\s+[A-Z][\\w./+#-]*)*,?\\s+(?:and|or)\\s+"
                    + "[A-Z][\\w./+#-]*(?:\\s+[A-Z][\\w./+#-]*)*)");
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s*(?:[-*]|\\d+\\.)\\s+\\**([^*\\n:.]+)");
    /** Verbs that end many questions ("which frameworks should I learn?") but are never what "one" stands for. */
    private static final Set<String> NOT_NOUNS = Set.of("learn", "know", "do", "use", "start", "become", "find", "need",
            "prepare", "work", "get", "pass", "ask", "expect", "happen", "happens", "look", "mean", "include", "study",
            "practise", "practice", "choose", "pick", "matter", "help", "take", "write", "make", "go", "like", "important",
            "hard", "easy", "good", "useful", "first", "second", "python");

    /** A few own words at most: the question hardly says anything without the one before. */
    private static final int FEW_OWN_WORDS = 2;

    private FollowUps() {
    }

    static boolean pointsBack(String question) {
        return POINTS_BACK.matcher(IT_ACRONYM.matcher(question).replaceAll(" ")).find();
    }

    static boolean leadsOn(String question) {
        return LEADS_ON.matcher(question).find();
    }

    static boolean asksWhy(String question) {
        return WHY.matcher(question).matches();
    }

    static boolean clarifies(String question) {
        Matcher cue = CLARIFIES.matcher(question);
        return cue.lookingAt() && CLARIFY_CUE.matcher(question).find();
    }

    static boolean hasOrdinal(String question) {
        return ORDINAL.matcher(question).find();
    }

    /** "is it hard?": the question hardly says anything without the one before. */
    static boolean dependsOnPrevious(String question) {
        return asksWhy(question)
                || pointsBack(question) && ContentWords.of(withoutPointers(question)).size() <= FEW_OWN_WORDS
                || leadsOn(question) && ContentWords.of(question).size() <= FEW_OWN_WORDS;
    }

    /** The question without its pointers: "what does the last one do?" becomes "what does  do?". */
    static String withoutPointers(String question) {
        return POINTS_BACK.matcher(question).replaceAll(" ");
    }

    /** "sorry, I meant the technical one" without the apology: "the technical one". */
    static String withoutClarification(String question) {
        Matcher cue = CLARIFIES.matcher(question);
        return cue.lookingAt() ? question.substring(cue.end()).strip() : question;
    }

    /**
     * Resolves what "one" and ordinals point at: the n-th item when the previous answer listed things
     * ("the second one" after "Flask, Django, Pyramid and FastAPI" is Django), otherwise the thing the
     * previous question was about ("the first one" after the technical interview is the first interview).
     */
    static String resolve(String question, String previousQuestion, String previousAnswer) {
        Optional<String> item = ordinalItem(question, previousAnswer);
        if (item.isPresent()) {
            String noun = headNoun(previousQuestion).map(n -> " " + n).orElse("");
            return "what about " + item.get() + noun + "?";
        }
        Optional<String> noun = headNoun(previousQuestion);
        if (noun.isEmpty()) {
            return question;
        }
        Matcher one = ONE.matcher(question);
        return one.find() ? one.replaceFirst("the $3 " + Matcher.quoteReplacement(noun.get())) : question;
    }

    private static Optional<String> ordinalItem(String question, String previousAnswer) {
        Matcher ordinal = ORDINAL.matcher(question);
        if (!ordinal.find()) {
            return Optional.empty();
        }
        List<String> items = enumeration(previousAnswer);
        if (items.size() < 2) {
            return Optional.empty();
        }
        int index = switch (ordinal.group(1).toLowerCase(Locale.ROOT)) {
            case "first", "1st", "former" -> 0;
            case "second", "2nd" -> 1;
            case "third", "3rd" -> 2;
            case "fourth", "4th" -> 3;
            case "fifth" -> 4;
            default -> items.size() - 1; // last, latter
        };
        return index < items.size() ? Optional.of(items.get(index)) : Optional.empty();
    }

    /** The items of the first list or series in a text, in order. */
    static List<String> enumeration(String text) {
        List<String> items = new ArrayList<>();
        Matcher list = LIST_ITEM.matcher(text);
        while (list.find()) {
            items.add(list.group(1).strip());
        }
        if (items.size() >= 2) {
            return items;
        }
        items.clear();
        Matcher series = SERIES.matcher(text);
        if (series.find()) {
            for (String part : series.group(1).split("\\s*,\\s*|\\s+(?:and|or)\\s+")) {
                if (!part.isBlank()) {
                    items.add(part.strip());
                }
            }
        }
        return items;
    }

    /** What the previous question was about: its last content word that is a thing, not an action. */
    static Optional<String> headNoun(String previousQuestion) {
        List<String> words = ContentWords.of(previousQuestion);
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            if (!NOT_NOUNS.contains(word) && !ContentWords.isNumber(word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }
}
