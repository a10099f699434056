package dev.careermentor.bench;

import dev.careermentor.knowledge.Card;
import dev.careermentor.knowledge.Embedder;
import dev.careermentor.knowledge.KnowledgeBase;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The naive LangChain4j RAG pipeline the benchmark compares with: the question embedded by the same
 * model, the three closest cards from an {@link InMemoryEmbeddingStore}, their text joined. No
 * spelling, no keywords, no confidence, no refusals: the floor any answerer pays.
 */
public final class NaiveRag {

    private static final int TOP = 3;

    private final Embedder embedder;
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();

    public NaiveRag(KnowledgeBase kb, Embedder embedder) {
        this.embedder = embedder;
        List<TextSegment> segments = kb.cards().stream().map(Card::embeddingText).map(TextSegment::from).toList();
        List<float[]> vectors = embedder.embedPassages(segments.stream().map(TextSegment::text).toList());
        for (int i = 0; i < segments.size(); i++) {
            store.add(new Embedding(vectors.get(i)), segments.get(i));
        }
    }

    public String answer(String question) {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(new Embedding(embedder.embedQuery(question)))
                .maxResults(TOP)
                .build();
        return store.search(request).matches().stream().map(EmbeddingMatch::embedded).map(TextSegment::text)
                .collect(Collectors.joining("\n\n"));
    }
}
