package dev.careermentor.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The searchable knowledge base of a running process. {@link #reload()} reads the files again and
 * swaps in new indexes atomically: questions in flight finish on the old snapshot, and only passages
 * whose text changed are embedded again.
 */
public final class KnowledgeIndex {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);

    private final KnowledgeRoot root;
    private final Embedder embedder;
    private final VectorCache cache;
    private final EnglishWords english;
    private final KnowledgeLoader loader = new KnowledgeLoader();
    private final List<LabelledQuestion> labelled;
    private final Cache<String, float[]> queryVectors = Retriever.newQueryVectorCache();
    private final AtomicReference<Retriever> current = new AtomicReference<>();
    private volatile LoadReport lastLoad;
    private SemanticIndex semantic; // the current one: a reload embeds only text it has not seen

    /** What a (re)load did, for the admin who asked for it. */
    public record LoadReport(String version, int topics, int cards, int embeddedNow, List<LoadProblem> problems,
            boolean changed) {
    }

    /** With the project's labelled training questions as the examples retrieval compares with. */
    public KnowledgeIndex(KnowledgeRoot root, Embedder embedder, VectorCache cache, EnglishWords english) {
        this(root, embedder, cache, english, LabelledQuestions.resource(LabelledQuestions.TRAIN));
    }

    public KnowledgeIndex(KnowledgeRoot root, Embedder embedder, VectorCache cache, EnglishWords english,
            List<LabelledQuestion> labelled) {
        this.labelled = List.copyOf(labelled);
        this.root = root;
        this.embedder = embedder;
        this.cache = cache;
        this.english = english;
    }

    public Retriever retriever() {
        Retriever retriever = current.get();
        if (retriever == null) {
            throw new IllegalStateException("the knowledge index is not loaded yet");
        }
        return retriever;
    }

    public KnowledgeBase knowledgeBase() {
        return retriever().knowledgeBase();
    }

    /** The labelled questions retrieval compares with: members' wording, typos and all (for warming up). */
    public List<LabelledQuestion> labelledQuestions() {
        return labelled;
    }

    /** What the most recent {@link #reload()} did. */
    public LoadReport lastLoad() {
        return lastLoad;
    }

    public KnowledgeRoot root() {
        return root;
    }

    public Embedder embedder() {
        return embedder;
    }

    public String modelId() {
        return embedder.modelId();
    }

    /** Forgets everything cached about questions asked (the benchmark measures uncached answers). */
    public void clearQueryCache() {
        queryVectors.invalidateAll();
        Retriever retriever = current.get();
        if (retriever != null) {
            retriever.clearWordCaches();
        }
    }

    public synchronized LoadReport reload() {
        Retriever previous = current.get();
        KnowledgeBase kb = loader.load(root);
        kb.problems().forEach(problem -> log.warn("Knowledge base: {}", problem));
        if (previous != null && previous.knowledgeBase().version().equals(kb.version())) {
            return report(kb, 0, false);
        }
        if (kb.cards().isEmpty()) {
            if (previous != null) {
                log.error("Reload found no usable knowledge in {}; keeping version {}", root.description(),
                        previous.knowledgeBase().version());
                return report(previous.knowledgeBase(), 0, false, kb.problems());
            }
            throw new IllegalStateException("no usable knowledge files in " + root.description() + ": " + kb.problems());
        }
        Map<String, float[]> known = previous == null ? Map.of() : semantic.vectorsByKey();
        KeywordIndex keywords = new KeywordIndex(kb.cards()); // first: needs no model, which may still be loading
        semantic = SemanticIndex.build(kb.cards(), labelled, embedder, cache, kb.version(), known);
        Retriever next = new Retriever(kb, embedder, semantic, keywords, new QuestionAnalyzer(keywords, english),
                queryVectors, Retriever.Weights.DEFAULT, labelled);
        // The previous indexes are left to the garbage collector: questions in flight may still use them.
        current.set(next);
        log.info("Knowledge base {} loaded from {}: {} topics, {} cards", kb.version(), root.description(),
                kb.topics().size(), kb.cards().size());
        return report(kb, semantic.embeddedNow(), true);
    }

    private LoadReport report(KnowledgeBase kb, int embedded, boolean changed) {
        return report(kb, embedded, changed, kb.problems());
    }

    private LoadReport report(KnowledgeBase kb, int embedded, boolean changed, List<LoadProblem> problems) {
        lastLoad = new LoadReport(kb.version(), kb.topics().size(), kb.cards().size(), embedded, problems, changed);
        return lastLoad;
    }
}
