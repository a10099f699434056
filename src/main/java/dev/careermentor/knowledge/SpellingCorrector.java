package dev.careermentor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Fixes typos in a question ("pyhton intervew" becomes "python interview"). Only words that are
 * neither in the knowledge base nor real English words are touched, so an off-topic word ("nurse")
 * is never bent into an on-topic one. A typo goes to the closest knowledge-base word, unless an
 * ordinary English word is closer ("invnted" is "invented", not "indented"), and only into a word it is a
 * likely typo of: a word of the trade no dictionary holds ("mongo", "conda", "heapq") stays as typed.
 */
public final class SpellingCorrector {

    /** Shorter words are left alone: "devs", "prod", "ppl" are chat, not typos, and checking costs a Levenshtein automaton. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{5,}");
    private static final float MIN_ACCURACY = 0.7f;
    private static final int MAX_EDITS = 1;

    /** Words of the trade that are no typos though no dictionary holds them ("mongo", "conda"). */
    private static final Set<String> TRADE_WORDS = tradeWords();

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

    /**
     * The knowledge base's closest word, unless an English word is closer or, one edit away both, the likelier
     * typo ("realy": "really", a letter left out, before the cards' "ready"); never a word that is no likely
     * typo of the one typed ("mongo" is no "mongol").
     */
    private String suggestion(String word) {
        String domain = index.closestWord(word, MIN_ACCURACY);
        EnglishWords.Match general = english.closest(word, MAX_EDITS);
        int domainDistance = domain == null ? Integer.MAX_VALUE : EditDistance.between(word, domain, MAX_EDITS);
        EnglishWords.Typo domainTypo = domainDistance == 1 ? EnglishWords.Typo.of(word, domain) : null;
        if (domainTypo == EnglishWords.Typo.UNLIKELY) {
            domain = null;
        }
        if (domain == null) {
            return general == null ? null : general.word();
        }
        boolean generalCloser = general != null && (general.distance() < domainDistance
                || domainTypo != null && general.distance() == 1
                        && EnglishWords.Typo.of(word, general.word()).compareTo(domainTypo) < 0);
        return generalCloser ? general.word() : domain;
    }

    void clearCache() {
        replacements.invalidateAll();
    }

    private String replacementOf(String lower) {
        if (index.containsWord(lower) || english.contains(lower) || TRADE_WORDS.contains(lower) || knownStem(lower)) {
            return lower;
        }
        String suggestion = suggestion(lower);
        return suggestion == null ? lower : suggestion;
    }

    private static Set<String> tradeWords() {
        try (InputStream in = SpellingCorrector.class.getResourceAsStream("/spelling/tech-words.txt")) {
            if (in == null) {
                return Set.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
