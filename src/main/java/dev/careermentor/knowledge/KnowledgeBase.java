package dev.careermentor.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the knowledge base: topics in roadmap order, their cards, and a version
 * that changes whenever any file's content does (the vector cache and the answer cache are keyed by it).
 */
public final class KnowledgeBase {

    private final String version;
    private final List<Topic> topics;
    private final List<Card> cards;
    private final List<LoadProblem> problems;
    private final Map<String, Card> byId;

    public KnowledgeBase(String version, List<Topic> topics, List<Card> cards, List<LoadProblem> problems) {
        this.version = version;
        this.topics = List.copyOf(topics);
        this.cards = List.copyOf(cards);
        this.problems = List.copyOf(problems);
        this.byId = this.cards.stream().collect(Collectors.toMap(Card::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    public String version() {
        return version;
    }

    /** Topics in roadmap order. */
    public List<Topic> topics() {
        return topics;
    }

    /** Cards grouped by topic, topics in roadmap order. */
    public List<Card> cards() {
        return cards;
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    public Optional<Card> card(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<Card> cardsOf(String topicId) {
        return cards.stream().filter(c -> c.topic().equals(topicId)).toList();
    }
}
