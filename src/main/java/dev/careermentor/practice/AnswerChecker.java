package dev.careermentor.practice;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Decides whether an answer is right: the option index of a multiple choice, a short answer's
 * normalised text against the accepted answers (or a number within tolerance); a practice task
 * counts once something is submitted.
 */
public final class AnswerChecker {

    private AnswerChecker() {
    }

    /** @param given for a multiple choice, the option index as text; otherwise the member's text */
    public static boolean isCorrect(Challenge challenge, String given) {
        if (challenge instanceof Challenge.MultipleChoice choice) {
            return given != null && given.strip().equals(Integer.toString(choice.answer()));
        }
        if (challenge instanceof Challenge.ShortAnswer shortAnswer) {
            return isCorrect(shortAnswer, given);
        }
        return given != null && !given.isBlank();
    }

    /** The text kept for an answer: the option itself for a multiple choice, else the trimmed text. */
    public static String display(Challenge challenge, String given) {
        if (challenge instanceof Challenge.MultipleChoice choice) {
            try {
                int index = Integer.parseInt(given.strip());
                return index >= 0 && index < choice.options().size() ? choice.options().get(index) : given;
            } catch (NumberFormatException e) {
                return given;
            }
        }
        return given == null ? "" : given.strip();
    }

    public static boolean isCorrect(Challenge.ShortAnswer challenge, String answer) {
        String given = normalise(answer);
        if (given.isEmpty()) {
            return false;
        }
        for (String accepted : challenge.accepted()) {
            if (normalise(accepted).equals(given)) {
                return true;
            }
        }
        return challenge.numeric() != null && number(answer)
                .map(n -> Math.abs(n - challenge.numeric().value()) <= challenge.numeric().tolerance())
                .orElse(false);
    }

    /** Case, accents, spaces and punctuation do not matter ("Py-Test " is "pytest"); "." inside a word does. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}.+#]", "").replaceAll("^\\.+|\\.+$", "");
    }

    private static java.util.Optional<Double> number(String text) {
        String candidate = text.strip().replace(',', '.').replaceAll("\\s", "");
        try {
            return java.util.Optional.of(Double.parseDouble(candidate));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
