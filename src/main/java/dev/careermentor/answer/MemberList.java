package dev.careermentor.answer;

import static dev.careermentor.answer.FollowUps.FLAGS;
import static dev.careermentor.answer.FollowUps.ITEM_WORDS;
import static dev.careermentor.answer.FollowUps.QUESTION_WORD;
import static dev.careermentor.answer.FollowUps.SENTENCE_END;
import static dev.careermentor.answer.FollowUps.YES_NO;
import static dev.careermentor.answer.FollowUps.endOfLast;
import static dev.careermentor.answer.FollowUps.withoutEndPunctuation;

import dev.careermentor.knowledge.ContentWords;
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
 * The things a member's own sentence lists, which "the second one" or "the first two" count: "my friend said
 * learn pip, virtualenv and pep 8 before anything else" lists pip, virtualenv and pep 8. A list is read from
 * its end: the last thing ends where the question goes on, the things before it are short, and the first is
 * named by the words after its lead-in.
 */
final class MemberList {

    private static final Pattern ASKING_WORD = Pattern.compile("\\b(?:what|whats|which|who|whos|how|hows|where|wheres"
            + "|when|why)\\b", FLAGS);

    /** Where a member's list is split: commas, "and", "and then", "or", "vs". */
    private static final Pattern OWN_LIST_SEPARATOR = Pattern.compile(
            ",\\s*+(?:and\\s++then\\s++|then\\s++|and\\s++|or\\s++)?|(?<!\\s)\\s++(?:and\\s++then|then|and|or|vs\\.?|versus)\\s++",
            FLAGS);
    private static final Pattern VERSUS_STOP = Pattern.compile("\\bvs\\.", FLAGS);
    /** A list needs one of these: "hi, i'm new" is no list of two things. */
    private static final Pattern JOINS = Pattern.compile("\\b(?:and|or|vs|versus)\\b", FLAGS);
    /** "…, experience and salary right?": tags after the list, no part of its last item. */
    private static final List<String> LIST_TAGS = List.of("right", "correct", "yeah", "yes", "true", "too", "lol", "lmao",
            "etc", "tho", "though", "innit", "ok", "okay", "or something", "or smth", "and stuff", "and so on",
            "i guess", "i think", "i suppose", "i believe", "tbh", "ngl", "idk", "probably", "maybe");
    /** The last word before a list's first item: "learn pip, …", "talking about pandas, …", "be a data analyst, …". */
    private static final Pattern ITEM_LEAD = Pattern.compile("\\b(?:about|at|on|of|for|with|between|like|into|from|in|by"
            + "|learn|learning|use|using|try|trying|know|knowing|mention|mentions|mentioning|mentioned|said|says|say"
            + "|choose|choosing|pick|picking|study|studying|be|become|either|include|includes|including|are|is"
            + "|see|seeing|saw|hear|hearing|heard|read|reading|told|think|thinking|considering|recommended|suggested"
            + "|there's|theres|there\\s+is|there\\s+are"
            + "|a|an|the|my|your|their|his|her|our)\\s++", FLAGS);
    private static final Pattern SAYING = Pattern.compile("\\b(?:says|said|say|mentions|mentioned|lists|listed|told|tells"
            + "|recommends|recommended|suggests|suggested|be|become|are|is|include|includes)\\s++", FLAGS);
    /** Words that introduce the first of several things even in a lead-in that asks: "think about react, …". */
    private static final Pattern TOPIC_LEAD = Pattern.compile("\\b(?:about|between|like|at|into|with|learn|learning|use|using"
            + "|try|trying|choose|choosing|pick|picking|do|study|studying|mention|mentioned|mentioning)\\s++", FLAGS);
    /** Where the question goes on after its last item: "nosql first for python backend", "pep 8 before anything". */
    private static final Pattern LAST_ITEM_TAIL = Pattern.compile("(?<!\\s)\\s++(?:first|before|after|for|in|into|to|with|as"
            + "|when|because|since|so|which|that|instead|over|from|at|on|by|if|nowadays|today|now)\\b", FLAGS);
    /** A clause that sets the scene rather than naming an option: "apart from coding, …". */
    private static final Pattern SCENE = Pattern.compile("^(?:apart|besides|except|other\\s+than|aside|instead|unlike"
            + "|after|before|when|if|since|because)\\b", FLAGS);
    /** Words that only colour or lead to an item: "or just notepad", "either data science", "or go freelance". */
    private static final Pattern OWN_ITEM_FILLER = Pattern.compile(
            "^(?:(?:and|or|the|a|an|my|your|just|maybe|even|also|either|like|perhaps|probably|go|get|do|take|try|learn|use"
                    + "|start|become|be)\\s++)++", FLAGS);

