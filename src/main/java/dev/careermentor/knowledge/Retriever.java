package dev.careermentor.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the cards that answer a question. Every card is scored on two kinds of evidence: how close the
 * question is to the ways the card is asked for (its heading, its phrasings, labelled training
 * questions), and how close it is to the card's answer. Comparing questions with questions matters
 * most: a member's wording is far more like another member's than like the answer's prose. (A BM25
 * keyword score was measured as a third: it changed no dev-set outcome and cost 0.7 ms a question.)
 */
public final class Retriever {

    private static final int RESULTS = 8;
    /**
     * Added to the score of a card whose question asks with the member's question word: of two cards about
     * equally close, "where do you even find openings?" wants "Where are jobs advertised?", not "Are there
     * many jobs?" (chosen on dev: 0.01–0.05 alike; 0.02 changed the fewest refusals' suggestions).
     */
    private static final double SAME_QUESTION_WORD = 0.02;

    /** A hit and the place the question word gives it. */
    private record Ranked(Hit hit, double rank) {
    }

    /** How much each kind of evidence counts; chosen on the dev set (docs/eval.md). */
    public record Weights(double question, double body) {
        public static final Weights DEFAULT = new Weights(0.75, 0.25);
    }

    private final KnowledgeBase kb;
    private final Embedder embedder;
    private final SemanticIndex semantic;
    private final KeywordIndex keywords;
    private final QuestionAnalyzer analyzer;
    private final Cache<String, float[]> queryVectors;
    private final Weights weights;
    private final Map<String, Set<String>> cardStems = new HashMap<>();
    private final CardVocabulary vocabulary;
    private final Mentions mentions;
    /** Each card's question word, in the order of {@code kb.cards()}. */
    private final List<Optional<String>> questionWords;

    public Retriever(KnowledgeBase kb, Embedder embedder, SemanticIndex semantic, KeywordIndex keywords,
            QuestionAnalyzer analyzer, Cache<String, float[]> queryVectors, Weights weights,
            List<LabelledQuestion> labelled) {
        this.kb = kb;
        this.embedder = embedder;
        this.semantic = semantic;
        this.keywords = keywords;
        this.analyzer = analyzer;
        this.queryVectors = queryVectors;
        this.weights = weights;
        this.vocabulary = new CardVocabulary(kb.cards(), labelled, keywords);
        this.mentions = new Mentions(kb.cards());
        this.questionWords = kb.cards().stream().map(card -> QuestionWord.of(card.question())).toList();
        for (Card card : kb.cards()) {
            cardStems.put(card.id(), Set.copyOf(keywords.stems(card.question() + "\n" + String.join("\n", card.phrasings())
                    + "\n" + card.body())));
        }
    }

    /**
     * Which stems members asking for the card have used (its texts and its labelled questions); a
     * training question judged as new does not count its own use.
     */
    public Predicate<String> explains(Card card, Retrieval retrieval) {
        boolean askedItself = retrieval.leftOutSelf() && vocabulary.isOneOf(card.id(), retrieval.question().asked());
        return stem -> vocabulary.explains(card.id(), stem, askedItself);
    }

    /**
     * How much a word says about which card a question wants, from 0 (members use it for every card:
     * "python", "honestly", "friend") to 1 (no card's members use it).
     */
    public double rarityInVocabularies(List<String> stems) {
        int cards = vocabulary.cards();
        int using = stems.stream().mapToInt(vocabulary::cardsUsing).max().orElse(0);
        return using == 0 || cards < 2 ? 1.0 : Math.log((double) cards / using + 1) / Math.log(cards + 1);
    }

    /** The search stems of a card: its question, phrasings and answer. */
    public Set<String> stemsOf(Card card) {
        return cardStems.getOrDefault(card.id(), Set.of());
    }

    public static Cache<String, float[]> newQueryVectorCache() {
        return Caffeine.newBuilder().maximumSize(10_000).build();
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public KeywordIndex keywordIndex() {
        return keywords;
    }

    /** Whether members asking for the card have used the stem. */
    public boolean explains(Card card, String stem) {
        return vocabulary.explains(card.id(), stem, false);
    }

    /** Which cards a text names, in order: what "the second one" can point at. */
    public Mentions mentions() {
        return mentions;
    }

    /** Whether the knowledge base, or the members asking for its cards, use the stem at all. */
    public boolean knows(String stem) {
        return keywords.cardFrequency(stem) > 0 || vocabulary.cardsUsing(stem) > 0;
    }

    /** Forgets the stems and spelling corrections of words seen in questions. */
    void clearWordCaches() {
        keywords.clearStems();
        analyzer.clearCorrections();
    }

    public AnalysedQuestion analyse(String question) {
        return analyzer.analyse(question);
    }

    public Retrieval retrieve(AnalysedQuestion question) {
        return retrieve(question, false);
    }

    /** @param leaveOutSelf judge a labelled training question as if it were new (fitting, cross-checks) */
    public Retrieval retrieve(AnalysedQuestion question, boolean leaveOutSelf) {
        float[] vector = queryVectors.get(question.text(), embedder::embedQuery);
        SemanticIndex.Similarities similar = semantic.compare(vector, leaveOutSelf);
        Optional<String> core = CoreQuestion.of(question.text());
        if (core.isPresent()) {
            similar = similar.max(semantic.compare(queryVectors.get(core.get(), embedder::embedQuery), leaveOutSelf));
        }
        List<Card> cards = kb.cards();
        Optional<String> asked = QuestionWord.of(question.text());
        List<Ranked> ranked = new ArrayList<>(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            double score = weights.question() * similar.question()[i] + weights.body() * similar.body()[i];
            // the question word orders the cards; the scores stay what the confidence model was fitted on
            double rank = score + (asked.isPresent() && asked.equals(questionWords.get(i)) ? SAME_QUESTION_WORD : 0);
            ranked.add(new Ranked(new Hit(card, score, similar.question()[i], similar.body()[i], semantic.cohesion()[i]),
                    rank));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::rank).reversed());
        List<Hit> hits = ranked.stream().limit(RESULTS).map(Ranked::hit).toList();
        List<Retrieval.Neighbour> neighbours = similar.neighbours().stream()
                .map(n -> new Retrieval.Neighbour(n.card() < 0 ? null : cards.get(n.card()).id(), n.similarity()))
                .toList();
        return new Retrieval(question, vector, hits, similar.unanswered(),
                similar.offTopic(), neighbours, leaveOutSelf);
    }
}
