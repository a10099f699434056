package dev.careermentor.answer;

import java.util.regex.Pattern;

/** Recognises a question that points back at the previous one ("and the second one?", "is it hard?"). */
final class FollowUps {

    private static final Pattern POINTS_BACK = Pattern.compile(
            "\\b(it|its|they|them|those|these|the same|the (first|second|other|next|last|former|latter)"
                    + "( (one|round|part|step|interview))?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IT_ACRONYM = Pattern.compile("\\bIT\\b"); // "I work in IT support"

    private FollowUps() {
    }

    static boolean pointsBack(String question) {
        return POINTS_BACK.matcher(IT_ACRONYM.matcher(question).replaceAll(" ")).find();
    }

    /** The question without its pointers: "what does the last one do?" becomes "what does  do?". */
    static String withoutPointers(String question) {
        return POINTS_BACK.matcher(question).replaceAll(" ");
    }
}
