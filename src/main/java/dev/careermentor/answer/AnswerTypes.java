package dev.careermentor.answer;

import dev.careermentor.knowledge.Card;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of fact a question asks for ("who created…" wants a person, "when was…" a year), and
 * whether a card holds one. A card about Django answers "what is Django?" but not "when was Django
 * released?": matching the topic is not answering the question.
 */
final class AnswerTypes {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    enum Type { PERSON, YEAR, VERSION, COUNT }

    private static final Pattern ASKS_PERSON = Pattern.compile(String.join("|",
            "\\bwho\\s+(\\w+\\s+){0,2}?(created|invented|founded|designed|drew|made|wrote|built|started|developed|came\\s+up"
                    + "|coined|owns|runs|leads|maintains|named|discovered|proved|is\\s+the\\s+(ceo|founder|creator|author|head|boss))\\b",
            "\\bwho(\\s+is|'s)\\s+(the\\s+)?(ceo|founder|creator|inventor|author|designer|head|boss|owner|cto)\\b",
            "\\b(name|names)\\s+of\\s+the\\s+(person|founder|creator|inventor|author|designer|ceo|guy|woman|man)\\b",
            "\\bwhose\\b", "\\bwhich\\s+(person|people|guy|mathematician|engineer)\\b"), FLAGS);
    private static final Pattern ASKS_YEAR = Pattern.compile(String.join("|",
            "\\bwhen\\s+(was|were|did|had)\\b", "\\b(what|which|in\\s+what)\\s+(year|decade|date)\\b",
            "\\bhow\\s+long\\s+ago\\b", "\\bhow\\s+old\\s+is\\b", "\\bsince\\s+when\\b"), FLAGS);
    private static final Pattern ASKS_VERSION = Pattern.compile(
            "\\b(which|what)\\s+(\\w+\\s+)?version\\b(?!\\s+control)|\\bversion\\s+(number|of)\\b|\\bwhat\\s+release\\b", FLAGS);
    private static final Pattern ASKS_COUNT = Pattern.compile(
            "\\bhow\\s+(many|much|rich|big|large)\\b|\\bwhat\\s+(percentage|share|proportion|number\\s+of)\\b"
                    + "|\\bpercent|\\bnet\\s+worth\\b", FLAGS);

    private static final Pattern PERSON = Pattern.compile(
            "\\b(by|from)\\s+[A-Z][a-z]+(\\s+(van|de|von|da))?\\s+[A-Z][a-z]+|\\b[A-Z][a-z]+(\\s+(van|de|von))?\\s+[A-Z][a-z]+"
                    + "\\s+(created|invented|founded|designed|wrote|started|found|showed|proved)\\b|\\b(Euler|Guido)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b|\\b\\d0s\\b|\\bnineties\\b");
    private static final Pattern VERSION = Pattern.compile("\\b\\d+\\.\\d+\\b|\\bPython\\s+[23]\\b|\\bversion\\s+\\d", FLAGS);
    /** A count, in digits or in words ("one" is too common a word to count). */
    static final Pattern COUNT = Pattern.compile(
            "\\d|\\b(two|three|four|five|six|seven|eight|nine|ten|twenty|dozens?|hundreds?|thousands?|millions?|half)\\b",
            FLAGS);

    /** "who wrote the article?", "the author's name": the question is about a person, whatever else it names. */
    private static final Pattern ASKS_AUTHOR = Pattern.compile(
            "^\\W*+(?:\\w++\\W++){0,3}?who\\s++(?:actually\\s++|really\\s++|originally\\s++)?"
                    + "(?:wrote|created|founded|invented|designed|drew|coined|made|came\\s+up\\s+with)\\b"
                    + "|\\bauthor'?s\\s+name\\b|\\bname\\s+of\\s+the\\s+author\\b|\\bwho(?:'s|\\s+is)\\s+the\\s+author\\b",
            FLAGS);

    /**
     * "which companies use flask?", "who uses it?" after Flask: the question wants the users of a thing, which a
     * card holds only when it speaks of companies, fields or industries ("Instagram runs on Django").
     */
    private static final Pattern ASKS_USERS = Pattern.compile(
            "\\bwho\\s++(?:actually\\s++|really\\s++|else\\s++)?+(?:uses|is\\s+using|relies\\s+on|runs\\s+on)\\b"
                    + "|\\b(?:which|what)\\s++(?:\\w++\\s++){0,2}?(?:companies|firms|businesses|brands|startups)\\s++"
                    + "(?:\\w++\\s++)?(?:use|uses|using|run|rely|built|are\\s+built|are\\s+using)\\b"
                    + "|\\b(?:companies|firms|businesses|brands)\\s++(?:that|which|who)\\s++(?:use|run|rely)\\b", FLAGS);
    private static final Pattern USERS = Pattern.compile(
            "\\b(?:compan(?:y|ies)|firms?|businesses|brands|industr(?:y|ies)|fields?|teams?)\\b", FLAGS);