    /**
     * The things a member's own sentence lists, in order: "my friend said learn pip, virtualenv and pep 8 before
     * anything else" lists pip, virtualenv and pep 8. Read from the end: the last item ends where the question
     * goes on, the items before it are short, and the first is named by the words after its lead-in ("be a data
     * analyst"); a lead-in that asks ("which is better, vscode or vim?") or sets the scene ("apart from coding,
     * …") is no item. None when no sentence lists two or more things joined by "and", "or" or "vs".
     */
    static List<String> of(String question) {
        return listingSentence(question).map(Listing::items).orElse(List.of());
    }

    /** A member's sentence that lists things, and the things: each is written in it as it stands. */
    private record Listing(String sentence, List<String> items) {
    }

    /**
     * The member's sentence with the thing an ordinal picked from its list in place of the whole list: after
     * "i read python is used for websites, machine learning, finance and even games", the last one is asked of
     * "i read python is used for games". None when the thing is not of that list.
     */
    static Optional<String> inPlaceOfTheList(String question, String item) {
        return listingSentence(question).flatMap(listing -> {
            List<String> items = listing.items();
            boolean ofTheList = items.contains(item) || items.containsAll(List.of(item.split(" and ")));
            Matcher first = wordAt(items.get(0)).matcher(listing.sentence());
            Matcher last = wordAt(items.get(items.size() - 1)).matcher(listing.sentence());
            if (!ofTheList || !first.find() || !last.find(first.start())) {
                return Optional.empty();
            }
            int to = last.end();
            while (last.find()) {
                to = last.end(); // the last item's last mention
            }
            return Optional.of(listing.sentence().substring(0, first.start()) + item + listing.sentence().substring(to));
        });
    }

