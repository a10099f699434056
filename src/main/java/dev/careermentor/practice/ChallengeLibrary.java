package dev.careermentor.practice;

import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.knowledge.KnowledgeRoot;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The current challenge bank of a running process, read from {@code knowledge/challenges} and reloadable. */
public final class ChallengeLibrary {

    private static final Logger log = LoggerFactory.getLogger(ChallengeLibrary.class);

    private final KnowledgeIndex knowledge;
    private final AtomicReference<ChallengeBank> current = new AtomicReference<>();

    public ChallengeLibrary(KnowledgeIndex knowledge) {
        this.knowledge = knowledge;
    }

    /** Reads the bank again; challenges must cite cards of the current knowledge base. */
    public synchronized ChallengeBank reload() {
        KnowledgeRoot root = knowledge.root();
        Path dir = root.path().resolve("challenges");
        var kb = knowledge.knowledgeBase();
        ChallengeBank bank = new ChallengeLoader(id -> kb.card(id).isPresent()).load(dir);
        bank.problems().forEach(problem -> log.warn("Challenge bank: {}", problem));
        log.info("Challenge bank: {} challenges from {}", bank.size(), dir);
        current.set(bank);
        return bank;
    }

    public ChallengeBank current() {
        ChallengeBank bank = current.get();
        return bank != null ? bank : reload();
    }
}
