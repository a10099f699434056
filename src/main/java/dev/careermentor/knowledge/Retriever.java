package dev.careermentor.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the cards that answer a question. Every card is scored on three kinds of evidence: how close
 * the question is to the ways the card is asked for (its heading, its phrasings, labelled training
 * questions), how close it is to the card's answer, and the BM25 keyword score. Comparing questions
 * with questions matters most: a member's wording is far more like another member's than like the
 * answer's prose.
 */
public final class Retriever {

    private static final int KEYWORD_CANDIDATES = 30;
    private static final int RESULTS = 8;

    /** How much each kind of evidence counts; chosen on the dev set (docs/eval.md). */
    public record Weights(double question, double body, double keyword) {
        public static final Weights DEFAULT = new Weights(0.65, 0.20, 0.15);
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
        for (Card card : kb.cards()) {
            cardStems.put(card.id(), Set.copyOf(keywords.stems(card.question() + "\n" + String.join("\n", card.phrasings())
                    + "\n" + card.body())));
        }
    }

    /**
     * Whether members asking for the card have used the stem (its texts and its labelled questions);
     * a training question judged as new does not count its own use.
     */
    public boolean explains(Card card, String stem, Retrieval retrieval) {
        return vocabulary.explains(card.id(), stem, retrieval.question().asked(), retrieval.leftOutSelf());
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
        Map<String, Double> bm25 = new HashMap<>();
        double maxBm25 = 0;
        for (KeywordIndex.SparseHit hit : keywords.search(question.stems(), KEYWORD_CANDIDATES)) {
            bm25.put(hit.cardId(), hit.score());
            maxBm25 = Math.max(maxBm25, hit.score());
        }
        List<Card> cards = kb.cards();
        List<Hit> hits = new ArrayList<>(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            double keyword = bm25.getOrDefault(card.id(), 0.0);
            double score = weights.question() * similar.question()[i] + weights.body() * similar.body()[i]
                    + (maxBm25 > 0 ? weights.keyword() * keyword / maxBm25 : 0);
            hits.add(new Hit(card, score, similar.question()[i], similar.body()[i], keyword, semantic.cohesion()[i]));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        List<Retrieval.Neighbour> neighbours = similar.neighbours().stream()
                .map(n -> new Retrieval.Neighbour(n.card() < 0 ? null : cards.get(n.card()).id(), n.similarity()))
                .toList();
        return new Retrieval(question, vector, hits.subList(0, Math.min(RESULTS, hits.size())), similar.unanswered(),
                neighbours, leaveOutSelf);
    }
}