    private AnswerTypes() {
    }

    /** "what's its latest version?": a version number, which a card holds only when it gives one. */
    private static final Pattern ASKS_LATEST_VERSION = Pattern.compile(
            "\\b(?:latest|newest|current|most\\s+recent)\\s++(?:stable\\s++)?(?:version|release)\\b", FLAGS);

    /** Whether the question asks for the latest version of a thing and the card gives no version number. */
    static boolean asksForAVersionItLacks(String question, Card card) {
        return ASKS_LATEST_VERSION.matcher(question).find() && !holds(card, Type.VERSION);
    }

    /** "what does a devops engineer do?": what a role's work is, which only a card about that role says. */
    private static final Pattern ASKS_ROLE = Pattern.compile(
            "\\bwhat\\s++(?:does|do)\\s++(?:an?\\s++)?((?:[\\w/-]++\\s++)?(?:engineer|specialist|analyst|manager|admin"
                    + "|administrator|scientist|architect|designer|tester|writer|developer|dev|master|owner|lead))s?+"
                    + "\\s++(?:actually\\s++|even\\s++|really\\s++)?do\\b", FLAGS);

    /** Whether the question asks what a role does and the card never names that role. */
    static boolean asksAboutARoleItLacks(String question, Card card) {
        Matcher role = ASKS_ROLE.matcher(question);
        if (!role.find()) {
            return false;
        }
        String named = role.group(1).toLowerCase(Locale.ROOT);
        String text = String.join("\n", card.question(), card.body(), String.join("\n", card.phrasings()),
                String.join("\n", card.names())).toLowerCase(Locale.ROOT);
        return !text.contains(named);
    }

    /** Whether the question asks who uses a thing and the card says nothing of who does. */
    static boolean asksForUsersItLacks(String question, Card card) {
        return ASKS_USERS.matcher(question).find() && !USERS.matcher(card.body()).find();
    }

    /**
     * Whether the question asks who made something and the card names no one: the model weighs a missing
     * kind of fact only lightly (the kinds are guessed from wording, often wrongly), but a question that
     * opens with "who wrote…" asks for nothing else.
     */
    static boolean asksForAnAuthorItLacks(String question, Card card) {
        return ASKS_AUTHOR.matcher(question).find() && !holds(card, Type.PERSON);
    }

    /**
     * "what year did tortoisesvn come out?", "when was django released", "how long has chatgpt been around": the
     * question opens by asking for a date.
     */
    private static final Pattern ASKS_DATE_FIRST = Pattern.compile(
            "^\\W*+(?:\\w++\\W++){0,2}?(?:when\\s++(?:was|were|did)|(?:in\\s++)?(?:what|which)\\s++year|since\\s++when"
                    // "how long has it been around": since when, in other words
                    + "|how\\s++long\\s++ha(?:s|ve)\\s++(?:[\\w.-]++\\s++){1,3}?(?:been\\s++around|existed))\\b",
            FLAGS);

    /** Whether the question opens by asking when something happened and the card gives no year. */
    static boolean asksForADateItLacks(String question, Card card) {
        return ASKS_DATE_FIRST.matcher(question).find() && !holds(card, Type.YEAR);
    }

    /** "the recruiter asked me how much i want": a question the member reports, not one they ask. */
    private static final Pattern REPORTED = Pattern.compile(
            "\\bask(?:s|ed|ing)?+\\s++(?:(?:me|us|you|him|her|them)\\s++)?+(?:how|when|who|which|what)\\b[^.?!,;]*+", FLAGS);

    static Set<Type> askedFor(String message) {
        String question = REPORTED.matcher(message).replaceAll(" ");
        Set<Type> types = EnumSet.noneOf(Type.class);
        if (ASKS_PERSON.matcher(question).find()) {
            types.add(Type.PERSON);
        }
        if (ASKS_YEAR.matcher(question).find()) {
            types.add(Type.YEAR);
        }
        if (ASKS_VERSION.matcher(question).find()) {
            types.add(Type.VERSION);
        }
        if (ASKS_COUNT.matcher(question).find()) {
            types.add(Type.COUNT);
        }
        return types;
    }

    static boolean holds(Card card, Type type) {
        String text = card.question() + "\n" + card.body();
        return switch (type) {
            case PERSON -> PERSON.matcher(text).find();
            case YEAR -> YEAR.matcher(text).find();
            case VERSION -> VERSION.matcher(text).find();
            case COUNT -> COUNT.matcher(text).find();
        };
    }

    /** Whether the question asks for a kind of fact the card does not hold. */
    static boolean missing(String question, Card card) {
        return askedFor(question).stream().anyMatch(type -> !holds(card, type));
    }
}
