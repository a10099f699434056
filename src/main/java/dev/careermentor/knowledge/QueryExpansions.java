package dev.careermentor.knowledge;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells out the abbreviations people type in chat ("devs", "prod", "db", "PMs") into the words the
 * knowledge base uses, so that both searches and the confidence signals see them. Applied to whole
 * words only.
 */
public final class QueryExpansions {

    private static final Map<String, String> EXPANSIONS = Map.ofEntries(
            Map.entry("dev", "developer"), Map.entry("devs", "developers"),
            Map.entry("app", "application"), Map.entry("apps", "applications"),
            Map.entry("prod", "production"), Map.entry("db", "database"), Map.entry("dbs", "databases"),
            Map.entry("lib", "library"), Map.entry("libs", "libraries"), Map.entry("pkg", "package"),
            Map.entry("deps", "dependencies"), Map.entry("env", "environment"), Map.entry("venv", "virtual environment"),
            Map.entry("pm", "project manager"), Map.entry("pms", "project managers"), Map.entry("po", "product owner"),
            Map.entry("ml", "machine learning"), Map.entry("repo", "repository"),
            Map.entry("repos", "repositories"), Map.entry("js", "javascript"), Map.entry("ts", "typescript"),
            Map.entry("webdev", "web development"), Map.entry("insta", "instagram"), Map.entry("qs", "questions"),
            Map.entry("exp", "experience"), Map.entry("algo", "algorithm"), Map.entry("algos", "algorithms"),
            Map.entry("langs", "languages"), Map.entry("lang", "language"), Map.entry("py", "python"),
            Map.entry("docs", "documentation"), Map.entry("config", "configuration"), Map.entry("swe", "software engineer"),
            Map.entry("tdd", "test-driven development"), Map.entry("oop", "object-oriented programming"),
            Map.entry("ci", "continuous integration"), Map.entry("cd", "continuous delivery"),
            Map.entry("gig", "freelance gig"), Map.entry("gigs", "freelance gigs"),
            Map.entry("ppl", "people"), Map.entry("u", "you"), Map.entry("ur", "your"),
            Map.entry("w", "with"), Map.entry("n", "and"), Map.entry("bc", "because"), Map.entry("cuz", "because"),
            Map.entry("yrs", "years"), Map.entry("uni", "university"), Map.entry("jobhunt", "job search"),
            Map.entry("abt", "about"), Map.entry("bout", "about"), Map.entry("shud", "should"), Map.entry("wat", "what"),
            Map.entry("wats", "what's"), Map.entry("rly", "really"), Map.entry("smth", "something"),
            Map.entry("thru", "through"), Map.entry("idk", "i don't know"),
            // interjections that say nothing of the question, and which the embedding model reads as a topic
            Map.entry("nvm", ""), Map.entry("nevermind", ""), Map.entry("sry", ""), Map.entry("soz", ""),
            Map.entry("tysm", ""), Map.entry("ofc", ""), Map.entry("alr", ""), Map.entry("kk", ""), Map.entry("jk", ""),
            Map.entry("welp", ""), Map.entry("bruh", ""));
    /** "eli5 machine learning": explain it simply (a word with a digit, which {@link #WORD} does not take). */
    private static final Pattern ELI5 = Pattern.compile("(?<![\\p{L}\\p{N}])eli5(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

    /** "the 2nd round": an ordinal in digits, which reads as a number the knowledge base never mentions. */
    private static final Pattern NUMBERED_ORDINAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(1st|2nd|3rd|4th|5th)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> ORDINALS = Map.of("1st", "first", "2nd", "second", "3rd", "third",
            "4th", "fourth", "5th", "fifth");

    /**
     * Letters (and digits) with no letter or digit on either side; "CI/CD" keeps its slash, and a dotted name
     * ("coverage.py", "django.test") its parts.
     */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}/]|\\p{L}\\.)[\\p{L}]+(?![\\p{L}\\p{N}/]|\\.\\p{L})");

    /**
     * Python's power operator standing alone ("what does ** do?", "2**3"), named in words as well: the
     * analyzer and the search see no word in a symbol. Markdown's bold ("**word**") touches a letter.
     */
    private static final Pattern POWER_OPERATOR = Pattern.compile("(?<![*\\p{L}])\\*\\*(?![*\\p{L}])");

    private QueryExpansions() {
    }

    public static String expand(String text) {
        Matcher matcher = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String expansion = EXPANSIONS.get(matcher.group().toLowerCase(Locale.ROOT));
            matcher.appendReplacement(out, Matcher.quoteReplacement(expansion == null ? matcher.group() : expansion));
        }
        matcher.appendTail(out);
        String expanded = NUMBERED_ORDINAL.matcher(ELI5.matcher(out).replaceAll("explain simply"))
                .replaceAll(ordinal -> ORDINALS.get(ordinal.group(1).toLowerCase(Locale.ROOT)));
        if (expanded.isBlank()) {
            return text; // "bruh bruh": nothing but interjections is what the member said, not nothing
        }
        return POWER_OPERATOR.matcher(expanded).replaceAll("** (power operator)");
    }
}