    private static Pattern wordAt(String text) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(text) + "(?![\\w-])");
    }

    private static Optional<Listing> listingSentence(String question) {
        // "django vs. flask or fastapi": the full stop of "vs." ends no sentence
        for (String sentence : SENTENCE_END.split(VERSUS_STOP.matcher(question).replaceAll("vs"))) {
            String said = withoutListTags(withoutEndPunctuation(sentence.strip()));
            said = said.substring(said.lastIndexOf(':') + 1).strip(); // "two things confuse me: a and b"
            if (!JOINS.matcher(said).find()) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(OWN_LIST_SEPARATOR.split(endedAtItsLastOption(said))));
            while (parts.size() > 2 && (QUESTION_WORD.matcher(parts.get(parts.size() - 1)).lookingAt()
                    || !isItem(withoutItemFiller(beforeTail(parts.get(parts.size() - 1)))))) {
                // "django vs flask vs fastapi, which is easier?", "…and project managers, they are in those teams
                // too?": what follows the options is no option
                parts.remove(parts.size() - 1);
            }
            List<String> items = listedBackwards(parts.toArray(String[]::new));
            if (items.size() >= 2) {
                return Optional.of(new Listing(sentence.strip(), List.copyOf(items)));
            }
        }
        return Optional.empty();
    }

    /**
     * The list ends with the option after its last "and"/"or" when a remark about the member follows it:
     * "git, pip and venvs, all new to me" lists three things ("…and also pandas, numpy" lists four).
     */
    private static String endedAtItsLastOption(String said) {
        Matcher join = JOINS.matcher(said);
        int last = -1;
        while (join.find()) {
            last = join.end();
        }
        int comma = last < 0 ? -1 : said.indexOf(',', last);
        if (comma < 0) {
            return said;
        }
        int next = said.indexOf(',', comma + 1);
        String after = said.substring(comma + 1, next < 0 ? said.length() : next);
        return ABOUT_THE_MEMBER.matcher(after).find() ? said.substring(0, comma) : said;
    }

    private static final Pattern ABOUT_THE_MEMBER = Pattern.compile("\\b(?:i|me|my|im|i'm|i\\s+am)\\b", FLAGS);

    /** The sentence without the tags at its end, by a scan from the end (a pattern anchored at the end is quadratic). */
    private static String withoutListTags(String said) {
        int end = said.length();
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String tag : LIST_TAGS) {
                int at = end - tag.length();
                if (at > 0 && said.regionMatches(true, at, tag, 0, tag.length())
                        && (said.charAt(at - 1) == ' ' || said.charAt(at - 1) == ',')) {
                    end = at;
                    while (end > 0 && (said.charAt(end - 1) == ' ' || said.charAt(end - 1) == ',')) {
                        end--;
                    }
                    cut = true;
                    break;
                }
            }
        }
        return said.substring(0, end);
    }

    private static List<String> listedBackwards(String[] parts) {
        LinkedList<String> items = new LinkedList<>();
        int last = parts.length - 1;
        for (int i = last; i >= 0; i--) {
            String part = parts[i].strip();
            if (i == last) {
                part = beforeTail(part);
            }
            String item = withoutItemFiller(part);
            boolean first = i == 0 || i < last && words(item) > ITEM_WORDS;
            if (first && (SCENE.matcher(part).lookingAt() || QUESTION_WORD.matcher(part).lookingAt()
                    && !YES_NO.matcher(part).lookingAt())) {
                // "which is better, vscode or vim?": the lead-in asks, the options follow it; but "what do you think
                // about react, vue and angular?" names the first after its "about"
                // "besides coding the article says data analyst, …" names it after its verb
                String lead = part;
                afterTopicLead(lead).or(() -> SCENE.matcher(lead).lookingAt() ? afterVerb(lead) : Optional.empty())
                        .ifPresent(items::addFirst);
                break;
            }
            if (first) {
                item = withoutItemFiller(afterLead(part));
                if (words(item) > ITEM_WORDS) { // "im thinking data analyst, …": named by its last words
                    List<String> named = Arrays.asList(item.split("\\s++"));
                    item = String.join(" ", named.subList(named.size() - (ITEM_WORDS - 1), named.size()));
                }
            }
            if (i == last && last > 0 && words(item) > ITEM_WORDS) {
                // "scikit and tensorflow keep popping up…": the last item is as long as the one before it
                item = firstWords(item, Math.min(ITEM_WORDS - 1, words(withoutItemFiller(parts[last - 1]))));
            }
            item = PLACEHOLDER.matcher(item).replaceFirst(""); // "the ** thing" is "**"
            if (item.isEmpty() || words(item) > ITEM_WORDS || !isItem(item)) {
                return i == last ? List.of() : items;
            }
            items.addFirst(item);
            if (first) {
                break;
            }
        }
        return items;
    }

    /** The last item without what the question goes on to say: "nosql first for python backend" is "nosql". */
    private static String beforeTail(String part) {
        Matcher tail = LAST_ITEM_TAIL.matcher(part.strip());
        return tail.find() && tail.start() > 0 ? part.strip().substring(0, tail.start()) : part.strip();
    }

    /** A word that only stands for a thing named before it: "the ** thing", "the pandas stuff". */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<=\\S)\\s++(?:thing|things|stuff|one|part|bit)$", FLAGS);
    /** Languages whose names are also everyday words. */
    private static final Set<String> LANGUAGE_NAMES = Set.of("go", "c", "r", "d");
    private static final Pattern PERSON = Pattern.compile("\\b(?:i|me|my|you|he|him|she|her|we|us|they|them|it)\\b", FLAGS);

    /**
     * "in what order" asks, "there" names nothing, "boss wants me" is a clause: none is a thing of a list ("**",
     * "f" and "go" are).
     */
    private static boolean isItem(String item) {
        String[] words = item.toLowerCase(Locale.ROOT).split("\\s++");
        boolean namesSomething = Arrays.stream(words).anyMatch(word -> !ContentWords.STOP_WORDS.contains(word)
                || LANGUAGE_NAMES.contains(word));
        return namesSomething && !ASKING_WORD.matcher(item).find() && !PERSON.matcher(item).find();
    }

    private static String firstWords(String text, int count) {
        List<String> words = Arrays.asList(text.strip().split("\\s++"));
        return String.join(" ", words.subList(0, Math.max(1, Math.min(count, words.size()))));
    }

    private static String withoutItemFiller(String part) {
        return OWN_ITEM_FILLER.matcher(part.strip()).replaceFirst("").strip();
    }

    /** The thing after a lead-in's last word that introduces a topic ("about react", "learn git"), if it is one. */
    private static Optional<String> afterTopicLead(String part) {
        return thingAfterLast(TOPIC_LEAD, part);
    }

    /** The thing after a scene's last verb of saying or being: "besides coding the article says data analyst". */
    private static Optional<String> afterVerb(String part) {
        return thingAfterLast(SAYING, part);
    }

    private static Optional<String> thingAfterLast(Pattern lead, String part) {
        int from = endOfLast(lead, part);
        String item = from < 0 ? "" : withoutItemFiller(part.substring(from));
        return !item.isEmpty() && words(item) <= ITEM_WORDS && isItem(item) ? Optional.of(item) : Optional.empty();
    }

    /** The words after the last lead-in word: "i read you can be a data analyst" names "data analyst". */
    private static String afterLead(String part) {
        int from = endOfLast(ITEM_LEAD, part);
        return from >= 0 && from < part.length() ? part.substring(from) : part;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s++").length;
    }

    private MemberList() {
    }
}
