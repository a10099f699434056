package dev.careermentor.knowledge;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the knowledge base: its documents, their chunks, and a version that
 * changes whenever any file's content does (the index cache and the answer cache are keyed by it).
 */
public record KnowledgeBase(String version, List<KnowledgeDocument> documents, List<Chunk> chunks, List<LoadProblem> problems) {

    public KnowledgeBase {
        documents = List.copyOf(documents);
        chunks = List.copyOf(chunks);
        problems = List.copyOf(problems);
    }

    public Map<String, Chunk> chunksById() {
        return chunks.stream().collect(Collectors.toMap(Chunk::id, Function.identity()));
    }

    /** The topics the bot can talk about: document titles in file order. */
    public List<Topic> topics() {
        return documents.stream()
                .map(doc -> new Topic(doc.file(), doc.meta().title(), doc.meta().tags(),
                        chunks.stream().filter(c -> c.file().equals(doc.file()) && !c.headings().isEmpty())
                                .map(Chunk::section).toList()))
                .toList();
    }

    /** A knowledge file as a topic, with the questions (section headings) it answers. */
    public record Topic(String file, String title, List<String> tags, List<String> sections) {
    }
}
