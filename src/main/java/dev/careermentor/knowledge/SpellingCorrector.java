package dev.careermentor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixes typos in a question ("pyhton intervew" becomes "python interview"). Only words that are
 * neither in the knowledge base nor real English words are touched, so an off-topic word ("nurse")
 * is never bent into an on-topic one. A typo goes to the closest knowledge-base word, unless an
 * ordinary English word is closer ("invnted" is "invented", not "indented").
 */
public final class SpellingCorrector {

    /** Shorter words are left alone: "devs", "prod", "ppl" are chat, not typos, and checking costs a Levenshtein automaton. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{5,}");
    private static final float MIN_ACCURACY = 0.7f;
    private static final int MAX_EDITS = 1;

    private final KeywordIndex index;
    private final EnglishWords english;
    /** The replacement of each word seen, the word itself when it needs none: typos recur across questions. */
    private final com.github.benmanes.caffeine.cache.Cache<String, String> replacements =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000).build();

    public SpellingCorrector(KeywordIndex index, EnglishWords english) {
        this.index = index;
        this.english = english;
    }

    public record Correction(String from, String to) {
    }

    public record Corrected(String text, List<Correction> corrections) {
    }

    /** "indent" is not a typo when the knowledge base says "indentation": both stem to "indent". */
    private boolean knownStem(String word) {
        return index.stems(word).stream().anyMatch(index::containsStem);
    }

    private String suggestion(String word) {
        String domain = index.closestWord(word, MIN_ACCURACY);
        EnglishWords.Match general = english.closest(word, MAX_EDITS);
        if (domain == null) {
            return general == null ? null : general.word();
        }
        int domainDistance = EditDistance.between(word, domain, MAX_EDITS);
        return general != null && general.distance() < domainDistance ? general.word() : domain;
    }

    void clearCache() {
        replacements.invalidateAll();
    }

    private String replacementOf(String lower) {
        if (index.containsWord(lower) || english.contains(lower) || knownStem(lower)) {
            return lower;
        }
        String suggestion = suggestion(lower);
        return suggestion == null ? lower : suggestion;
    }

    public Corrected correct(String text) {
        List<Correction> corrections = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String word = matcher.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String fixed = replacements.get(lower, this::replacementOf);
            String replacement = fixed.equals(lower) ? word : fixed;
            if (!fixed.equals(lower)) {
                corrections.add(new Correction(word, fixed));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return new Corrected(out.toString(), corrections);
    }
}
