package dev.careermentor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixes typos in a question ("pyhton intervew" becomes "python interview") against the words of the
 * knowledge base. Only words that are neither in the knowledge base nor real English words are
 * touched, so an off-topic word ("nurse") is never bent into an on-topic one.
 */
public final class SpellingCorrector {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");
    private static final float MIN_ACCURACY = 0.7f;

    private final KeywordIndex index;
    private final EnglishWords english;

    public SpellingCorrector(KeywordIndex index, EnglishWords english) {
        this.index = index;
        this.english = english;
    }

    public record Correction(String from, String to) {
    }

    public record Corrected(String text, List<Correction> corrections) {
    }

    public Corrected correct(String text) {
        List<Correction> corrections = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String word = matcher.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String replacement = word;
            if (!index.containsWord(lower) && !english.contains(lower)) {
                String suggestion = index.closestWord(lower, MIN_ACCURACY);
                if (suggestion != null) {
                    replacement = suggestion;
                    corrections.add(new Correction(word, suggestion));
                }
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return new Corrected(out.toString(), corrections);
    }
}
