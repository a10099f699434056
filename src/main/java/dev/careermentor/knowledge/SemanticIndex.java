package dev.careermentor.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dense vectors of the knowledge base: every card's answer (as a passage), and the labelled
 * questions retrieval compares a new question with (as queries): each card's own question and
 * phrasings, the labelled training questions, and questions labelled "not answered". A question
 * close to a labelled one most probably wants what that one wants, so these examples decide both
 * which card answers and whether any does.
 */
public final class SemanticIndex {

    private static final Logger log = LoggerFactory.getLogger(SemanticIndex.class);

    /** A labelled example this similar to the question is the question itself (left out when fitting). */
    private static final double SAME_QUESTION = 0.995;
    static final int NEIGHBOURS = 10;

    private final int dimension;
    private final float[] bodies;     // card i's answer at [i * dimension]
    private final float[] examples;   // example j at [j * dimension]
    private final int[] exampleCard;  // card index of example j, or -1 for "not answered"
    private final Map<String, float[]> vectorsByKey;
    private final int embeddedNow;
    private final double[] cohesion;

    private SemanticIndex(int dimension, float[] bodies, float[] examples, int[] exampleCard,
            Map<String, float[]> vectorsByKey, int embeddedNow) {
        this.dimension = dimension;
        this.bodies = bodies;
        this.examples = examples;
        this.exampleCard = exampleCard;
        this.vectorsByKey = vectorsByKey;
        this.embeddedNow = embeddedNow;
        this.cohesion = cohesion(bodies.length / Math.max(1, dimension));
    }

    private double[] cohesion(int cards) {
        List<List<Integer>> byCard = new ArrayList<>();
        for (int i = 0; i < cards; i++) {
            byCard.add(new ArrayList<>());
        }
        for (int j = 0; j < exampleCard.length; j++) {
            if (exampleCard[j] >= 0) {
                byCard.get(exampleCard[j]).add(j);
            }
        }
        double[] result = new double[cards];
        for (int i = 0; i < cards; i++) {
            List<Integer> members = byCard.get(i);
            double sum = 0;
            for (int a : members) {
                double closest = 0;
                for (int b : members) {
                    if (a != b) {
                        closest = Math.max(closest, dot(examples, a * dimension, examples, b * dimension));
                    }
                }
                sum += closest;
            }
            result[i] = members.size() < 2 ? 0 : sum / members.size();
        }
        return result;
    }

    private double dot(float[] m, int a, float[] n, int b) {
        double sum = 0;
        for (int d = 0; d < dimension; d++) {
            sum += m[a + d] * n[b + d];
        }
        return sum;
    }

    /** A labelled example close to the question: the card it asks for ({@code -1}: none) and its similarity. */
    public record Neighbour(int card, double similarity) {
    }

    /**
     * How a question compares with the knowledge base.
     *
     * @param question per card (by index), the similarity of its closest labelled question
     * @param body per card, the similarity of its answer
     * @param unanswered the similarity of the closest question labelled "not answered"
     * @param neighbours the closest labelled examples, closest first
     */
    public record Similarities(double[] question, double[] body, double unanswered, List<Neighbour> neighbours) {
    }

    /** Per card, the mean similarity of each of its labelled questions to its closest sibling. */
    public double[] cohesion() {
        return cohesion;
    }

