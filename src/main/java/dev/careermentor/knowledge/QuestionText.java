package dev.careermentor.knowledge;

import java.text.Normalizer;

/**
 * Makes any user text safe and uniform before it reaches retrieval: Unicode compatibility forms
 * folded (full-width letters become ASCII), control and invisible format characters removed,
 * whitespace collapsed, and the length capped.
 *
 * @param text the cleaned text, at most {@code maxChars} long
 * @param truncated whether the original was longer than the cap
 */
public record QuestionText(String text, boolean truncated, int originalLength) {

    public static QuestionText of(String raw, int maxChars) {
        if (raw == null) {
            return new QuestionText("", false, 0);
        }
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        String cleaned = folded
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\n\\t\\u200d]]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (cleaned.length() <= maxChars) {
            return new QuestionText(cleaned, false, raw.length());
        }
        int cut = maxChars;
        if (Character.isLowSurrogate(cleaned.charAt(cut))) {
            cut--; // never split an emoji's surrogate pair
        }
        return new QuestionText(cleaned.substring(0, cut).strip(), true, raw.length());
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
