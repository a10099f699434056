package dev.careermentor.answer;

import dev.careermentor.knowledge.Card;
import dev.careermentor.knowledge.Hit;
import dev.careermentor.knowledge.Mentions;
import dev.careermentor.knowledge.Retrieval;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Questions that ask the knowledge base to compare, rank or recommend ("django or fastapi first?",
 * "is Flask better than Django?"). When the answering card makes no such judgement, the honest reply
 * says so in one sentence and then gives what the card does say.
 */
final class Comparisons {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern ASKS = Pattern.compile(String.join("|",
            "\\b(better|worse|easier|harder|faster|slower|cheaper|nicer|more\\s+\\w+)\\s+(than|for|to)\\b",
            "\\bbetter\\b.*\\bor\\b",
            // "django or flask better", "python or java easier for a beginner?"
            "\\bor\\s+[\\w.+#-]+\\s*+,?\\s*+(better|worse|easier|harder|faster|nicer)\\b",
            // "pytest vs unittest, which one should i pick", "php vs python for wordpress sites" (but "unit vs
            // integration, what's the difference?" and a bare "merge request vs pull request" ask what each is)
            "\\b(vs\\.?|versus|or)\\s.*\\bwhich\\s+(((one|1)\\s+)?(is|should|would|do|to)\\b|(one|1)\\s*+[?!.]*+\\s*+$)",
            "\\b(vs\\.?|versus)\\s+[\\w.+#-]+\\s+(for|to|in)\\b",
            "\\b(best(?![\\s-]+known)|worst|top|easiest|hardest|most\\s+(popular|used|important|useful|valuable|in\\s+demand))\\b",
            "\\b(rank|ranking|compare|comparison|pros\\s+and\\s+cons)\\b",
            "\\bwhich\\s+((one|1)\\s+)?(is|should|would|do\\s+you)\\b.*\\b(or|first)\\b",
            "\\bshould\\s+i\\s+(learn|pick|choose|start\\s+with|use|go\\s+(for|with))\\s+\\w+\\s+or\\s+\\w+",
            "\\b\\w+\\s+or\\s+\\w+\\s+(first|to\\s+start)\\b", "\\bwhat\\s+do\\s+you\\s+recommend\\b",
            // "is it worth learning django or should i just go straight for fastapi"
            "\\bworth\\s+(learning|using|picking|it)\\b.*\\bor\\b",
            "\\bor\\s+(should\\s+i\\s+)?(just\\s+)?(go\\s+straight|skip\\s+(straight\\s+)?to|jump\\s+(straight\\s+)?(to|into))\\b"), FLAGS);

    /** Words a card uses when it does rank or recommend ("the best known are…" and "most of them" rank nothing). */
    private static final Pattern JUDGES = Pattern.compile(String.join("|",
            "\\b(better|best(?![\\s-]+known)|easier|simpler|harder|most(?!\\s+of\\b)|more\\s+\\w+\\s+than|rather\\s+than"
                    + "|instead\\s+of)\\b",
            "\\b(start\\s+with|begin\\s+with|first|before|recommend\\w*|prefer\\w*|good\\s+choice|go\\s+for|ideally"
                    + "|hardly\\s+matters?)\\b"), FLAGS);

    /**
     * "What is the difference between a framework and a library?", "Should I take a regular job or go freelance?":
     * a card whose question is the comparison or the choice.
     */
    private static final Pattern CONTRASTS = Pattern.compile(
            "\\b(?:difference|differ|vs\\.?|versus|same\\s+thing|compared?|or)\\b", FLAGS);

    /** "Our material doesn't rank them": a card that says it makes no such call. */
    private static final Pattern DECLINES = Pattern.compile(
            "\\b(doesn't|does\\s+not|don't|do\\s+not|won't|can't)\\s+(rank|compare|say\\s+which|pick)\\b", FLAGS);

    /** "is django hard to learn?", "how difficult is sql": a judgement of how hard something is. */
    private static final Pattern ASKS_DIFFICULTY = Pattern.compile(String.join("|",
            "\\b(?:hard|difficult|tough|easy|tricky)\\s++to\\s++(?:learn|master|pick\\s+up|get\\s+into|understand)\\b",
            "\\bhow\\s++(?:hard|difficult|tough|easy)\\s++(?:is|are)\\b", "\\blearning\\s+curve\\b"), FLAGS);

    /** Words a card uses when it does say how hard something is. */
    private static final Pattern RATES_DIFFICULTY = Pattern.compile(
            "\\b(?:hard|harder|difficult|difficulty|easy|easier|simple|simpler|beginners?|steep|learning\\s+curve|readable)\\b",
            FLAGS);

    /** How far below the best card's score a card that names every option may be and still answer instead. */
    private static final double CLOSE_ENOUGH = 0.05;

    private Comparisons() {
    }

    /**
     * "django or flask better?": of the cards about as close as the best one, the one that names every option
     * the question weighs (the list of frameworks), when the best card is not that card (the Flask card, or the one
     * on portfolio projects for "is django worth learning or should i go straight for fastapi").
     */
    static Optional<Card> cardNamingEveryOption(String question, Card best, Retrieval retrieval, Mentions mentions) {
        if (!asksForJudgement(question)) {
            return Optional.empty();
        }
        List<Card> options = mentions.in(question, "").stream().map(Mentions.Mention::card).toList();
        boolean onTheirTopic = options.stream().allMatch(option -> option.topic().equals(best.topic()));
        if (options.size() < 2 || judges(best) && onTheirTopic) {
            return Optional.empty();
        }
        double top = retrieval.top().score();
        Optional<Card> overview = retrieval.hits().stream()
                .filter(hit -> hit.score() >= top - CLOSE_ENOUGH)
                .map(Hit::card)
                .filter(card -> overviews(card, options, mentions))
                .findFirst();
        return overview.filter(card -> !card.id().equals(best.id()));
    }

    /** A card on the options' own topic that names every one of them (a card on projects naming them is not). */
    private static boolean overviews(Card card, List<Card> options, Mentions mentions) {
        List<String> named = mentions.in(card.body(), card.id()).stream().map(m -> m.card().id()).toList();
        return options.stream().allMatch(option -> option.topic().equals(card.topic()) && named.contains(option.id()));
    }

    /** Whether the card says that it makes no such call ("our material doesn't rank them"). */
    static boolean declines(Card card) {
        return DECLINES.matcher(card.body()).find();
    }

    static boolean asksForJudgement(String question) {
        return ASKS.matcher(question).find();
    }

    /** Whether the card makes a comparison or recommendation at all (and does not say it declines to). */
    static boolean judges(Card card) {
        return CONTRASTS.matcher(card.question()).find()
                || JUDGES.matcher(card.body()).find() && !declines(card);
    }

    /** The question asks for a comparison, ranking or recommendation that the card does not make. */
    static boolean onlyPartly(String question, Card card) {
        return asksForJudgement(question) && !judges(card);
    }

    /** The question asks how hard something is to learn, and the card does not say. */
    static boolean difficultyUnsaid(String question, Card card) {
        return ASKS_DIFFICULTY.matcher(question).find() && !RATES_DIFFICULTY.matcher(card.body()).find();
    }
}
