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

    /** A labelled question about a covered topic that asks for what no card holds. */
    static final int NEAR_MISS = -1;
    /** A labelled question with nothing to do with the knowledge base (or an attempt to misuse the bot). */
    static final int OFF_TOPIC = -2;

    /** Cards compared example by example: the closest by their answers and by their examples' centre. */
    static final int CANDIDATES = 16;

    private final int dimension;
    private final int cards;
    private final float[] bodies;     // card i's answer at [i * dimension]
    private final float[] centres;    // the normalised mean of card i's examples at [i * dimension]
    private final float[] examples;   // example j at [j * dimension], grouped by card; "not answered" ones last
    private final int[] exampleCard;  // card index of example j, or NEAR_MISS / OFF_TOPIC for "not answered"
    private final int[] firstExample; // card i's examples are [firstExample[i], firstExample[i + 1])
    /**
     * The "not answered" examples are grouped by the card whose centre is closest to them: those near
     * card i are [firstUnanswered[i], firstUnanswered[i + 1]). A question is compared with the groups of
     * its closest cards only, the way an inverted-file index probes its nearest cells: the unanswered
     * question that matters is the one asking near the card that would otherwise answer.
     */
    private final int[] firstUnanswered;
    private final String[] bodyKeys;    // the vector cache's key of bodies[i]
    private final String[] exampleKeys; // ... and of examples[j]: a reload embeds only text it has not seen
    private final int embeddedNow;
    private final double[] cohesion;

    private SemanticIndex(int dimension, List<String> bodyKeys, List<String> exampleKeys, int[] exampleCard,
            Map<String, float[]> vectors, int embeddedNow) {
        this.dimension = dimension;
        this.cards = bodyKeys.size();
        this.bodyKeys = bodyKeys.toArray(String[]::new);
        this.bodies = flatten(this.bodyKeys, vectors, dimension);
        this.embeddedNow = embeddedNow;
        Integer[] order = new Integer[exampleCard.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(j -> exampleCard[j] < 0 ? Integer.MAX_VALUE : exampleCard[j]));
        this.exampleKeys = new String[exampleCard.length];
        this.exampleCard = new int[exampleCard.length];
        this.firstExample = new int[cards + 1];
        java.util.Arrays.fill(firstExample, -1);
        for (int j = 0; j < order.length; j++) {
            this.exampleKeys[j] = exampleKeys.get(order[j]);
            this.exampleCard[j] = exampleCard[order[j]];
        }
        this.examples = flatten(this.exampleKeys, vectors, dimension);
        int next = this.exampleCard.length;
        for (int j = this.exampleCard.length - 1; j >= 0; j--) {
            if (this.exampleCard[j] >= 0) {
                firstExample[this.exampleCard[j]] = j;
            }
        }
        firstExample[cards] = firstUnanswered();
        for (int i = cards - 1; i >= 0; i--) {
            if (firstExample[i] < 0) {
                firstExample[i] = firstExample[i + 1]; // a card without examples: an empty range
            }
        }
        this.centres = centres();
        this.cohesion = cohesionByCard();
        this.firstUnanswered = groupUnansweredByCentre();
    }

    /** Sorts the "not answered" examples by their closest card centre and returns where each card's group starts. */
    private int[] groupUnansweredByCentre() {
        int from = firstExample[cards];
        int count = exampleCard.length - from;
        int[] nearest = new int[count];
        for (int j = 0; j < count; j++) {
            double best = -2;
            for (int i = 0; i < cards; i++) {
                double s = dot(examples, (from + j) * dimension, centres, i * dimension);
                if (s > best) {
                    best = s;
                    nearest[j] = i;
                }
            }
        }
        Integer[] order = new Integer[count];
        for (int j = 0; j < count; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(j -> nearest[j]));
        float[] vectors = java.util.Arrays.copyOfRange(examples, from * dimension, exampleCard.length * dimension);
        int[] labels = java.util.Arrays.copyOfRange(exampleCard, from, exampleCard.length);
        String[] keys = java.util.Arrays.copyOfRange(exampleKeys, from, exampleCard.length);
        int[] starts = new int[cards + 1];
        java.util.Arrays.fill(starts, exampleCard.length);
        for (int j = count - 1; j >= 0; j--) {
            System.arraycopy(vectors, order[j] * dimension, examples, (from + j) * dimension, dimension);
            exampleCard[from + j] = labels[order[j]];
            exampleKeys[from + j] = keys[order[j]];
            starts[nearest[order[j]]] = from + j;
        }
        for (int i = cards - 1; i >= 0; i--) {
            starts[i] = Math.min(starts[i], starts[i + 1]); // a card with no group: an empty range
        }
        return starts;
    }

    private int firstUnanswered() {
        for (int j = 0; j < exampleCard.length; j++) {
            if (exampleCard[j] < 0) {
                return j;
            }
        }
        return exampleCard.length;
    }

    private float[] centres() {
        float[] centres = new float[cards * dimension];
        for (int i = 0; i < cards; i++) {
            double norm = 0;
            for (int d = 0; d < dimension; d++) {
                float sum = 0;
                for (int j = firstExample[i]; j < firstExample[i + 1]; j++) {
                    sum += examples[j * dimension + d];
                }
                centres[i * dimension + d] = sum;
                norm += sum * sum;
            }
            double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
            for (int d = 0; d < dimension; d++) {
                centres[i * dimension + d] *= (float) scale;
            }
        }
        return centres;
    }

    private double[] cohesionByCard() {
        double[] result = new double[cards];
        for (int i = 0; i < cards; i++) {
            int from = firstExample[i];
            int to = firstExample[i + 1];
            double sum = 0;
            for (int a = from; a < to; a++) {
                double closest = 0;
                for (int b = from; b < to; b++) {
                    if (a != b) {
                        closest = Math.max(closest, dot(examples, a * dimension, examples, b * dimension));
                    }
                }
                sum += closest;
            }
            result[i] = to - from < 2 ? 0 : sum / (to - from);
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
     * @param offTopic the similarity of the closest off-topic (or misusing) question
     * @param neighbours the closest labelled examples, closest first
     */
    public record Similarities(double[] question, double[] body, double unanswered, double offTopic,
            List<Neighbour> neighbours) {

        /** The closer of two readings of the same question, card by card. */
        Similarities max(Similarities other) {
            double[] q = question.clone();
            double[] b = body.clone();
            for (int i = 0; i < q.length; i++) {
                q[i] = Math.max(q[i], other.question[i]);
                b[i] = Math.max(b[i], other.body[i]);
            }
            List<Neighbour> merged = new ArrayList<>(neighbours);
            merged.addAll(other.neighbours);
            merged.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
            return new Similarities(q, b, Math.max(unanswered, other.unanswered), Math.max(offTopic, other.offTopic),
                    merged.subList(0, Math.min(NEIGHBOURS, merged.size())));
        }
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
            if (question.kind().equals("two")) {
                continue; // it asks for two cards at once: an example of neither
            }
            Integer card = question.answerable() ? cardIndex.get(question.cards().get(0))
                    : Integer.valueOf(question.kind().equals("near") ? NEAR_MISS : OFF_TOPIC);
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
        SemanticIndex index = new SemanticIndex(dimension, bodyKeys, exampleKeys,
                exampleCards.stream().mapToInt(Integer::intValue).toArray(), vectors, embeddedNow);
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

    private static float[] flatten(String[] keys, Map<String, float[]> vectors, int dimension) {
        float[] flat = new float[keys.length * dimension];
        for (int i = 0; i < keys.length; i++) {
            System.arraycopy(vectors.get(keys[i]), 0, flat, i * dimension, dimension);
        }
        return flat;
    }

    /**
     * Compares a question with the cards and the labelled examples. Every card's answer and examples'
     * centre are compared; the examples themselves only for the closest cards (a card no member's wording
     * comes near is not the answer), and every "not answered" example.
     *
     * @param leaveOutSelf skip labelled examples identical to the question, so that a training question
     *     is judged as if it were new (for fitting and cross-checking the model)
     */
    public Similarities compare(float[] query, boolean leaveOutSelf) {
        double[] body = new double[cards];
        double[] centre = new double[cards];
        for (int i = 0; i < cards; i++) {
            body[i] = dot(bodies, i * dimension, query);
            centre[i] = dot(centres, i * dimension, query);
        }
        java.util.Set<Integer> candidates = new java.util.HashSet<>(best(body, CANDIDATES));
        candidates.addAll(best(centre, CANDIDATES));
        double[] question = new double[cards];
        java.util.Arrays.fill(question, -1);
        double[] similarity = new double[exampleCard.length];
        java.util.Arrays.fill(similarity, -2);
        for (int card : candidates) {
            for (int j = firstExample[card]; j < firstExample[card + 1]; j++) {
                similarity[j] = similarity(j, query, leaveOutSelf);
                question[card] = Math.max(question[card], similarity[j]);
            }
        }
        double unanswered = -1;
        double offTopic = -1;
        for (int card : candidates) {
            for (int j = firstUnanswered[card]; j < firstUnanswered[card + 1]; j++) {
                similarity[j] = similarity(j, query, leaveOutSelf);
                unanswered = Math.max(unanswered, similarity[j]);
                offTopic = exampleCard[j] == OFF_TOPIC ? Math.max(offTopic, similarity[j]) : offTopic;
            }
        }
        for (int i = 0; i < cards; i++) {
            if (question[i] < -0.5) {
                question[i] = centre[i]; // not compared one by one: its centre stands in, a lower bound in practice
            }
        }
        return new Similarities(question, body, unanswered, offTopic, closest(similarity, NEIGHBOURS));
    }

    private double similarity(int example, float[] query, boolean leaveOutSelf) {
        double s = dot(examples, example * dimension, query);
        return leaveOutSelf && s > SAME_QUESTION ? -1 : s;
    }

    private static List<Integer> best(double[] scores, int k) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        return List.of(order).subList(0, Math.min(k, order.length));
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
            neighbours.add(new Neighbour(Math.max(-1, exampleCard[best[n]]), similarity[best[n]]));
        }
        return neighbours;
    }

    /**
     * All vectors by key, handed to the next index on reload so unchanged text is not embedded again. Made
     * on demand from the flat arrays: kept as a map beside them, every vector was held twice (10 MB).
     */
    public Map<String, float[]> vectorsByKey() {
        Map<String, float[]> vectors = new HashMap<>(2 * (bodyKeys.length + exampleKeys.length));
        putSlices(bodyKeys, bodies, vectors);
        putSlices(exampleKeys, examples, vectors);
        return vectors;
    }

    private void putSlices(String[] keys, float[] flat, Map<String, float[]> into) {
        for (int i = 0; i < keys.length; i++) {
            into.put(keys[i], java.util.Arrays.copyOfRange(flat, i * dimension, (i + 1) * dimension));
        }
    }

    public int embeddedNow() {
        return embeddedNow;
    }

    /**
     * The hot loop of every question (some 3,700 rows of 384 floats): four independent sums let the CPU
     * overlap the multiplications, which a single running sum serialises.
     */
    private double dot(float[] matrix, int offset, float[] query) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int d = 0;
        for (; d + 7 < dimension; d += 8) {
            int at = offset + d;
            s0 += matrix[at] * query[d];
            s1 += matrix[at + 1] * query[d + 1];
            s2 += matrix[at + 2] * query[d + 2];
            s3 += matrix[at + 3] * query[d + 3];
            s4 += matrix[at + 4] * query[d + 4];
            s5 += matrix[at + 5] * query[d + 5];
            s6 += matrix[at + 6] * query[d + 6];
            s7 += matrix[at + 7] * query[d + 7];
        }
        for (; d < dimension; d++) {
            s0 += matrix[offset + d] * query[d];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
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
