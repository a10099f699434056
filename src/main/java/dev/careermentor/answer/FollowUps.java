package dev.careermentor.answer;

import dev.careermentor.knowledge.Card;
import dev.careermentor.knowledge.ContentWords;
import dev.careermentor.knowledge.EditDistance;
import dev.careermentor.knowledge.Mentions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message against the turn before it, the way a person would, by writing out what it most
 * likely means: "the second one" after "Flask, Django, Pyramid and FastAPI" is Django; "the first
 * one" after the technical interview is the first interview; "who uses it?" after "what is Django?" is
 * "who uses Django?"; "and for games?" after "is Python used in finance?" is "is Python used in games?";
 * "sorry, I meant the technical one" replaces the previous question; "why?" asks for the reason. The
 * mentor scores every reading and keeps the most confident.
 */
final class FollowUps {

    static final int FLAGS = Pattern.CASE_INSENSITIVE;

    /** How a message leans on the one before. */
    enum Kind { CLARIFICATION, WHY, ORDINAL, ELLIPSIS, PRONOUN, NONE }

    /**
     * One way to read a follow-up.
     *
     * @param movesOn the follow-up asks for something other than what was just answered, so the
     *     previous card should step aside for another that answers it
     * @param joined the reading is the previous question followed by the message: its confidence is
     *     partly the previous question's, so the card it finds must hold what the message itself says
     * @param resolved the reading names what the message pointed at ("the second one" written out as
     *     "Django"), so it says what the member meant better than the message read alone
     */
    record Reading(String text, boolean movesOn, boolean joined, boolean resolved) {
        Reading(String text, boolean movesOn) {
            this(text, movesOn, false, false);
        }

        Reading(String text, boolean movesOn, boolean joined) {
            this(text, movesOn, joined, false);
        }

        static Reading resolved(String text) {
            return new Reading(text, true, false, true);
        }
    }

    private static final String ORDINAL_WORDS = "first|second|third|fourth|fifth|last|final|middle|former|latter"
            + "|1st|2nd|3rd|4th|5th";
    private static final String QUESTION_WORDS = "what|whats|which|who|whom|whose|whos|how|hows|where|wheres|when|why"
            + "|is|are|do|does|can|should|will";
    /** Words that open a correction; at most a few, bounded (an open-ended group repetition recurses per repetition). */
    private static final String FILLER =
            "(?:(?:sorry|sry|soz|no|nope|nah|oops|lol|wait|actually|ah|oh|hmm++|ugh|my\\s+bad|nvm|never\\s*mind|typo"
                    + "|autocorrect|scratch\\s+that)\\b[\\s,:.!-]*+)";
    /** What the member did not mean, before what they did: "not the libraries, …", "not hr, …". */
    private static final String NOT_THAT = "(?:not\\s+(?!(?:sure|bad|gonna|really|only|just|yet|exactly|that\\s+bad)\\b)"
            + "(?:the\\s+)?([^,.;!?]{1,40}?)[,;.!]\\s*+)";
    private static final String MEANT = "(?:meant|mean|was\\s+asking(?:\\s+about)?|asked\\s+about"
            + "|wanted\\s+to\\s+ask\\s+about|wanted"
            // "what i actually want to know is how 2 and 3 differ"
            + "|what\\s+i\\s+(?:actually\\s+|really\\s+)?(?:want|wanted|need|needed)\\s+to\\s+(?:know|ask)(?:\\s+(?:is|about))?"
            + "|my\\s+(?:real\\s+)?question\\s+(?:is|was)(?=\\s*+:|\\s++(?:" + QUESTION_WORDS + "|whether|if|about)\\b)"
            + "|should\\s+have\\s+said|should'?ve\\s+said)\\b[\\s,:.!-]*";
    private static final Pattern CLARIFIES = Pattern.compile(
            "^\\W*" + FILLER + "{1,4}" + NOT_THAT + "?(?:i\\s+know(?:\\s+that|\\s+what\\s+(?:it|that)\\s+is|\\s+it)?[\\s,:.!-]+)?(?:i\\s+)?" + MEANT
                    + "|^\\W*" + FILLER + "{0,4}" + NOT_THAT + "?i\\s+" + MEANT
                    + "|^\\W*not\\s+that(?:\\s+one)?\\b[\\s,:.!-]*"
                    // "what i actually want to know is…", "my real question is…" need no opener
                    + "|^\\W*(?=what\\s+i\\s|my\\s+(?:real\\s+)?question\\s)" + MEANT
                    // "oops not hr, the technical round i meant": what was meant follows what was not
                    + "|^\\W*" + FILLER + "{0,4}" + NOT_THAT + "(?=the\\s+(?!" + ORDINAL_WORDS + ")\\b)"
                    // "no, the HR one": a correction by naming the one meant
                    + "|^\\W*(?:no|nope|nah|sorry|oops)\\b[\\s,:.!-]*+(?=the\\s+(?!(?:" + ORDINAL_WORDS + ")\\b)[\\w-]+\\s+one\\b)"
                    // "oops wrong q, which editor should i use": the question meant follows
                    + "|^\\W*" + FILLER + "{0,3}(?:wrong\\s+(?:q|qn|question|one)|ignore\\s+that|forget\\s+that)\\b[\\s,:.!-]*+"
                    // "sorry churn, not cron": what was meant, then what was not
                    + "|^\\W*" + FILLER + "{1,3}(?=(?![^,.;!?]*+\\b(?:i|i'm|im)\\b)[^,.;!?]{1,40}[,;]\\s*+(?:and\\s+|but\\s+)?not\\s"
                    + "(?!(?:sure|bad|gonna|really|only|just|yet|exactly)\\b))"
                    // "the hr one, not the technical": the one meant, then the one not meant
                    + "|^\\W*(?=the\\s+(?!(?:" + ORDINAL_WORDS + ")\\b)[\\w-]+\\s+one\\b[\\s,;]+not\\b)"
                    // "specifically the one with HR": a narrowing of the question before
                    + "|^\\W*(?:more\\s+)?(?:specifically|in\\s+particular|particularly)\\b[\\s,:.!-]*", FLAGS);
    private static final Pattern RULED_OUT = Pattern.compile("^\\W*" + FILLER + "{0,4}(?:" + NOT_THAT
            + "|i\\s+know(?:\\s+that|\\s+what\\s+(?:it|that)\\s+is|\\s+it)?\\b)", FLAGS);

    /**
     * Whether a clarification says what it did not mean ("oops not flask, the django one i meant", "no i
     * know what it is, i meant…"): then the card just given, which answered that, is never the answer.
     */
    static boolean rulesOutTheTurnBefore(String message) {
        return RULED_OUT.matcher(message).lookingAt();
    }

    /**
     * A correction that says what was meant first: "to get hired i mean, not just for fun", "in a job
     * interview i mean, not in a readme" (bounded: what was meant is one short clause).
     */
    private static final Pattern MEANT_FIRST = Pattern.compile(
            "\\W*+(?:(?:lol|ok|okay|sorry|sry|no|nope|nah|oh|ah|wait|hmm++|ugh)\\b[\\s,.!-]*+){0,3}"
            + "([^.?!,]{0,59}?[^.?!,\\s])[\\s,]++(?:i\\s++meant?|specifically|in\\s+particular)\\b[\\s,.!]*+"
            + "(?:(?:obviously|sorry|lol|haha|tho|pls|please)\\b[\\s,.!]*+)?"
            + "(?:(?:and\\s+|but\\s+)?not\\b[^.?!]{0,80}+"
            // "the hr one i mean, technical im fine with"
            + "|[^.?!,]{1,40}?\\s(?:i'?m|i\\s+am)\\s+(?:fine|ok|okay|good)(?:\\s+with(?:\\s+(?:that|it))?)?"
            // "with becoming a python dev i mean. i'm at zero, never coded": a remark after it, not a question
            + "|(?<=[.!]\\s{0,3})(?!\\s*+(?:" + QUESTION_WORDS + ")\\b)[^?]{1,120}+(?!\\?)"
            // "with python i mean, besides being a developer": a narrowing that belongs to what was meant
            + "|(?<=,\\s{0,3})((?:besides|except|apart\\s+from|other\\s+than)\\b[^.?!]{1,80}+)"
            // "a python file i mean, like my script.py", "python i mean, on my laptop": an example or a place
            + "|(?<=,\\s{0,3})(?:like|on|in|at|e\\.g\\.)\\b[^?]{1,80}+)?[.!?\\s]*+", FLAGS);
    /** What the member did not mean, after what they did: "…, not for hosting the code". */
    private static final Pattern NOT_AFTER = Pattern.compile(
            "(?<![\\s,;])[\\s,;]++(?:and\\s++|but\\s++)?not\\s[^.?!]{0,80}+[.!?\\s]*+$", FLAGS); // one try per gap
    /** What was meant, when it narrows the question before rather than replacing its subject. */
    private static final Pattern NARROWS = Pattern.compile("(?:as|in|for|to|at|on|with|when|during|from|of|besides|except"
            + "|apart\\s+from|other\\s+than|outside(?:\\s+of)?|beyond)\\b", FLAGS);

    /** "other kinds?": one or two words and a question mark. */
    private static final Pattern BARE_FRAGMENT = Pattern.compile("\\W*+(?:[\\w+#./-]++\\s*+){1,2}\\?+\\s*+");

    /** "*library", "*and a library": a correction of the message before, marked the way chat marks one. */
    private static final Pattern STAR = Pattern.compile("^\\s*+\\*(?=\\s*+\\p{L})(?![^*\\n]*+\\*)\\s*+"); // not "*sigh*"
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*+");
    /** Longer than any word a member corrects ("autocorrect" and "django" are far shorter). */
    private static final int LONGEST_WORD = 40;
    /** A misspelt word a correction replaces is this close to it. */
    private static final int TYPO = 3;

