package dev.careermentor.questions.gaps;

import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.knowledge.Retrieval;
import dev.careermentor.knowledge.Retriever;
import dev.careermentor.questions.AnswerLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what the knowledge base is missing, for admins: questions the mentor refused that look like
 * career questions, and 👎 feedback with its comment, grouped by similarity (the in-process
 * embedding model) into gaps, the most asked first.
 *
 * <p>A refused question looks like a career question when it is closer to some card's ways of
 * asking than to any of the labelled off-topic questions (jokes, recipes, homework), as retrieval
 * measures it. Two questions belong to the same gap when their embeddings are at least
 * {@value #SAME_GAP} similar to the gap's centre: paraphrases are, neighbouring topics are not.
 */
public final class KnowledgeGaps {

    static final double SAME_GAP = 0.6;
    /** More than an admin reads, few enough to place (embed) in a few seconds. */
    static final int MAX_QUESTIONS = 1_000;

    private final AnswerLog answers;
    private final KnowledgeIndex knowledge;

    public KnowledgeGaps(AnswerLog answers, KnowledgeIndex knowledge) {
        this.answers = answers;
        this.knowledge = knowledge;
    }

    /** The gaps of a guild (or of every guild when {@code guildId} is null) since a moment, most asked first. */
    public List<Gap> find(Long guildId, Instant since, int limit) {
        List<Gap> gaps = group(answers.missedSince(guildId, since, MAX_QUESTIONS));
        return gaps.size() > limit ? List.copyOf(gaps.subList(0, limit)) : gaps;
    }

    /** One question or comment, placed by retrieval. */
    private record Item(AnswerLog.Missed missed, float[] vector, String topic, String nearestCard) {
    }

    /** A gap while it is being gathered: its members and the running sum of their vectors. */
    private static final class Cluster {
        final List<Item> items = new ArrayList<>();
        final float[] sum;

        Cluster(int dimension) {
            sum = new float[dimension];
        }

        void add(Item item) {
            items.add(item);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += item.vector()[i];
            }
        }

        /** Cosine similarity of a unit vector with the cluster's centre. */
        double similarity(float[] vector) {
            double dot = 0;
            double norm = 0;
            for (int i = 0; i < sum.length; i++) {
                dot += sum[i] * vector[i];
                norm += sum[i] * sum[i];
            }
            return norm == 0 ? 0 : dot / Math.sqrt(norm);
        }
    }

    /** Groups refused questions and 👎 comments into gaps, most asked first (then the most recent). */
    public List<Gap> group(List<AnswerLog.Missed> missed) {
        Retriever retriever = knowledge.retriever();
        List<Item> items = new ArrayList<>();
        for (AnswerLog.Missed entry : missed) {
            if (entry.question() == null || entry.question().isBlank()) {
                continue;
            }
            Retrieval retrieval = retriever.retrieve(retriever.analyse(entry.question()));
            if (retrieval.isEmpty() || (entry.comment() == null && !looksLikeCareerQuestion(retrieval))) {
                continue;
            }
            items.add(new Item(entry, retrieval.vector(), retrieval.top().card().topic(), retrieval.top().card().id()));
        }
        List<Cluster> clusters = new ArrayList<>();
        for (Item item : items) {
            Cluster best = null;
            double bestSimilarity = SAME_GAP;
            for (Cluster cluster : clusters) {
                double similarity = cluster.similarity(item.vector());
                if (similarity >= bestSimilarity) {
                    best = cluster;
                    bestSimilarity = similarity;
                }
            }
            if (best == null) {
                best = new Cluster(item.vector().length);
                clusters.add(best);
            }
            best.add(item);
        }
        return clusters.stream()
                .sorted(Comparator.comparingInt((Cluster c) -> c.items.size()).reversed()) // stable: newest first on ties
                .map(KnowledgeGaps::gap)
                .toList();
    }

    /** A refusal worth an admin's attention: closer to the knowledge base's questions than to off-topic ones. */
    static boolean looksLikeCareerQuestion(Retrieval retrieval) {
        return retrieval.top().questionSimilarity() > retrieval.offTopic();
    }

    private static Gap gap(Cluster cluster) {
        List<Item> typical = new ArrayList<>(cluster.items);
        typical.sort(Comparator.comparingDouble((Item i) -> cluster.similarity(i.vector())).reversed());
        Set<String> seen = new LinkedHashSet<>();
        List<String> examples = new ArrayList<>();
        for (Item item : typical) {
            String question = item.missed().question().strip();
            if (examples.size() < 2 && seen.add(question.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip())) {
                examples.add(question);
            }
        }
        List<String> comments = cluster.items.stream().map(i -> i.missed().comment()).filter(c -> c != null && !c.isBlank())
                .distinct().limit(5).toList();
        Item centre = typical.get(0);
        return new Gap(cluster.items.size(), examples, comments, centre.topic(), centre.nearestCard());
    }
}