    /**
     * Embeds what is not already known: vectors come first from {@code known} (the previous index of
     * this process), then from the disk cache, and only the rest goes through the model.
     */
    public static SemanticIndex build(List<Card> cards, List<LabelledQuestion> labelled, Embedder embedder,
            VectorCache cache, String version, Map<String, float[]> known) {
        long start = System.nanoTime();
        Map<String, Integer> cardIndex = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            cardIndex.put(cards.get(i).id(), i);
        }
        Map<String, String> passages = new LinkedHashMap<>();
        Map<String, String> queries = new LinkedHashMap<>();
        List<String> bodyKeys = new ArrayList<>();
        List<String> exampleKeys = new ArrayList<>();
        List<Integer> exampleCards = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            String key = embedder.passageKey(card.embeddingText());
            passages.put(key, card.embeddingText());
            bodyKeys.add(key);
            List<String> asked = new ArrayList<>(card.phrasings());
            asked.add(0, card.question());
            for (String question : asked) {
                addExample(embedder, queries, exampleKeys, exampleCards, question, i);
            }
        }
        int dropped = 0;
        for (LabelledQuestion question : labelled) {
            Integer card = question.answerable() ? cardIndex.get(question.cards().get(0)) : Integer.valueOf(-1);
            if (card == null) {
                dropped++; // labelled with a card that no longer exists
                continue;
            }
            addExample(embedder, queries, exampleKeys, exampleCards, question.question(), card);
        }
        if (dropped > 0) {
            log.warn("{} labelled questions name cards that do not exist; they are left out", dropped);
        }

        VectorCache.Contents cached = cache.load(embedder.modelId());
        Map<String, float[]> vectors = new HashMap<>();
        List<String> missingPassages = missing(passages.keySet(), known, cached, vectors);
        List<String> missingQueries = missing(queries.keySet(), known, cached, vectors);
        if (!missingPassages.isEmpty()) {
            List<float[]> embedded = embedder.embedPassages(missingPassages.stream().map(passages::get).toList());
            for (int i = 0; i < embedded.size(); i++) {
                vectors.put(missingPassages.get(i), embedded.get(i));
            }
        }
        for (String key : missingQueries) {
            vectors.put(key, embedder.embedQuery(queries.get(key)));
        }
        int embeddedNow = missingPassages.size() + missingQueries.size();
        if (embeddedNow > 0 || !cached.knowledgeVersion().equals(version) || cached.vectors().size() != vectors.size()) {
            cache.save(embedder.modelId(), version, vectors);
        }

        int dimension = vectors.isEmpty() ? 0 : vectors.values().iterator().next().length;
        SemanticIndex index = new SemanticIndex(dimension, flatten(bodyKeys, vectors, dimension),
                flatten(exampleKeys, vectors, dimension), exampleCards.stream().mapToInt(Integer::intValue).toArray(),
                vectors, embeddedNow);
        log.info("Semantic index: {} cards, {} labelled questions, {} vectors ({} embedded now) in {} ms", cards.size(),
                exampleKeys.size(), vectors.size(), embeddedNow, (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    private static void addExample(Embedder embedder, Map<String, String> queries, List<String> keys, List<Integer> cards,
            String question, int card) {
        String key = embedder.queryKey(question);
        queries.put(key, question);
        keys.add(key);
        cards.add(card);
    }

    private static List<String> missing(Iterable<String> keys, Map<String, float[]> known, VectorCache.Contents cached,
            Map<String, float[]> into) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            float[] vector = known.containsKey(key) ? known.get(key) : cached.vectors().get(key);
            if (vector == null) {
                missing.add(key);
            } else {
                into.put(key, vector);
            }
        }
        return missing;
    }

    private static float[] flatten(List<String> keys, Map<String, float[]> vectors, int dimension) {
        float[] flat = new float[keys.size() * dimension];
        for (int i = 0; i < keys.size(); i++) {
            System.arraycopy(vectors.get(keys.get(i)), 0, flat, i * dimension, dimension);
        }
        return flat;
    }

    /**
     * Compares a question with every card and labelled example in one pass.
     *
     * @param leaveOutSelf skip labelled examples identical to the question, so that a training question
     *     is judged as if it were new (for fitting and cross-checking the model)
     */
    public Similarities compare(float[] query, boolean leaveOutSelf) {
        int cards = bodies.length / Math.max(1, dimension);
        double[] body = new double[cards];
        for (int i = 0; i < cards; i++) {
            body[i] = dot(bodies, i * dimension, query);
        }
        double[] question = new double[cards];
        java.util.Arrays.fill(question, -1);
        double unanswered = -1;
        int count = exampleCard.length;
        double[] similarity = new double[count];
        for (int j = 0; j < count; j++) {
            double s = dot(examples, j * dimension, query);
            if (leaveOutSelf && s > SAME_QUESTION) {
                s = -1;
            }
            similarity[j] = s;
            int card = exampleCard[j];
            if (card < 0) {
                unanswered = Math.max(unanswered, s);
            } else if (s > question[card]) {
                question[card] = s;
            }
        }
        return new Similarities(question, body, unanswered, closest(similarity, NEIGHBOURS));
    }

    private List<Neighbour> closest(double[] similarity, int k) {
        int[] best = new int[Math.min(k, similarity.length)];
        int size = 0;
        for (int j = 0; j < similarity.length; j++) {
            int at = size;
            while (at > 0 && similarity[best[at - 1]] < similarity[j]) {
                at--;
            }
            if (at < best.length) {
                System.arraycopy(best, at, best, at + 1, Math.min(size, best.length - 1) - at);
                best[at] = j;
                size = Math.min(size + 1, best.length);
            }
        }
        List<Neighbour> neighbours = new ArrayList<>(size);
        for (int n = 0; n < size; n++) {
            neighbours.add(new Neighbour(exampleCard[best[n]], similarity[best[n]]));
        }
        return neighbours;
    }

    /** All vectors by key, handed to the next index on reload so unchanged text is not embedded again. */
    public Map<String, float[]> vectorsByKey() {
        return vectorsByKey;
    }

    public int embeddedNow() {
        return embeddedNow;
    }

    private double dot(float[] matrix, int offset, float[] query) {
        double sum = 0;
        for (int d = 0; d < dimension; d++) {
            sum += matrix[offset + d] * query[d];
        }
        return sum;
    }

    /** Both vectors are unit length (the ONNX encoder normalises), so the dot product is the cosine. */
    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
