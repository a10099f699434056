package dev.careermentor.practice;

import java.text.Normalizer;
import java.util.Locale;

/** Decides whether a short answer is right: normalised text against the accepted answers, or a number within tolerance. */
public final class AnswerChecker {

    private AnswerChecker() {
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
