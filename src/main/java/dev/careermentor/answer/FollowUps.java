package dev.careermentor.answer;

import java.util.regex.Pattern;

/**
 * Recognises questions that continue the previous one: those that point back at it ("is it hard?", "and
 * the second one?") and those that lead on from it ("and freelancing?", "what about Flask?").
 */
final class FollowUps {

    private static final Pattern POINTS_BACK = Pattern.compile(
            "\\b(it|its|they|them|those|these|the same|the (first|second|third|other|next|last|former|latter)"
                    + "( (one|ones|round|part|step|interview))?|the \\w+ (one|ones))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADS_ON = Pattern.compile(
            "^\\W*(and|also|but|so|then|what about|how about|what of|same for|ok and|okay and)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IT_ACRONYM = Pattern.compile("\\bIT\\b"); // "I work in IT support"

    /** A question that points back and names at most this many things of its own needs the previous one. */
    private static final int FEW_OWN_WORDS = 2;

    private FollowUps() {
    }

    static boolean pointsBack(String question) {
        return POINTS_BACK.matcher(IT_ACRONYM.matcher(question).replaceAll(" ")).find();
    }

    static boolean leadsOn(String question) {
        return LEADS_ON.matcher(question).find();
    }

    /** "is it hard?": the question hardly says anything without the one before. */
    static boolean dependsOnPrevious(String question) {
        return pointsBack(question) && QuestionWords.contentWords(withoutPointers(question)).size() <= FEW_OWN_WORDS;
    }

    /** The question without its pointers: "what does the last one do?" becomes "what does  do?". */
    static String withoutPointers(String question) {
        return POINTS_BACK.matcher(question).replaceAll(" ");
    }
}