    /**
     * The readings of a starred correction: "*library lol autocorrect" corrects a word of the message before,
     * "*and a library, sorry sent too early" finishes it; none when the message is no starred correction.
     */
    static List<Reading> starred(String message, String previousQuestion) {
        Matcher star = STAR.matcher(message);
        if (!star.lookingAt()) {
            return List.of();
        }
        List<Reading> readings = new ArrayList<>();
        String correction = withoutTail(message.substring(star.end())).strip();
        Optional<String> fixed = corrected(previousQuestion, correction);
        fixed.ifPresent(text -> readings.add(Reading.resolved(text)));
        boolean aThing = ContentWords.of(correction).size() == 1 && !ContentWords.STOP_WORDS.contains(
                correction.split("[\\s,.!?]+", 2)[0].toLowerCase(Locale.ROOT));
        if (fixed.isEmpty() && aThing) { // "what is flask" … "*fastapi sorry autocorrect": another thing, not a typo
            readings.add(Reading.resolved(substitute(previousQuestion, ContentWords.of(correction).get(0))));
        }
        readings.add(Reading.resolved(withoutEndPunctuation(previousQuestion) + " " + correction));
        if (ContentWords.of(correction).size() > FRAGMENT) { // "*python 3 vs 2 i mean, whats the difference"
            readings.add(Reading.resolved(meant(correction)));
        }
        return readings;
    }

    /**
     * The question before with the word a one-word correction fixes replaced ("framework vs a liberty" with
     * "library"): the closest word within a few edits, if there is one.
     */
    static Optional<String> corrected(String previousQuestion, String correction) {
        String word = correction.split("[\\s,.!?]+", 2)[0].toLowerCase(Locale.ROOT); // "library lol autocorrect"
        if (word.length() < 3 || word.length() > LONGEST_WORD || ContentWords.STOP_WORDS.contains(word)) {
            return Optional.empty(); // "*and a library": the message before, finished
        }
        // "pipe" for "pip", "liberty" for "library"
        int limit = word.length() <= 4 ? 1 : TYPO;
        Matcher candidate = WORD.matcher(previousQuestion);
        int best = limit + 1;
        int[] at = null;
        while (candidate.find()) {
            String typed = candidate.group().toLowerCase(Locale.ROOT);
            if (typed.length() > LONGEST_WORD) {
                continue; // no word, and the edit distance of two long strings costs their product
            }
            int distance = EditDistance.between(typed, word, limit);
            // "jango" for "django": a word may start differently only when one letter is missing or wrong
            boolean sameStart = typed.charAt(0) == word.charAt(0) || distance == 1 && word.length() >= 5;
            if (distance > 0 && distance < best && typed.length() >= 3 && sameStart) {
                best = distance;
                at = new int[] {candidate.start(), candidate.end()};
            }
        }
        return at == null ? Optional.empty()
                : Optional.of(previousQuestion.substring(0, at[0]) + word + previousQuestion.substring(at[1]));
    }

    /**
     * The question before, narrowed by what was meant: "is python good for web dev?" with "for data science"
     * asks "is python good for data science?" (the object of the same preposition replaced); "how do i
     * explain a project" with "in a job interview" asks it in a job interview.
     */
    static String narrowed(String previousQuestion, String meant) {
        Matcher object = LAST_OBJECT.matcher(previousQuestion);
        if (object.find()) {
            String preposition = previousQuestion.substring(object.start(), object.start(1)).strip();
            if (meant.regionMatches(true, 0, preposition, 0, preposition.length())) {
                return previousQuestion.substring(0, object.start()) + withoutEndPunctuation(meant)
                        + previousQuestion.substring(object.end(1));
            }
        }
        return withoutEndPunctuation(previousQuestion) + " " + meant;
    }

    /** What a clarification says was meant, without its openers, its tail and what was not meant. */
    static String meant(String message) {
        Matcher first = MEANT_FIRST.matcher(message);
        // "no i mean in data science specifically" opens with its correction: what follows it was meant
        boolean opens = CLARIFIES.matcher(message).lookingAt();
        String meant = opens || !first.matches() ? withoutTail(CLARIFIES.matcher(message).replaceFirst(""))
                : first.group(2) == null ? first.group(1) : first.group(1) + " " + first.group(2);
        String without = NOT_AFTER.matcher(meant).replaceFirst("").strip();
        return withoutEndPunctuation(without.isEmpty() ? meant.strip() : without);
    }

    /** The message without the chat that may close a correction: "*fastapi sorry autocorrect" is about fastapi. */
    static String withoutChatTail(String message) {
        String plain = withoutTail(message).strip();
        return plain.isEmpty() ? message : plain;
    }

    /**
     * The text without every chat item at its end ("…sorry autocorrect"), one at a time from the end, each looked
     * for near the end only (a repeated pattern anchored at the end would be quadratic on "sorry sorry …").
     */
    private static String withoutTail(String text) {
        Matcher tail = MEANT_TAIL.matcher(text).useTransparentBounds(true).useAnchoringBounds(true);
        int end = text.length();
        while (tail.region(Math.max(0, end - TAIL_WINDOW), end).find() && tail.start() < end) {
            end = tail.start();
        }
        return text.substring(0, end);
    }

    /** How far from the end a chat item of a correction's tail is looked for. */
    private static final int TAIL_WINDOW = 120;
    /** What may follow what was meant: "…the technical round i meant", "…cron, autocorrect 🙄". */
    private static final Pattern MEANT_TAIL = Pattern.compile("(?<![\\s,.!-])[\\s,.!-]*+\\b(?:(?:is\\s+what\\s+)?i\\s+meant"
            + "|(?:stupid\\s+|damn\\s+)?autocorrect|typo|sorry|my\\s+bad|lol"
            // "…the technical one, the hr part i'm fine with": what the member does not need
            + "|(?:the\\s+)?[\\w-]+\\s+(?:part|one|bit|round)\\s+(?:i'?m|i\\s+am)\\s+(?:fine|ok|okay|good)(?:\\s+with)?)\\W*+$",
            FLAGS);
    private static final Pattern WHY = Pattern.compile(
            "^\\W*(?:(?:and|but|so|ok|okay|hmm+|nice|wait|right|then|no|yes|really|huh|ugh|uh|um+|oh|well|lol|wow|bro"
                    + "|dude)[,?!.\\s]+){0,3}(?:why|how\\s+come|for\\s+what\\s+reason"
                    + "|what'?s\\s+the\\s+(?:reason|point))\\b", FLAGS);
    private static final String CHAT_BEFORE = "^\\W*+(?:(?:and|but|so|oh|wait|hmm++|huh|wow)[,\\s]++)?+";
    /** "really?", "are you sure?": doubt about the answer just given, which a "yes" answers. */
    private static final String DOUBT = "really|rly|seriously|for\\s+real|(?:are\\s+)?(?:you|u)\\s+sure|is\\s+that\\s+(?:true|right|so)";
    private static final Pattern DOUBT_ALONE = Pattern.compile(CHAT_BEFORE + "(?:" + DOUBT + ")\\W*+$", FLAGS);
    /** Doubt, or "how so?": either asks for the reason behind the answer just given. */
    private static final Pattern DOUBTS = Pattern.compile(CHAT_BEFORE + "(?:" + DOUBT + "|how\\s+so)\\W*+$", FLAGS);
    /** "but at a real job, why?": the reason asked at the end. */
    private static final Pattern WHY_LAST = Pattern.compile(",\\s*+(?:but\\s++)?+(?:why|how\\s+come)\\s*+[?!.]*+\\s*+$", FLAGS);
    /** "how many tho? like is there a lot": how many of the thing before, whatever the chat after it. */
    private static final Pattern HOW_MANY_OF_IT = Pattern.compile(
            "\\W*+(?:(?:and|but|so|ok|okay)[,\\s]++)?+how\\s++(?:many|much)(?:\\s++(?:tho|though|then|exactly|roughly))?+"
                    + "\\s*+(?:[?!.,]|$)", FLAGS);
    /** "why is that?": "that" is what the answer said, not the thing it was about ("why is git?" asks nothing). */
    private static final Pattern WHY_IS_THAT = Pattern.compile(
            "\\bwhy(?:'s|\\s+is|\\s+was)\\s++(?:that|this|it)(?:\\s+so)?+[\\s?!.]*+$", FLAGS);
    /**
     * Things an answer lists in order, which "the second …" may name instead of saying "one". Only after
     * "the": "my first interview" and "a good first language" name things of their own.
     */
    private static final String ORDINAL_NOUNS =
            "interview|framework|tool|library|skill|path|language|stage|approach|choice|alternative";
    private static final Pattern NAMED_ORDINAL = Pattern.compile(
            "\\bthe\\s+(?:" + ORDINAL_WORDS + ")\\s+(" + ORDINAL_NOUNS + ")\\b", FLAGS);
    /** Chat words after a pointer that say nothing more: "how hard is the former tbh". */
    private static final String CHAT_TAIL = "tbh|ngl|lol|lmao|haha|rn|btw|tho|though|again|exactly";
    /** "which tools are used for it?": the message ends on the thing it asks about, which it does not name. */
    private static final Pattern ENDS_ON_POINTER = Pattern.compile(
            "\\b(?:for|in|with|on|about|of|to|from|by|into)\\s++(?:it|them|that|this|those|these)"
                    + "(?:\\s++(?:" + CHAT_TAIL + "))?+\\s*+[?!.]*+\\s*+$", FLAGS);

