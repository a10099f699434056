package dev.careermentor.knowledge;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Numbers that say how long or when: "a technical round in 2 weeks", "40 hours of youtube", "a 6 year old
 * codebase". In a member's story they set the scene; unlike "python 3.12" they ask for nothing a card lacks. A
 * schedule ("4 days a week") is not one of them.
 */
final class Durations {

    private static final Pattern DURATION = Pattern.compile(
            "\\b(\\d++)\\s*+(?:-\\s*+)?(?:weeks?|days?|months?|years?|yrs?|hours?|hrs?)\\b"
                    // "4 days a week" is a schedule, which may be the very specific asked for
                    + "(?!\\s++(?:a|an|per|each|every)\\s++(?:day|week|month|year)\\b)", Pattern.CASE_INSENSITIVE);

    private Durations() {
    }

    static List<String> numbersIn(String text) {
        return DURATION.matcher(text).results().map(match -> match.group(1)).toList();
    }
}
