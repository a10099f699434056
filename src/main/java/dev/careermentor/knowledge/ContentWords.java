package dev.careermentor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's one notion of a content word: the words and numbers of a text that say what it is
 * about, lower-cased and unstemmed, without grammar and chat filler. Stems for search come from
 * {@link KeywordIndex#stems}.
 */
public final class ContentWords {

    private static final Pattern TOKEN = Pattern.compile("[a-z][a-z0-9+#.'-]*[a-z0-9+#]|[a-z]|\\d+(?:\\.\\d+)?");

    /** Function words and question scaffolding; they say nothing about the topic. */
    public static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "actually", "after", "again", "all", "also", "am", "an", "and", "any", "anyone",
            "anything", "are", "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "don't", "dont", "each", "either", "else", "even", "ever",
            "every", "for", "from", "further", "get", "gets", "getting", "give", "gimme", "go", "going", "gonna", "got",
            "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "i'm", "im", "i've",
            "if", "in", "into", "is", "it", "it's", "its", "just", "kind", "kinds", "know", "let", "like", "lol", "me",
            "might", "more", "most", "much", "must", "my", "need", "no", "nor", "not", "now", "of", "off", "ok", "okay",
            "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "please", "pls", "plz", "really",
            "same", "say", "says", "she", "should", "so", "some", "someone", "something", "such", "sure", "tell", "than",
            "thanks", "that", "that's", "the", "their", "them", "then", "there", "these", "they", "thing", "things",
            "this", "those", "through", "to", "too", "u", "under", "until", "up", "ur", "us", "use", "used", "very",
            "want", "wanna", "was", "way", "we", "were", "what", "what's", "whats", "when", "where", "which", "while",
            "who", "whom", "why", "will", "with", "would", "yeah", "yes", "you", "your", "you're", "yours",
            // chat filler: frequent in Discord messages, never the topic
            "ain't", "aren't", "arent", "basically", "btw", "can't", "cant", "didn't", "didnt", "doesn't", "doesnt", "etc",
            "fr", "guys", "haha", "hey", "hi", "honestly", "i'd", "i'll", "idk", "imo", "imho", "isn't", "isnt", "ive",
            "kinda", "legit", "literally", "lmao", "ngl", "omg", "pretty", "rn", "smh", "sorta", "stuff", "super",
            "tbh", "thx", "ty", "wat", "we're", "won't", "wont", "wtf", "tf", "ya", "yall", "y'all", "yo",
            "tho", "though", "why'd", "how'd", "what'd", "who'd", "that'd", "it'd", "i'd've", "gotta", "lemme", "okk", "oof", "hmm", "huh", "nah", "yep", "yup", "cool", "nice",
            // how the member feels about asking, never what they ask about: "dumb q but…", "im torn:…"
            "dumb", "silly", "torn", "confused", "wondering");

    private ContentWords() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            if (!STOP_WORDS.contains(word) && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    public static boolean isNumber(String word) {
        return Character.isDigit(word.charAt(0));
    }
}
