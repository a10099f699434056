package dev.careermentor.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * General English vocabulary with a frequency rank, taken from the BERT word-piece vocabulary that
 * ships with the embedding runtime (its whole-word entries are ordered roughly by corpus frequency).
 * It tells a common word from a rare one. Whether a word is real at all ("configure", "rambling", which
 * the word pieces lack) is asked of Hunspell's en_US and en_GB dictionaries too, shipped by LanguageTool
 * as Morfologik automata: a real word is never "corrected" into another.
 */
public final class EnglishWords {

    private static final Logger log = LoggerFactory.getLogger(EnglishWords.class);
    private static final String RESOURCE = "bert-vocabulary-en.txt";
    /** American and British spellings: members write both ("summarize", "prioritises"). */
    private static final List<String> DICTIONARIES = List.of("org/languagetool/resource/en/hunspell/en_US.dict",
            "org/languagetool/resource/en/hunspell/en_GB.dict");

    private final Map<String, Integer> ranks;
    private final Predicate<String> inDictionary;
    /** Words by first letter, most frequent first: the candidates for {@link #closest}. */
    private final Map<Character, List<String>> byInitial;

    /** Whether a correction must be a dictionary word: the word pieces hold names too ("scammy" is no "sammy"). */
    private final boolean dictionaryWordsOnly;

    EnglishWords(Map<String, Integer> ranks) {
        this(ranks, word -> false, false);
    }

    EnglishWords(Map<String, Integer> ranks, Predicate<String> inDictionary, boolean dictionaryWordsOnly) {
        this.ranks = Map.copyOf(ranks);
        this.inDictionary = inDictionary;
        this.dictionaryWordsOnly = dictionaryWordsOnly;
        this.byInitial = ranks.keySet().stream()
                .sorted(Comparator.comparingInt(ranks::get))
                .collect(Collectors.groupingBy(word -> word.charAt(0), Collectors.toList()));
    }

    public static EnglishWords load() {
        Map<String, Integer> ranks = new HashMap<>();
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                log.warn("{} is not on the class path; spelling correction is off", RESOURCE);
                return withDictionary(ranks);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int rank = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.chars().allMatch(c -> c >= 'a' && c <= 'z') && line.length() > 1) {
                    ranks.putIfAbsent(line, rank++);
                }
            }
        } catch (IOException e) {
            log.warn("Cannot read {}: {}", RESOURCE, e.toString());
        }
        return withDictionary(ranks);
    }

    private static EnglishWords withDictionary(Map<String, Integer> ranks) {
        Optional<Predicate<String>> dictionary = dictionary();
        return new EnglishWords(ranks, dictionary.orElse(word -> false), dictionary.isPresent());
    }

    /** Hunspell's words; none where the dictionaries are missing. */
    private static Optional<Predicate<String>> dictionary() {
        Predicate<String> known = null;
        for (String resource : DICTIONARIES) {
            var url = EnglishWords.class.getClassLoader().getResource(resource);
            if (url == null) {
                log.warn("{} is not on the class path; only the word pieces tell real words", resource);
                continue;
            }
            try {
                Dictionary words = Dictionary.read(url);
                // one speller per thread over the one automaton: a speller keeps buffers in fields while it looks up
                ThreadLocal<Speller> spellers = ThreadLocal.withInitial(() -> new Speller(words));
                Predicate<String> inThis = word -> !spellers.get().isMisspelled(word);
                known = known == null ? inThis : known.or(inThis);
            } catch (IOException e) {
                log.warn("Cannot read {}: {}", resource, e.toString());
            }
        }
        return Optional.ofNullable(known);
    }

    /** A word and its edit distance to the word that was looked up. */
    public record Match(String word, int distance) {
    }

    /**
     * The English word within {@code maxEdits} edits (insertions, deletions, substitutions, adjacent
     * transpositions) that starts with the same letter and, where the dictionaries are loaded, is in one of
     * them (a word piece may be a name), or {@code null}. Of words one edit away, the likeliest typo wins, then
     * the most frequent word: "realy" is "really" (a letter left out), not "ready" (a letter changed).
     */
    public Match closest(String word, int maxEdits) {
        if (word.isEmpty()) {
            return null;
        }
        Match best = null;
        Typo bestTypo = null;
        for (String candidate : byInitial.getOrDefault(word.charAt(0), List.of())) {
            if (Math.abs(candidate.length() - word.length()) > maxEdits) {
                continue;
            }
            int distance = EditDistance.between(word, candidate, maxEdits);
            if (distance > maxEdits || best != null && distance > best.distance()
                    || dictionaryWordsOnly && !inDictionary.test(candidate)) {
                continue;
            }
            Typo typo = distance == 1 ? Typo.of(word, candidate) : Typo.LEFT_OUT_OR_SWAPPED;
            if (typo == Typo.UNLIKELY) {
                continue;
            }
            if (best == null || distance < best.distance() || typo.compareTo(bestTypo) < 0) {
                best = new Match(candidate, distance);
                bestTypo = typo;
                if (distance == 1 && typo == Typo.LEFT_OUT_OR_SWAPPED) {
                    break; // candidates come most frequent first, and nothing is likelier
                }
            }
        }
        return best;
    }

    /**
     * How a word typed one edit away from a real one came about, likeliest first. A letter too many that
     * doubles none ("paypal" for "papal", "heapq" for "heap"), a changed last letter ("conda" for "condo",
     * "systemd" for "systems") or a missing one other than the g of "-ing" ("mongo" for "mongol") is no typo:
     * it is a word of its own the dictionaries lack.
     */
    enum Typo {
        LEFT_OUT_OR_SWAPPED, DOUBLED, CHANGED, UNLIKELY;

        static Typo of(String typed, String word) {
            int at = 0;
            while (at < Math.min(typed.length(), word.length()) && typed.charAt(at) == word.charAt(at)) {
                at++;
            }
            if (typed.length() < word.length()) {
                return at < typed.length() || word.endsWith("ing") ? LEFT_OUT_OR_SWAPPED : UNLIKELY;
            }
            if (typed.length() > word.length()) { // the letter at "at" is the extra one
                boolean doubles = at > 0 && typed.charAt(at - 1) == typed.charAt(at)
                        || at + 1 < typed.length() && typed.charAt(at + 1) == typed.charAt(at);
                return doubles ? DOUBLED : UNLIKELY;
            }
            if (at + 1 < typed.length() && typed.charAt(at) == word.charAt(at + 1) && typed.charAt(at + 1) == word.charAt(at)) {
                return LEFT_OUT_OR_SWAPPED;
            }
            return at == typed.length() - 1 ? UNLIKELY : CHANGED;
        }
    }

    /** Whether the word is English: a whole word piece, or in the dictionary. */
    public boolean contains(String word) {
        return ranks.containsKey(word) || inDictionary.test(word);
    }

    public int size() {
        return ranks.size();
    }

    /**
     * How specific a word is, from 0 (among the most common words) to 1 (rare or unknown): the log
     * of its frequency rank, scaled by the log of the vocabulary size.
     */
    public double specificity(String word) {
        Integer rank = ranks.get(word);
        if (rank == null || ranks.isEmpty()) {
            return 1.0;
        }
        return Math.log(rank + 2.0) / Math.log(ranks.size() + 2.0);
    }
}