    /** The kinds of things a member picks among ("which tools?"); after a name, they keep it a kind ("ci/cd tools"). */
    private static final String KINDS = "tools|skills|languages|frameworks|libraries|companies|platforms|sites|jobs|roles"
            + "|options|examples|projects|resources|courses|editors|databases";
    private static final Pattern KIND = Pattern.compile("(?:" + KINDS + ")", FLAGS);
    /**
     * "which tools tho", "which ones exactly?", "any other kinds?": which of the thing before's kinds, and
     * nothing else asked ("what does?" and "which is" ask of their own).
     */
    private static final Pattern PICKS = Pattern.compile("^\\W*+(?:which|what|any)\\s++(other\\s++)?+"
            + "(ones|kinds|types|" + KINDS + ")\\b"
            + "(?:\\s++(?:" + CHAT_TAIL + "|specifically|in\\s+particular|precisely|then))?+\\s*+[?!.]*+\\s*+$", FLAGS);
    /** "the second one": an ordinal that names no kind of thing. */
    private static final Pattern BARE_ORDINAL = Pattern.compile("\\b(?:" + ORDINAL_WORDS + ")\\s+one\\b", FLAGS);
    /** A thing that comes one after another, so that "the second one" is the next of it. */
    private static final Pattern SEQUENCE_NOUN = Pattern.compile("interview|stage|round|step|phase", FLAGS);
    /** "which soft skills matter", "what python frameworks should i learn": a question asking for a list of a kind. */
    private static final Pattern ASKS_FOR_A_LIST = Pattern.compile(
            "\\b(?:which|what)\\s++(?:[\\w-]++\\s++){0,3}?(" + KINDS + "|principles|problems)\\b", FLAGS);
    /** Where an ordinal ends when it stands for a thing: "the first two?", "the latter about", not "the first two years". */
    private static final String STANDS_ALONE = "(?=\\s*+(?:[?!.,;:]|$|(?:of\\s+(?:those|these|them)|ones?|option|pls|plz|please"
            + "|" + CHAT_TAIL
            + "|about|for|mean|means|do|does|are|is|you\\s+mentioned)\\b))";
    /** "the first two", "the last 2": several items at one end of a list, asked about together. */
    private static final String PLURAL = "\\bthe\\s+(?:first|last)\\s+(?:two|2|three|3)\\b" + STANDS_ALONE;
    private static final Pattern PLURAL_ORDINAL = Pattern.compile(PLURAL, FLAGS);
    /** What says a pointer is not asked about: "not the first two", "forget the last one", "i already know the first two". */
    private static final Pattern SET_ASIDE = Pattern.compile(
            "\\b(?:not|forget|know|knew|except|besides|skip|ignore|other\\s+than|apart\\s+from)\\b", FLAGS);
    /**
     * "the second one", "the last step", "the middle one", "step 4", "the second interview": an ordinal that
     * points into the previous answer ("the first version of Django" is not one: it names a thing of its own).
     */
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(?:the\\s+)?(" + ORDINAL_WORDS + ")"
                    + "\\s+(?:one|ones|bullet|item|point|step|option|thing|round|part|type|kind|term|word|topic|concept"
                    + "|you\\s+mentioned)\\b"
                    + "|\\bthe\\s+(" + ORDINAL_WORDS + ")\\s+(?:" + ORDINAL_NOUNS + ")\\b"
                    + "|\\bthe\\s+(first|second|third|fourth|fifth|last|final|middle|former|latter|1st|2nd|3rd|4th|5th)"
                    + "(?=\\s*+(?:[?!.,]|$|(?:pls|plz|please|" + CHAT_TAIL + ")\\b))"
                    + "|\\bthe\\s+(" + ORDINAL_WORDS + ")\\s+of\\s+(?:those|these|them|the\\s+list)(?:\\s+(?:two|three|four|five))?\\b"
                    + "|(?:\\b(?:step|number|point|item|bullet|option)|#)\\s*(\\d)\\b"
                    + "|\\b(?:number|option)\\s+(one|two|three|four|five)\\b"
                    // "what's the latter about?", "the one in the middle"
                    + "|\\bthe\\s+(former|latter)\\b" + STANDS_ALONE + "|\\bthe\\s+one\\s+in\\s+the\\s+(middle)\\b"
                    + "|" + PLURAL, FLAGS); // the plural has no group: nth reads it with PLURAL_ORDINAL
    private static final Pattern LEADS_ON = Pattern.compile(
            "^\\W*(?:and\\s+what\\s+about|what\\s+about|how\\s+about|what\\s+of|same\\s+(?:question\\s+)?(?:but\\s+)?for"
                    + "|same\\s+(?:thing\\s+)?with|(?:and|n)\\s+(?:also\\s+)?(?:for|in|with|on|about)?|also|ok(?:ay)?\\s+and|then)\\b\\s*",
            FLAGS);
    private static final Pattern TRAILING_TOO = Pattern.compile( // tried once per gap: linear on long runs of spaces
            "(?<!\\s)\\s*+\\b(?:too|as\\s+well|also|then)\\s*+[?!.]*+\\s*+$", FLAGS);
    /** "the HR one": a one the member names ("which ones" and "the second one" name nothing). */
    private static final Pattern NAMED_ONE = Pattern.compile(
            "\\bthe\\s+(?!(?:" + ORDINAL_WORDS + "|other|next|same)\\b)[\\w-]+\\s+one\\b", FLAGS);
    /** "the testing tool", "the python framework": a kind of thing, naming the sense of one just asked about. */
    private static final Pattern DESCRIBES = Pattern.compile("(?:the|a|an)\\s++(?:[\\w-]++\\s++){0,2}+(?:tool|framework"
            + "|library|language|module|package|thing|kind|type|app|program|editor|platform|concept|term|word)s?+", FLAGS);
    /** A pointer at several things at once. */
    private static final Pattern PLURAL_POINTER = Pattern.compile("\\b(?:they|them|their|those|these|both)\\b", FLAGS);
    private static final Pattern POINTS_BACK = Pattern.compile(
            "\\b(it|its|it's|they|them|their|those|these|that|this|there|he|she|him|her|his|mine|one"
                    // "the same for django?" points back, "the same euler loop" names its thing
                    + "|the\\s+same(?!\\s+(?!(?:question|thing|things|way|one|ones|for|with|as|again|goes|applies)\\b)[a-z])"
                    + "|the\\s+\\w+\\s+(?:one|ones))\\b", FLAGS);
    private static final Pattern ONE = Pattern.compile(
            "\\b(?:the\\s+)?((?:first|second|third|fourth|other|next|last|former|latter|\\w+)\\s+)(?:one|ones)\\b"
                    + "(?!\\s+of\\s+(?:my|our)\\b)", FLAGS); // "one of my projects" is no pointer
    static final Pattern QUESTION_WORD = Pattern.compile("^\\W*(" + QUESTION_WORDS + ")\\b", FLAGS);
    /** A word anywhere that makes a message a question of its own rather than a list of things. */
    private static final Pattern ASKS = Pattern.compile("\\b(?:" + QUESTION_WORDS + "|could|would|need)\\b", FLAGS);
    /** "Is the HR interview hard to pass?": a yes-or-no question, which "why?" can be put in front of. */
    static final Pattern YES_NO = Pattern.compile("^\\W*(is|are|do|does|can|should|will)\\b", FLAGS);
    private static final Pattern IT_ACRONYM = Pattern.compile("\\bIT\\b"); // "I work in IT support"
    /** "what's a DNS?": a question that only asks what a thing is, so a part named after it is a part of it. */
    private static final Pattern DEFINITION = Pattern.compile(
            "\\W*+what(?:'s|s|\\s+is|\\s+are)\\s++(?:a\\s+|an\\s+|the\\s+)?[\\w./+#-]++(?:\\s[\\w./+#-]++){0,2}\\W*+", FLAGS);
    private static final Pattern I_MEAN = Pattern.compile("\\bi\\s+meant?\\b", FLAGS);
    /**
     * Words that look like pointers and point nowhere: a demonstrative before a quoted term names its thing
     * ("what is this 'object oriented' stuff"), and "there" after "are" only says that something exists
     * ("how many applicants are there per job"; but "what other kinds are there?" asks of the thing before),
     * "one of those isolated env things" names a kind of thing by what it is like, "one of my projects"
     * is one of the member's own, and "they" who ask or expect ("what do they ask in the hr round") are
     * whoever hires, not a thing said before.
     */
    private static final Pattern NON_POINTERS = Pattern.compile(
            "\\b(?:this|that|these|those)\\s++(?=['\"\u2018\u201c`]\\w)"
                    + "|\\bthey(?=(?:'ll|\\s+will|\\s+usually)?\\s+(?:ask|want|expect|look\\s+for|check|test|care\\s+about)\\b)"
                    + "|\\b(?:one\\s+of\\s+)?(?:these|those)\\s++(?=(?:[\\w-]++\\s++){1,3}?(?:things|stuff)\\b)"
                    + "|\\bone\\s+of\\s+(?:my|our)\\b"
                    + "|\\b(?<=(?:is|are|was|were|be)\\s{1,3})there\\b(?=\\s++\\w)|\\bthere(?=\\s++(?:is|are|was|were)\\b|'s\\b)", FLAGS);
    private static final Pattern IT = Pattern.compile("\\b(?:it|its|they|them|their)\\b", FLAGS);
    /** "is it worth learning docker?": an "it" that stands for what follows, not for what came before. */
    private static final Pattern DUMMY_IT = Pattern.compile(
            "\\bis\\s++it\\s++(?:\\w++\\s++){0,2}?(?:to|learning|using|doing|that)\\b", FLAGS);
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s*(?:[-*]|\\d+[.)])\\s+(.+)$");
    /** Verbs that end many questions ("which frameworks should I learn?") but are never what "one" stands for. */
    private static final Set<String> NOT_NOUNS = Set.of("learn", "know", "do", "use", "start", "become", "find", "need",
            "prepare", "work", "get", "pass", "ask", "expect", "happen", "happens", "look", "mean", "include", "study",
            "practise", "practice", "choose", "pick", "matter", "help", "take", "write", "make", "go", "like", "important",
            "hard", "easy", "good", "useful", "first", "second", "used", "understand", "come", "comes", "there",
            // what a yes-or-no question says of its subject ("my friend says python 2 is dead, is that true?")
            "true", "false", "right", "wrong", "worth", "dead", "possible", "necessary", "real", "normal", "enough",
            "okay", "better", "best", "bad", "difficult", "needed", "required", "still", "really", "actually", "around",
            // when, not what: "gonna install python tonight"
            "tonight", "today", "tomorrow", "yesterday", "now", "day", "days", "week", "weeks", "month", "months", "year",
            "years",
            // how often and where in time: "i always freeze up during those"
            "always", "never", "often", "sometimes", "during", "before", "after", "while");

    /** "created", "used": what was done, not a thing. */
    private static final Pattern PAST_TENSE = Pattern.compile("\\p{L}{3,}ed");
    /** Things that only look done. */
    private static final Set<String> NOT_PAST = Set.of("speed", "embedded", "feed", "seed", "need");
    /** The one-letter words that are things: the languages C and R. */
    private static final Set<String> LANGUAGE_LETTERS = Set.of("c", "r");
    /** What "it" may be when the question mentioned it, whatever else it named: the subject of the whole bot. */
    static final String PYTHON = "python";

    /** A message that says no more than this many things of its own leans on the turn before as a whole. */
    static final int FRAGMENT = 2;
    /** "unrelated, but…", "off topic:": the member says the message does not continue the conversation. */
    private static final Pattern SWITCHES = Pattern.compile(
            "^\\W*(?:btw\\s+|also\\s+|ok\\s+)?(?:unrelated|off[\\s-]?topic|random\\s+question|different\\s+(?:question|topic)"
                    + "|new\\s+question|another\\s+question|(?:changing|switching)\\s+(?:the\\s+)?(?:topics?|subjects?|gears)"
                    + "|on\\s+another\\s+note|totally\\s+different)\\b", FLAGS);

    /** "the second thing you mentioned", "the last one on ur list": a pointer into the answer, not the question. */
    private static final Pattern INTO_THE_ANSWER = Pattern.compile("\\b(?:you|u)\\s++(?:just\\s++)?+(?:mentioned|listed"
            + "|said|named|gave|wrote|described)\\b|\\b(?:your|ur)\\s++(?:list|answer|reply)\\b", FLAGS);
    /** Two or more ways a question offers ("a regular job or go freelance?"): "the second option" is the latter. */
    private static final Pattern OFFERS = Pattern.compile("\\b(?:or|vs|versus)\\b", FLAGS);
    private static final Pattern ALTERNATIVES = Pattern.compile(",|\\bor\\b|\\bvs\\b\\.?|\\bversus\\b", FLAGS);
    /** What a question's lead-in offers as its first option: the words after its last preposition. */
    private static final Pattern LEAD_IN_OPTION = Pattern.compile(
            "\\b(?:for|in|into|on|with|as|like|about|between|of)\\s++([\\w+#./-]++(?:\\s++[\\w+#./-]++){0,2})\\s*+$", FLAGS);
    /** "the first step", "the second stage": a pointer into steps the answer walked through. */
    private static final Pattern STEP_WORD = Pattern.compile("\\b(?:steps?|stages?|phases?)\\b", FLAGS);
    /** A sentence that is a step of a sequence: "First, learn…", "Next, build…", "Finally, search…". */
    private static final Pattern STEP = Pattern.compile(
            "(?:^|(?<=[.!?]\\s{1,3}))(First|Second|Third|Next|Then|Finally|Lastly)\\b,?+\\s*+([^.!?]{1,200}+)(?=[.!?]|$)");

    /** The steps an answer walks through in order ("First, … Next, … Finally, …"), three or more, else none. */
    static List<String> steps(String answer) {
        List<String> steps = new ArrayList<>();
        Matcher step = STEP.matcher(answer);
        while (step.find()) {
            if (steps.isEmpty() && !step.group(1).equals("First")) {
                continue;
            }
            steps.add(step.group(2).strip());
        }
        return steps.size() >= LIST ? steps : List.of();
    }

    /** "1) …", "2. …" inside a message: the member numbered what they ask. */
    private static final Pattern NUMBERED = Pattern.compile("(?:^|\\s)\\d[).]\\s++");
    /** Where a pair of things a member names starts inside a longer sentence: "look at SQL and NoSQL databases". */
    private static final Pattern PAIR_LEAD = Pattern.compile("\\b(?:at|on|about|of|for|with|between|like|mentioned|"
            + "learn|learning|use|using|try|know|knowing)\\s++", FLAGS);
    /** Words that only colour an item: "and even games". */
    private static final Pattern ITEM_FILLER = Pattern.compile(
            "^(?:even|also|maybe|perhaps|probably|especially|mostly|sometimes|often|usually|occasionally)\\s+", FLAGS);

    /** The things a member numbered inline, in order; none when fewer than two. */
    static List<String> numbered(String question) {
        String[] parts = NUMBERED.split(question);
        List<String> items = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) { // what comes before "1)" is the lead-in
            String item = withoutEndPunctuation(parts[i].strip());
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items.size() >= 2 ? items : List.of();
    }

    /** "hr and then technical": two things of at most three words each, and nothing else. */
    private static final Pattern PAIR = Pattern.compile(
            "(?:the\\s++)?+(?!(?:" + QUESTION_WORDS + ")\\b)([\\w+#./-]++(?:\\s++(?!and\\b)[\\w+#./-]++){0,2})\\s++and(?:\\s++then)?+\\s++(?:the\\s++)?+"
                    + "([\\w+#./-]++(?:\\s++[\\w+#./-]++){0,2})", FLAGS);
    /** Words kept of each alternative: the last ones, where a question puts what it offers. */
    private static final int ALTERNATIVE_WORDS = 3;

    /** The object of a question's last preposition, at its end: "web dev" in "is python used for web dev?". */
    private static final String OBJECT_PREPOSITIONS = "for|in|with|on|about|as|at";
    private static final Pattern LAST_OBJECT = Pattern.compile("\\b(?:" + OBJECT_PREPOSITIONS
            + ")\\s++([\\w+#./'-]++(?:\\s++[\\w+#./'-]++){0,3})\\s*+[?.!]*+$", FLAGS);
    /** The preposition a fragment opens with: "for version control". */
    private static final Pattern PREPOSITION = Pattern.compile("(" + OBJECT_PREPOSITIONS + ")\\s", FLAGS);
    /** "in simple terms", "in a nutshell": how to answer, not what the question is about. */
    private static final Pattern MANNER = Pattern.compile(
            "(?:simple|plain|short|general|practice|detail|a\\s+nutshell|layman|a\\s+few\\s+words)\\b", FLAGS);
    /** Earlier things of a question tried as its subject: each is one more retrieval, and subjects come early. */
    private static final int EARLIER_SUBJECTS = 3;
    /** A sentence naming this many cards is a list. */
    private static final int LIST = 3;
    /** A sentence saying this many things is a statement of its own, which a later pointer may refer to. */
    private static final int OWN_SENTENCE = 3;
    /** An enumerated thing is named in a few words. */
    static final int ITEM_WORDS = 3;
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]\\s|[.!?](?:\\s+|$)|\\n");
    static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s+|$)|\\n\\s*\\n");
    /** Where an enumeration starts, when its sentence has no colon: after "are" or "include". */
    private static final Pattern ENUMERATION_LEAD = Pattern.compile("\\b(?:are|include|includes)\\b", FLAGS);
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an)\\s+", FLAGS);
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(?:the|a|an)\\s++$", FLAGS);
    private static final Pattern ENUMERATION_SEPARATOR = Pattern.compile(
            ",\\s*+(?:and\\s++|or\\s++)?|(?<!\\s)\\s++(?:and|or)\\s++", FLAGS);
    /** What an enumerated item goes on to say ("testing with frameworks such as…"): not part of its name. */
    private static final Pattern ITEM_TAIL = Pattern.compile(
            "(?<!\\s)\\s++(?:with|such\\s+as|which|that|for|to|in)\\b(?s:.*)$|(?<!\\s)\\s*+\\((?s:.*)$", FLAGS);

    private FollowUps() {
    }

    /** "really?", "are you sure?" (but not "how so?", which asks how): doubt alone, which a "yes" answers. */
    static boolean doubts(String message) {
        return DOUBT_ALONE.matcher(message).matches();
    }

    static Kind kind(String message) {
        if (SWITCHES.matcher(message).lookingAt()) {
            return Kind.NONE;
        }
        if (picksAmong(message)) { // "which tools specifically?" picks among the thing before's, correcting nothing
            return Kind.ELLIPSIS;
        }
        // "the second one i meant" stays an ordinal
        // "and creativity specifically?" goes on to a new thing rather than correcting the question before
        boolean meantFirst = MEANT_FIRST.matcher(message).matches() && !ORDINAL.matcher(message).find()
                && !LEADS_ON.matcher(message).lookingAt();
        if (CLARIFIES.matcher(message).lookingAt() || meantFirst || STAR.matcher(message).lookingAt()) {
            return Kind.CLARIFICATION;
        }
        if (WHY.matcher(message).lookingAt() || DOUBTS.matcher(message).matches() || WHY_LAST.matcher(message).find()) {
            return Kind.WHY;
        }
        if (HOW_MANY_OF_IT.matcher(message).lookingAt()) {
            return Kind.ELLIPSIS;
        }
        if (ORDINAL.matcher(message).find()) {
            return Kind.ORDINAL;
        }
        if (LEADS_ON.matcher(message).lookingAt() || TRAILING_TOO.matcher(message).find()) {
            // "and how would i use it together with a python script?" says what it asks, but of "it"
            String words = IT_ACRONYM.matcher(message).replaceAll(" ");
            // "and what if it can't do my query?" asks a question of its own about "it", however few words it has
            Matcher lead = LEADS_ON.matcher(message);
            boolean asksOfIt = ownWords(message).size() >= FRAGMENT
                    || lead.lookingAt() && QUESTION_WORD.matcher(message.substring(lead.end())).lookingAt();
            boolean ofSomethingBefore = IT.matcher(words).find() && !DUMMY_IT.matcher(words).find()
                    && !refersWithin(message) && asksOfIt;
            return ofSomethingBefore ? Kind.PRONOUN : Kind.ELLIPSIS;
        }
        if (pointsBack(message) && !refersWithin(message)) {
            return Kind.PRONOUN;
        }
        // "other kinds?" names a thing and asks nothing: the question before, asked of it
        return BARE_FRAGMENT.matcher(message).matches() && !asks(message) ? Kind.ELLIPSIS : Kind.NONE;
    }

    /**
     * Whether the message's pointer refers to a clause of its own: "people say programming is mostly
     * problem solving. why is that such a big deal?" is about problem solving, whatever came before, and
     * so is "what is this 'object oriented' stuff ppl talk about, do i need it…" about object orientation.
     */
    static boolean refersWithin(String message) {
        for (String clause : CLAUSE_END.split(message)) {
            if (pointsBack(clause)) {
                return false;
            }
            // "in the deployment sense i mean, managing it…" narrows the question before: no statement of its own
            if (ContentWords.of(clause).size() >= OWN_SENTENCE && !I_MEAN.matcher(clause).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an ordinal that names its kind of thing ("the second interview") points into the turn before:
     * only if that turn spoke of such things. "Is Python a good first language?" after a question about
     * frameworks is a question of its own.
     */
    static boolean pointsInto(String message, String previousTurn) {
        Matcher named = NAMED_ORDINAL.matcher(message);
        return !named.find() || Pattern.compile("\\b" + Pattern.quote(named.group(1)), FLAGS).matcher(previousTurn).find();
    }

    /**
     * The clause of a message that points back, without the chat around it: "what does the last one even mean
     * for a programmer, nobody is dying lol" is about the last one; the whole message when no clause points.
     */
    static String pointingClause(String message) {
        for (String clause : CLAUSE_END.split(message)) {
            if (ORDINAL.matcher(clause).find() || pointsBack(clause)) {
                return clause;
            }
        }
        return message;
    }

    /** "installing python itself, i don't have it yet": the message names what its pointer points at first. */
    static boolean namesBeforePointing(String message) {
        Matcher pointer = POINTS_BACK.matcher(message);
        return pointer.find() && ContentWords.of(message.substring(0, pointer.start())).size() >= FRAGMENT;
    }

    /** The message without its "unrelated:" or "switching topics:" opener, which is no part of the question. */
    static String withoutSwitch(String message) {
        Matcher opener = SWITCHES.matcher(message);
        return opener.lookingAt() ? message.substring(opener.end()).replaceFirst("^[\\s:,.!-]++", "") : message;
    }

    /** Emoji and other pictographs, with their joiners, variation selectors, keycaps, skin tones and flag tags. */
    private static final Pattern EMOJI = Pattern.compile(
            "[\\p{So}\\x{200D}\\x{FE0F}\\x{20E3}\\x{1F3FB}-\\x{1F3FF}\\x{E0020}-\\x{E007F}]++");

    /** The message without its emoji, which say how the member feels, not what they ask. */
    static String withoutEmoji(String message) {
        String plain = EMOJI.matcher(message).replaceAll(" ").strip();
        return plain.isEmpty() ? message : plain;
    }

    /** "and version control tools?" names things but asks nothing; "what about freelancing, is that good?" asks. */
    private static final Pattern OTHERS = Pattern.compile(
            "\\b(?:what|which|any)\\s++(?:other|else)\\b|\\bother\\s++(?:kinds|types|ones|options|tools|ways|sorts)\\b", FLAGS);

    /** "what other kinds are there?": the thing just answered is the one the member does not want again. */
    static boolean asksForOthers(String message) {
        return OTHERS.matcher(message).find();
    }

    /** "which ones exactly?": a pick among the kinds of the thing before, which names nothing to answer alone. */
    static boolean picksAmong(String message) {
        return PICKS.matcher(message).matches();
    }

    /** Whether the message ends on a pointer as the object of its last preposition: read alone, it asks of nothing. */
    static boolean endsOnPointer(String message) {
        return ENDS_ON_POINTER.matcher(message).find();
    }

    /** Whether the message asks something past its lead-in: "what about normal full time jobs" asks nothing itself. */
    static boolean asksOfItsOwn(String message) {
        return asks(LEADS_ON.matcher(message).replaceFirst(""));
    }

    static boolean asks(String message) {
        return ASKS.matcher(message).find();
    }

    static boolean pointsBack(String message) {
        String words = NON_POINTERS.matcher(IT_ACRONYM.matcher(message).replaceAll(" ")).replaceAll(" ");
        return POINTS_BACK.matcher(words).find();
    }

    /** Words that say a message refers to the last one ("same question but…") rather than what it is about. */
    private static final Set<String> REFERRING = Set.of("same", "question", "thing", "again", "too", "also", "one");

    /** The content words a message says of its own: no pointers, no words that only refer back. */
    static List<String> ownWords(String message) {
        String asked = WHY.matcher(message).replaceFirst(" "); // "how come?" says nothing of its own
        return ContentWords.of(withoutPointers(asked)).stream().filter(word -> !REFERRING.contains(word)).toList();
    }

    /** The message without its pointers: "what does the last one do?" becomes "what does  do?". */
    static String withoutPointers(String message) {
        return ORDINAL.matcher(POINTS_BACK.matcher(message).replaceAll(" ")).replaceAll(" ");
    }

    /**
     * The readings of a follow-up, most literal first.
     *
     * @param previousQuestion what the member asked before, as asked
     * @param previousCard the card that answered it, if one did
     */
    static List<Reading> readings(Kind kind, String message, String previousQuestion, Optional<Card> previousCard,
            String previousAnswer, Mentions mentions) {
        return readings(kind, message, previousQuestion, previousCard, previousAnswer, List.of(), mentions);
    }

    /**
     * The same, knowing the cards related to the one that answered ({@code related}, in its order): where the
     * member asked for a list the answer did not make, one of them makes it.
     */
    static List<Reading> readings(Kind kind, String message, String previousQuestion, Optional<Card> previousCard,
            String previousAnswer, List<Card> related, Mentions mentions) {
        String before = previousCard.map(Card::question).orElse(previousQuestion);
        List<Reading> readings = new ArrayList<>();
        switch (kind) {
            case CLARIFICATION -> {
                String meant = meant(message);
                if (NARROWS.matcher(meant).lookingAt()) { // "in a job interview i mean": the question before, narrowed
                    readings.add(Reading.resolved(narrowed(previousQuestion, meant)));
                }
                if (ContentWords.of(meant).size() >= 3 || QUESTION_WORD.matcher(meant).lookingAt()) {
                    // a question of its own: "no, I meant who's in charge of it nowadays"; "the HR one, the first
                    // round" names its one ("the HR interview") rather than pointing back
                    String named = rulesOutTheTurnBefore(message) ? meant : resolveOne(meant, before);
                    boolean namesItsOne = !named.equals(meant) && NAMED_ONE.matcher(meant).find();
                    meant = named;
                    boolean asked = headNoun(previousQuestion).isPresent(); // else the first is the card's own name
                    List<String> subjects = subjects(previousCard, previousQuestion, mentions);
                    for (int i = 0; i < subjects.size(); i++) { // the first subject is what the member asked about
                        readings.add(new Reading(replacePronoun(meant, subjects.get(i)), true, false,
                                i == 0 && asked && pointsBack(meant) && !namesBeforePointing(meant)));
                    }
                    readings.add(new Reading(meant, true));
                    // "what I wanted to ask is what machine learning even is": a question of its own, about its own thing
                    boolean namesItsThing = QUESTION_WORD.matcher(meant).lookingAt() && !mentions.namesIn(meant).isEmpty();
                    if (!pointsBack(meant) && !namesItsOne && !namesItsThing && !subjects.isEmpty()) {
                        // "no I know what it is, I meant which tools to know"
                        readings.add(new Reading(ofTheLastSubject(meant, subjects), true));
                    }
                    if (!QUESTION_WORD.matcher(meant).lookingAt()) { // "I meant the time-to-live part"
                        readings.add(new Reading(substitute(previousQuestion, meant), true));
                        readings.add(new Reading(before + " " + meant, true, true));
                    }
                } else {
                    boolean namesAnotherThing = !mentions.namesIn(previousQuestion).containsAll(mentions.namesIn(meant));
                    if (DESCRIBES.matcher(meant).matches() && !NAMED_ONE.matcher(meant).find() && !namesAnotherThing) {
                        // "the testing tool i mean, not insurance": which sense of the thing just asked about
                        // ("the churn thing" after "what's a cron job?" names another thing)
                        readings.add(Reading.resolved(withoutEndPunctuation(previousQuestion) + ", " + meant));
                    }
                    if (pointsBack(previousQuestion) && !rulesOutTheTurnBefore(message) && !asks(meant)) {
                        // "how do i install it?" … "python i mean": what "it" was ("range, what is it" asks anew)
                        readings.add(Reading.resolved(replacePronoun(previousQuestion, withoutEndPunctuation(meant))));
                    }
                    // "not flask, the django one": "the django one" is not "the django flask"
                    String resolved = rulesOutTheTurnBefore(message) ? meant : resolveOne(meant, previousQuestion);
                    // "freelance i mean": the question before, with its thing replaced, is what was asked
                    // ("range, what is it" asks a question of its own)
                    boolean modifier = ownWords(resolved).size() < FRAGMENT && !asks(resolved);
                    if (!NARROWS.matcher(resolved).lookingAt()) { // "for dns i mean" replaces nothing
                        readings.add(new Reading(substitute(previousQuestion, resolved), true, false, modifier));
                    }
                    readings.add(new Reading(resolved, true));
                    readings.add(new Reading(before + " " + resolved, true, true));
                    List<String> subjects = subjects(previousCard, previousQuestion, mentions);
                    if (DEFINITION.matcher(previousQuestion).matches() && !pointsBack(resolved)
                            && !NARROWS.matcher(resolved).lookingAt() && !subjects.isEmpty()) {
                        // "the time-to-live thing specifically" after "what's a DNS?": that thing of DNS
                        readings.add(new Reading(ofTheLastSubject(resolved, subjects), true));
                    }
                }
            }
            case WHY -> {
                // "why does the second one matter?": the reason for that item, not for the whole list
                pointedAt(message, previousQuestion, previousCard, previousAnswer, related, mentions)
                        .ifPresent(item -> readings.add(new Reading(named(message, item), true, false,
                                outranksTheMessage(message))));
                // the reason behind the answer given, and behind the question as the member asked it ("why not?"
                // after "does the Euler program give the exact value of pi?" asks why it does not)
                if (pointsBack(message) && !refersWithin(message) && !PLURAL_POINTER.matcher(message).find()
                        && !WHY_IS_THAT.matcher(message).find()) {
                    // "why should i care about it if my code runs anyway" after PEP 8: the reason, about PEP 8 (but
                    // "why do they use it?" after which companies use Python: "they" are the companies)
                    subjects(previousCard, previousQuestion, mentions).stream().limit(1)
                            .forEach(subject -> readings.add(new Reading(replacePronoun(message, subject), false)));
                }
                for (String asked : before.equals(previousQuestion) ? List.of(before) : List.of(before, previousQuestion)) {
                    readings.add(new Reading(message + " " + asked, false, true));
                    if (YES_NO.matcher(asked).lookingAt()) {
                        readings.add(new Reading("why " + asked, false));
                    }
                }
            }
            case ORDINAL -> {
                Optional<String> item = pointedAt(message, previousQuestion, previousCard, previousAnswer, related, mentions);
                if (item.isPresent()) {
                    String named = named(message, item.get());
                    // the member's own option ("torn between data analyst, … the first of those") is what they meant
                    boolean theirs = memberOption(message, previousQuestion).isPresent();
                    readings.add(new Reading(named, true, false, theirs || outranksTheMessage(message)));
                    if (theirs) { // "…for websites, machine learning and even games" / "the last one, for real?"
                        MemberList.inPlaceOfTheList(previousQuestion, item.get())
                                .ifPresent(sentence -> readings.add(Reading.resolved(sentence + " " + named)));
                    }
                    if (QUESTION_WORD.matcher(item.get()).lookingAt()) { // "1) do i need a degree 2) how long…"
                        readings.add(Reading.resolved(item.get()));
                    }
                    if (ownWords(message).size() < FRAGMENT || EXPLAIN.matcher(message).find()) {
                        // "tell me more about the second one", "forget the others, just explain the middle one"
                        readings.add(Reading.resolved("what is " + item.get() + "? " + named));
                    }
                } else {
                    String resolved = resolveOne(message, before);
                    readings.add(new Reading(resolved, true));
                    readings.add(new Reading(before + " " + resolved, true, true));
                }
            }
            case ELLIPSIS -> {
                Matcher picks = PICKS.matcher(message);
                if (picks.matches()) { // "which ones exactly?" after "do programmers need soft skills": which soft skills
                    String kindOf = picks.group(2).equalsIgnoreCase("ones") ? "" : " " + picks.group(2);
                    String other = picks.group(1) == null ? "" : "other ";
                    subjects(previousCard, previousQuestion, mentions).stream().limit(1).forEach(subject -> readings.add(
                            Reading.resolved("which " + other + subject + kindOf)));
                    readings.add(new Reading(before + " " + message, true, true));
                    break;
                }
                String focus = TRAILING_TOO.matcher(LEADS_ON.matcher(message).replaceFirst("")).replaceFirst("").strip();
                if (NAMED_ONE.matcher(focus).find()) { // "n the technical one?" after the HR interview: the technical interview
                    focus = resolveOne(focus, before);
                }
                // "git too?" asks nothing of its own: read into the question before, it is what the member meant
                boolean fragment = !asks(message) && ownWords(message).size() <= FRAGMENT;
                if (!ContentWords.of(focus).isEmpty()) {
                    // "and for AI stuff?" after "is python used for web dev?": the whole object of "for" changes,
                    // which says best what a fragment means when the question before ends in one
                    Matcher object = LAST_OBJECT.matcher(previousQuestion);
                    boolean ofTheObject = ownWords(focus).size() <= FRAGMENT && !QUESTION_WORD.matcher(focus).lookingAt()
                            && object.find() && !MANNER.matcher(object.group(1)).lookingAt()
                            && samePreposition(focus, object.group());
                    if (ofTheObject) {
                        readings.add(new Reading(previousQuestion.substring(0, object.start(1))
                                + withoutEndPunctuation(focus) + previousQuestion.substring(object.end(1)), true, false, fragment));
                    }
                    boolean substituted = fragment && !ofTheObject;
                    readings.add(new Reading(substitute(previousQuestion, focus), true, false, substituted));
                    readings.add(new Reading(substitute(before, focus), true, false, substituted));
                    // "same question for version control" after "which CI/CD tools should a Python dev know?"
                    substitutedEarlier(previousQuestion, focus).forEach(text -> readings.add(new Reading(text, true, false,
                            substituted)));
                    // "and for ci/cd?" after "which version control tool should i learn": the named thing, all of it
                    for (String name : mentions.namesIn(previousQuestion)) {
                        int at = previousQuestion.indexOf(name);
                        if (at >= 0 && name.contains(" ")) {
                            readings.add(new Reading(previousQuestion.substring(0, at) + withoutEndPunctuation(focus)
                                    + previousQuestion.substring(at + name.length()), true, false, substituted));
                        }
                    }
                }
                if (ownWords(message).size() <= FRAGMENT) {
                    readings.add(new Reading(before + " " + message, true, true));
                }
                if (BARE_FRAGMENT.matcher(message).matches() && !asks(message)) {
                    // "tools?" after "what is ci/cd": the thing before's tools
                    String kindOf = withoutEndPunctuation(focus);
                    subjects(previousCard, previousQuestion, mentions).stream().limit(1).forEach(subject -> readings.add(
                            new Reading(subject + " " + kindOf, true, false, true)));
                }
            }
            case PRONOUN -> {
                List<String> both = MemberList.of(previousQuestion);
                Matcher plural = PLURAL_POINTER.matcher(message);
                if (both.size() >= 2 && plural.find()) {
                    // "a product manager AND a project manager" … "whats the difference between them?": both
                    readings.add(Reading.resolved(message.substring(0, plural.start()) + String.join(" and ", both)
                            + message.substring(plural.end())));
                }
                personAndThing(message, previousQuestion, previousCard).ifPresent(text -> readings.add(new Reading(text, true)));
                for (String subject : subjects(previousCard, previousQuestion, mentions)) {
                    String once = replacePronoun(message, subject);
                    readings.add(new Reading(once, true));
                    String everywhere = replaceEveryPronoun(message, subject);
                    if (!everywhere.equals(once)) {
                        // "is that true? our uni course still teaches it": both point at the same thing
                        readings.add(new Reading(everywhere, true));
                    }
                }
                if (ownWords(message).size() <= FRAGMENT) {
                    readings.add(new Reading(before + " " + message, true, true)); // "is it hard?" says little of its own
                }
            }
            case NONE -> {
            }
        }
        return readings;
    }

    private static final Pattern PERSONAL = Pattern.compile("\\b(?:he|she|him|his|her)\\b", FLAGS);
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+(?:van|de|von|da))?\\s+\\p{Lu}\\p{Ll}+");

    /**
     * "is he still the one running it?" after "who made python originally": "he" is the person the card
     * names, "it" the thing the member asked about, each in its place.
     */
    private static Optional<String> personAndThing(String message, String previousQuestion, Optional<Card> previousCard) {
        Optional<String> person = previousCard.flatMap(card -> card.names().stream()
                .filter(name -> PERSON_NAME.matcher(name).matches()).findFirst());
        Optional<String> thing = headNoun(previousQuestion);
        if (!PERSONAL.matcher(message).find() || !IT.matcher(message).find() || person.isEmpty() || thing.isEmpty()) {
            return Optional.empty();
        }
        String named = PERSONAL.matcher(message).replaceFirst(Matcher.quoteReplacement(person.get()));
        return Optional.of(IT.matcher(named).replaceAll(Matcher.quoteReplacement(thing.get())));
    }

    private static final Pattern EXPLAIN = Pattern.compile("\\b(?:explain|tell\\s+me\\s+(?:more\\s+)?about)\\b", FLAGS);

    /** "which tools to know" of the thing asked about last: "which tools to know for version control". */
    private static String ofTheLastSubject(String meant, List<String> subjects) {
        return withoutEndPunctuation(meant) + " for " + subjects.get(subjects.size() - 1);
    }

    /**
     * Whether the ordinal's item, written out, says what the member meant better than the message read
     * alone: when the message says little else ("tell me more about the second one"), or names what it
     * counts ("how do I prepare for the second interview?", which read alone finds an interview, but not
     * the second).
     */
    private static boolean outranksTheMessage(String message) {
        return ownWords(message).size() <= FRAGMENT || NAMED_ORDINAL.matcher(message).find();
    }

    /**
     * The item an ordinal in the message points at: among the options the member's previous question
     * offered ("write, test, debug?": the member counts their own list first), else in a list the
     * previous answer makes, else among the things the answer names in passing.
     */
    private static Optional<String> pointedAt(String message, String previousQuestion, Optional<Card> previousCard,
            String previousAnswer, List<Card> related, Mentions mentions) {
        if (!ORDINAL.matcher(message).find() || !pointsInto(message, previousQuestion + "\n" + previousAnswer)) {
            return Optional.empty();
        }
        List<Mentions.Mention> named = mentions.in(previousAnswer, previousCard.map(Card::id).orElse(""));
        boolean intoTheAnswer = INTO_THE_ANSWER.matcher(message).find();
        return (intoTheAnswer ? Optional.<String>empty() : ordinalAlternative(message, previousQuestion))
                // "the very first one" after "what are the steps…" counts the steps too
                .or(() -> STEP_WORD.matcher(message).find() || STEP_WORD.matcher(previousQuestion).find()
                        ? nth(message, steps(previousAnswer)) : Optional.empty())
                .or(() -> intoTheAnswer ? Optional.empty() : nth(message, mentions.namesIn(previousQuestion)))
                .or(() -> !intoTheAnswer && countsTheKindAsked(message, previousQuestion) ? Optional.empty()
                        : nth(message, listed(previousAnswer, named)))
                .or(() -> nth(message, expectedList(previousQuestion, related, mentions)))
                .or(() -> nth(message, cardNames(named)));
    }

    /**
     * Whether a bare "the second one" counts the kind of thing the question before was about, one of a
     * sequence: after "what happens in the HR interview?" it is the second interview, whatever the answer
     * went on to list ("the second thing you mentioned" counts the answer).
     */
    private static boolean countsTheKindAsked(String message, String previousQuestion) {
        return BARE_ORDINAL.matcher(message).find()
                && headNoun(previousQuestion).filter(noun -> SEQUENCE_NOUN.matcher(noun).matches()).isPresent();
    }

    /**
     * The list a related card makes of the kind of thing the member asked for ("what python frameworks should i
     * learn?" answered by whether Python is used for the web, which names no list): the first related card
     * whose question names that kind and whose answer lists three or more.
     */
    private static List<String> expectedList(String previousQuestion, List<Card> related, Mentions mentions) {
        Matcher asked = ASKS_FOR_A_LIST.matcher(previousQuestion);
        if (!asked.find()) {
            return List.of();
        }
        String kind = asked.group(1);
        return related.stream()
                .filter(card -> containsWord(card.question(), kind))
                .map(card -> listed(card.body(), mentions.in(card.body(), card.id())))
                .filter(items -> items.size() >= LIST)
                .findFirst().orElse(List.of());
    }

    /** The message with its ordinal replaced by the item: "tell me more about the second one" → "…about Django". */
    static String named(String message, String item) {
        String replaced = pointer(message).map(at -> message.substring(0, at.start()) + item + message.substring(at.end()))
                .orElseGet(() -> ORDINAL.matcher(message).replaceFirst(Matcher.quoteReplacement(item)));
        return replaced.replaceAll("(?i)\\bthe\\s+(?=" + Pattern.quote(item) + ")", "");
    }

    /**
     * What "it" in a question's next part stands for: a thing the question names ("django" in "is django worth
     * learning"), else Python if it speaks of it; never a word like "language" or "learning".
     */
    static Optional<String> subjectOf(String question, Mentions mentions) {
        return mentions.namesIn(question).stream().findFirst()
                .or(() -> ContentWords.of(question).contains(PYTHON) ? Optional.of(PYTHON) : Optional.empty());
    }

    /**
     * What "it" can stand for: the thing the previous question was about ("python" in "who created python?",
     * "cron job" in "what's a cron job?"), and the subject of the card that answered it ("Guido van Rossum").
     */
    private static List<String> subjects(Optional<Card> previousCard, String previousQuestion, Mentions mentions) {
        List<String> subjects = new ArrayList<>();
        List<String> names = mentions.namesIn(previousQuestion);
        if (!IT.matcher(previousQuestion).find()) { // "what happens in it usually?" is about what came before it
            // "pep" is no subject of its own when the question named "PEP 8"
            headNoun(previousQuestion).filter(noun -> names.stream().noneMatch(name -> containsWord(name, noun)))
                    .ifPresent(subjects::add);
        }
        // a thing of two words ("cron job", "virtual environment") that the question named
        names.stream().filter(name -> !subjects.contains(name)).limit(2).forEach(subjects::add);
        previousCard.flatMap(card -> card.names().stream().findFirst()).filter(name -> !subjects.contains(name))
                .ifPresent(subjects::add);
        if (!subjects.contains(PYTHON) && ContentWords.of(previousQuestion).contains(PYTHON)) {
            subjects.add(PYTHON); // "python is open source right?" … "so who maintains it these days?"
        }
        return subjects;
    }

    /**
     * What "it" or "them" can stand for after a refused remark ("i keep hearing about fraud detection in
     * fintech"): the things it named by a card's name, the two together ("the difference between them"),
     * else Python if the remark spoke of it ("gonna install python tonight").
     */
    static List<String> remarkSubjects(String remark, Mentions mentions) {
        List<String> named = new ArrayList<>(mentions.namesIn(remark).stream().limit(2).toList());
        if (named.size() == 2) {
            named.add(named.get(0) + " and " + named.get(1));
        }
        if (named.isEmpty() && ContentWords.of(remark).contains(PYTHON)) {
            named.add(PYTHON);
        }
        return named;
    }

    /** The n-th item the previous answer listed, else the n-th card it named. */
    static Optional<String> ordinalItem(String message, String previousAnswer, List<Mentions.Mention> named) {
        return nth(message, listed(previousAnswer, named)).or(() -> nth(message, cardNames(named)));
    }

    /**
     * The list an answer makes, if it makes one: its bullets, the sentence that names three or more cards
     * ("The popular ones are Flask, Django, Pyramid and FastAPI."), or a sentence that enumerates ("The best
     * known are unittest, pytest and django.test.").
     */
    private static List<String> listed(String answer, List<Mentions.Mention> named) {
        List<String> bullets = new ArrayList<>();
        Matcher list = LIST_ITEM.matcher(answer);
        while (list.find()) {
            bullets.add(bulletName(list.group(1).strip()));
        }
        if (bullets.size() >= 2) {
            return bullets;
        }
        List<Mentions.Mention> together = listedTogether(named, answer);
        return together.size() >= LIST ? cardNames(together) : enumerated(answer);
    }

    /** "fluent Python: the syntax, the built-ins…": a bullet named before its colon is that name. */
    private static String bulletName(String bullet) {
        int colon = bullet.indexOf(": ");
        return colon > 0 && bullet.substring(0, colon).split("\\s+").length <= ITEM_WORDS ? bullet.substring(0, colon) : bullet;
    }

    /** A card's own name, not the words the answer happened to use ("Human Resources": the HR interview). */
    private static List<String> cardNames(List<Mentions.Mention> named) {
        return named.stream().map(m -> m.card().names().get(0)).toList();
    }

    /**
     * The things a sentence of the answer enumerates, when no list or card names give them: the first
     * sentence that, after its colon or its "are", names three or more short things ("unittest, pytest
     * and django.test"), and nothing else.
     */
    static List<String> enumerated(String answer) {
        return enumerated(answer, false);
    }

    /**
     * The same, and in a member's own sentence a long first item is named by its last words: "so a dev
     * basically writes code, tests it and debugs it?" lists "writes code".
     */
    private static List<String> enumerated(String answer, boolean members) {
        for (String sentence : SENTENCE_END.split(answer)) {
            Matcher lead = ENUMERATION_LEAD.matcher(sentence);
            int colon = sentence.lastIndexOf(':');
            String listed = colon >= 0 ? sentence.substring(colon + 1) : lead.find() ? sentence.substring(lead.end()) : sentence;
            List<String> items = new ArrayList<>();
            for (String part : ENUMERATION_SEPARATOR.split(listed)) {
                String named = ITEM_FILLER.matcher(ARTICLE.matcher(part.strip()).replaceFirst("")).replaceFirst("");
                Matcher opening = LEAD_IN_OPTION.matcher(named);
                if (items.isEmpty() && named.split("\\s+").length > ITEM_WORDS && opening.find()) {
                    named = opening.group(1); // "work on communication, empathy and…": the list starts after "on"
                } else if (items.isEmpty() && members) {
                    String[] words = named.split("\\s+");
                    named = String.join(" ", Arrays.asList(words).subList(Math.max(0, words.length - ITEM_WORDS + 1),
                            words.length));
                }
                Matcher tail = ITEM_TAIL.matcher(named);
                boolean goesOn = tail.find();
                String item = (goesOn ? named.substring(0, tail.start()) : named).strip();
                if (item.isEmpty() || item.split("\\s+").length > ITEM_WORDS) {
                    items.clear(); // a clause, not a thing: the sentence is not a list
                    break;
                }
                items.add(item);
                if (goesOn) {
                    break; // "testing with frameworks such as pytest or unittest": the rest describes the last item
                }
            }
            if (items.size() >= LIST) {
                return items;
            }
        }
        return List.of();
    }

    /**
     * Two short things a sentence of the member's own names and nothing else: "hr and then technical?" (a
     * question that names more, "how do I learn git and github", is no pair).
     */
    static List<String> pair(String question) {
        for (String sentence : SENTENCE_END.split(question)) {
            String said = withoutEndPunctuation(sentence.strip());
            Matcher and = PAIR.matcher(said);
            if (and.matches()) {
                return List.of(and.group(1), and.group(2));
            }
            int from = endOfLast(PAIR_LEAD, said); // the last lead word: "told me to look at SQL and NoSQL databases"
            if (from >= 0 && (and = PAIR.matcher(said.substring(from))).matches()) {
                return List.of(and.group(1), and.group(2));
            }
        }
        return List.of();
    }

    /** The item the message's ordinal points at ("the last one": the last item), if there are two or more. */
    private static Optional<String> nth(String message, List<String> items) {
        Optional<Pointer> pointer = pointer(message);
        if (items.size() < 2 || pointer.isEmpty()) {
            return Optional.empty();
        }
        String word = pointer.get().word();
        if (pointer.get().plural()) { // "forget the last one, what are the first two?": both are asked about
            int count = word.endsWith("two") || word.endsWith("2") ? 2 : 3;
            if (items.size() < count) {
                return Optional.empty();
            }
            List<String> asked = word.startsWith("the first") ? items.subList(0, count)
                    : items.subList(items.size() - count, items.size());
            return Optional.of(String.join(" and ", asked));
        }
        int index = switch (word) {
            case "first", "1st", "former", "1", "one" -> 0;
            case "second", "2nd", "2", "two" -> 1;
            case "third", "3rd", "3", "three" -> 2;
            case "fourth", "4th", "4", "four" -> 3;
            case "fifth", "5th", "5", "five" -> 4;
            case "middle" -> items.size() / 2;
            case "last", "final", "latter" -> items.size() - 1;
            default -> -1; // "step 7" of three
        };
        return index >= 0 && index < items.size() ? Optional.of(items.get(index)) : Optional.empty();
    }

    /**
     * The ordinal a message asks with: "the first two" unless set aside ("i already know the first two"),
     * else its first ordinal that counts one thing; its word, lower-case ("second", or the whole plural).
     */
    private record Pointer(int start, int end, String word, boolean plural) {
    }

    private static Optional<Pointer> pointer(String message) {
        Matcher plural = PLURAL_ORDINAL.matcher(message);
        while (plural.find()) {
            int clause = Math.max(0, lastClauseEnd(message, plural.start()));
            if (!SET_ASIDE.matcher(message.substring(clause, plural.start())).find()) {
                return Optional.of(new Pointer(plural.start(), plural.end(),
                        plural.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), true));
            }
        }
        Matcher ordinal = ORDINAL.matcher(message);
        while (ordinal.find()) {
            for (int group = 1; group <= ordinal.groupCount(); group++) {
                if (ordinal.group(group) != null) {
                    return Optional.of(new Pointer(ordinal.start(), ordinal.end(),
                            ordinal.group(group).toLowerCase(Locale.ROOT), false));
                }
            }
        }
        return Optional.empty();
    }

    /** Where the clause that holds position {@code at} starts: after the last comma or sentence end before it. */
    private static int lastClauseEnd(String message, int at) {
        int end = -1;
        for (int i = at - 1; i >= 0 && end < 0; i--) {
            if (",;.!?".indexOf(message.charAt(i)) >= 0) {
                end = i + 1;
            }
        }
        return end;
    }

    private static boolean containsWord(String text, String word) {
        return Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).contains(word.toLowerCase(Locale.ROOT));
    }


    /**
     * The n-th of the alternatives the previous question offered, unless the message points into the answer
     * ("the second thing you mentioned").
     */
    static Optional<String> memberOption(String message, String previousQuestion) {
        return INTO_THE_ANSWER.matcher(message).find() ? Optional.empty() : ordinalAlternative(message, previousQuestion);
    }

    /**
     * The n-th of the alternatives the previous question offered, in the question's own words: "a regular
     * job or go freelance?", or a list of three ("write, test, debug?"). After a refused question the member's
     * own list is the only one there is, whatever the message says.
     */
    static Optional<String> ordinalAlternative(String message, String previousQuestion) {
        List<String> numbered = numbered(previousQuestion);
        if (numbered.size() >= 2) { // "1) do i need a degree 2) how long until i'm ready"
            return nth(message, numbered);
        }
        List<String> listed = MemberList.of(previousQuestion);
        if (!listed.isEmpty()) {
            return nth(message, listed);
        }
        List<String> alternatives = new ArrayList<>();
        if (!OFFERS.matcher(previousQuestion).find()) {
            // "As a beginner, should I learn Python?" offers nothing to choose from
            return nth(message, enumerated(previousQuestion, true)).or(() -> nth(message, pair(previousQuestion)));
        }
        String offering = SENTENCE_END.splitAsStream(previousQuestion).filter(s -> OFFERS.matcher(s).find())
                .findFirst().orElse(previousQuestion); // "…websites, AI or games? trying to figure out where i fit"
        List<String> clauses = new ArrayList<>(List.of(offering.split(",")));
        while (clauses.size() > 1 && !OFFERS.matcher(clauses.get(clauses.size() - 1)).find()) {
            // "django vs flask vs fastapi, which is easier for a beginner": what follows the options is no option
            clauses.remove(clauses.size() - 1);
        }
        while (clauses.size() > 1 && QUESTION_WORD.matcher(clauses.get(0)).lookingAt()
                && !OFFERS.matcher(clauses.get(0)).find()) {
            // "which is better for web dev, django or flask?": the lead-in is not an option; in a yes-or-no
            // lead-in, "is python more for websites, AI or games?", what follows its "for" is
            Matcher option = LEAD_IN_OPTION.matcher(clauses.get(0));
            if (YES_NO.matcher(clauses.get(0)).lookingAt() && option.find()) {
                clauses.set(0, option.group(1));
                break;
            }
            clauses.remove(0);
        }
        for (String part : ALTERNATIVES.split(String.join(",", clauses))) {
            Matcher lead = LEAD_IN_OPTION.matcher(part);
            if (alternatives.isEmpty() && lead.find()) {
                part = lead.group(1); // "im torn between data analyst, …": the option follows its "between"
            }
            List<String> words = ContentWords.of(part);
            if (!words.isEmpty()) {
                alternatives.add(String.join(" ", words.subList(Math.max(0, words.size() - ALTERNATIVE_WORDS),
                        words.size())));
            }
        }
        return nth(message, alternatives);
    }

    /** The names of the sentence that names the most cards, or all of them when no sentence names three. */
    private static List<Mentions.Mention> listedTogether(List<Mentions.Mention> named, String answer) {
        if (named.size() < LIST) {
            return named;
        }
        List<Integer> ends = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(answer);
        while (end.find()) {
            ends.add(end.start());
        }
        ends.add(answer.length());
        List<Mentions.Mention> best = List.of();
        int from = 0;
        for (int to : ends) {
            int start = from;
            List<Mentions.Mention> sentence = named.stream().filter(m -> m.at() >= start && m.at() < to).toList();
            if (sentence.size() > best.size()) {
                best = sentence;
            }
            from = to;
        }
        return best.size() >= LIST ? best : named;
    }

    /** "the technical one" after a question about the HR interview: "the technical interview". */
    static String resolveOne(String message, String previousQuestion) {
        Optional<String> noun = headNoun(previousQuestion);
        Matcher one = ONE.matcher(message);
        if (noun.isEmpty() || !one.find()) {
            return message;
        }
        return one.replaceFirst("the $1" + Matcher.quoteReplacement(noun.get()));
    }

    /** "who uses it?" about Django: "who uses Django?". */
    static String replacePronoun(String message, String subject) {
        return POINTS_BACK.matcher(IT_ACRONYM.matcher(message).replaceAll("IT")).replaceFirst(Matcher.quoteReplacement(subject));
    }

    /** The message with every pointer read as the subject: "is that true? our course still teaches it". */
    static String replaceEveryPronoun(String message, String subject) {
        return POINTS_BACK.matcher(IT_ACRONYM.matcher(message).replaceAll("IT")).replaceAll(Matcher.quoteReplacement(subject));
    }

    /**
     * The previous question with its last few content words replaced by the new focus: "is Python used in
     * finance?" with "games" becomes "is Python used in games?"; as many words are replaced as the focus has.
     */
    static String substitute(String previousQuestion, String focus) {
        List<int[]> words = things(previousQuestion);
        while (!words.isEmpty() && words.get(words.size() - 1)[2] == 1) {
            words.remove(words.size() - 1); // "…should I learn": the verb stays, the thing is replaced
        }
        if (words.isEmpty()) {
            return previousQuestion + " " + focus;
        }
        int end = words.size();
        int[] last = words.get(end - 1);
        if (end > 1 && KIND.matcher(previousQuestion.substring(last[0], last[1])).matches()
                && compounds(previousQuestion, words.get(end - 2), last)
                && !KIND.matcher(withoutEndPunctuation(focus)).find()) {
            end--; // "which version control tools" with "ci/cd": the tools stay, of the new thing
        }
        // the things at the end, as many as the focus names: "prepare for the interview" with "the hr part"
        // replaces the interview, not the preparing
        int wanted = Math.min(3, ContentWords.of(focus).size());
        int replaced = 1;
        while (replaced < wanted && replaced < end && words.get(end - 1 - replaced)[2] == 0) {
            replaced++;
        }
        // a compound goes whole: "for web development" with "what about ai" is "for ai", not "for web ai" (but
        // Python stays: "python dev jobs" with "freelance gigs" is "python freelance gigs")
        while (replaced < end && compounds(previousQuestion, words.get(end - 1 - replaced), words.get(end - replaced))) {
            replaced++;
        }
        return replace(previousQuestion, words.subList(end - replaced, end), focus);
    }

    /**
     * "and for version control?" after "…should i know as a python dev": a fragment that opens with another
     * preposition than the question's last object does not replace that object.
     */
    private static boolean samePreposition(String focus, String object) {
        Matcher opens = PREPOSITION.matcher(focus);
        return !opens.lookingAt()
                || object.strip().toLowerCase(Locale.ROOT).startsWith(opens.group(1).toLowerCase(Locale.ROOT) + " ");
    }

    /**
     * Whether a word is the first half of a compound with the next one: a noun right before it, not Python and not
     * how to answer ("in simple terms").
     */
    private static boolean compounds(String question, int[] word, int[] next) {
        String text = question.substring(word[0], word[1]);
        return word[2] == 0 && question.substring(word[1], next[0]).equals(" ") && !text.equalsIgnoreCase("python")
                && !MANNER.matcher(text).matches();
    }

    /**
     * The previous question with an earlier thing it names replaced by the new focus, one reading per
     * thing: the subject is not always at the end ("which CI/CD tools should a Python dev know?").
     */
    static List<String> substitutedEarlier(String previousQuestion, String focus) {
        List<int[]> words = things(previousQuestion);
        List<String> readings = new ArrayList<>();
        for (int i = 0; i < words.size() - 1 && readings.size() < EARLIER_SUBJECTS; i++) {
            if (words.get(i)[2] == 0) {
                readings.add(replace(previousQuestion, words.subList(i, i + 1), focus));
            }
        }
        return readings;
    }

    /** The content words of a question: start, end, and 1 if it is one of {@link #NOT_NOUNS}. */
    private static List<int[]> things(String question) {
        List<int[]> words = new ArrayList<>();
        Matcher word = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/+#.'-]*").matcher(question);
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT).replaceAll("[.']+$", "");
            if (!ContentWords.STOP_WORDS.contains(lower)) {
                words.add(new int[] {word.start(), word.end(), NOT_NOUNS.contains(lower) ? 1 : 0});
            }
        }
        return words;
    }

    private static String replace(String question, List<int[]> words, String focus) {
        String head = question.substring(0, words.get(0)[0]);
        String core = withoutEndPunctuation(focus);
        if (ARTICLE_BEFORE.matcher(head).find()) {
            core = ARTICLE.matcher(core).replaceFirst(""); // "for the interview" with "the hr part": one "the"
        }
        return head + core + question.substring(words.get(words.size() - 1)[1]);
    }

    /** Where the last match of the pattern in the text ends, or -1 when it has none. */
    static int endOfLast(Pattern pattern, String text) {
        Matcher match = pattern.matcher(text);
        int end = -1;
        while (match.find()) {
            end = match.end();
        }
        return end;
    }

    /** "games?!" → "games", by a scan from the end (a pattern anchored at the end is quadratic on "????…x"). */
    static String withoutEndPunctuation(String text) {
        int end = text.length();
        while (end > 0 && "?!. ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** What the previous question was about: its last content word that is a thing, not an action. */
    static Optional<String> headNoun(String previousQuestion) {
        // "who made python originally": an adverb at the end says how, not what
        List<String> all = ContentWords.of(previousQuestion);
        List<String> words = all.stream().filter(word -> !isAdverb(word)).toList();
        if (words.stream().noneMatch(FollowUps::isThing)) {
            words = all; // "what is plotly": a name, not an adverb
        }
        boolean inPython = IN_PYTHON.matcher(previousQuestion).find() && DEFINES.matcher(previousQuestion).lookingAt();
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            // "python" is what "who created python?" was about, but only describes the work in "python work", and
            // "what's a generator in python" is about the generator
            boolean describes = word.equals(PYTHON) && (i < words.size() - 1 || inPython && i > 0);
            if (isThing(word) && !describes) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /** "what's a generator in python": the thing defined, not the language. */
    private static final Pattern DEFINES = Pattern.compile("\\W*+what(?:'s|s|\\s+is|\\s+are)\\s", FLAGS);
    private static final Pattern IN_PYTHON = Pattern.compile("\\b(?:in|with|using)\\s+python\\W*$", FLAGS);
    private static final Pattern ADVERB = Pattern.compile("\\p{L}{3,}ly");
    private static final Set<String> NOT_ADVERBS = Set.of("family", "supply", "assembly", "reply", "anomaly", "italy",
            "july", "monopoly", "rally");

    private static boolean isAdverb(String word) {
        return ADVERB.matcher(word).matches() && !NOT_ADVERBS.contains(word);
    }

    private static boolean isThing(String word) {
        return (word.length() > 1 || LANGUAGE_LETTERS.contains(word)) && !NOT_NOUNS.contains(word)
                && !ContentWords.isNumber(word) && (!PAST_TENSE.matcher(word).matches() || NOT_PAST.contains(word));
    }

}
