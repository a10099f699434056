package dev.careermentor.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.careermentor.knowledge.EnglishWords;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.knowledge.QuestionText;
import dev.careermentor.knowledge.Retrieval;
import dev.careermentor.knowledge.Retriever;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers career questions from the knowledge base, or says plainly that it cannot. The one entry
 * point of the core for every adapter (Discord, console, CLI).
 */
public final class Mentor {

    private static final Logger log = LoggerFactory.getLogger(Mentor.class);

    /** Questions are read up to this length; longer text is cut with a note. */
    public static final int MAX_QUESTION_CHARS = 1_000;

    /** How far the section a follow-up's previous answer led with steps back in the ranking. */
    private static final double FOLLOW_UP_DEMOTION = 0.15;

    private static final Pattern GREETING = Pattern.compile(
            "^(hi|hello|hey|hiya|yo|sup|howdy|good (morning|afternoon|evening)|ok(ay)?|cool|nice|great)"
                    + "( (there|mentor|bot|again))?[!.?]*$"
                    // questions about the bot itself
                    + "|^(who|what) are you[!.?]*$|^what (can|do) you (do|know|help with)[!.?]*$|^help[!.?]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THANKS = Pattern.compile(
            "^(thanks?( you)?|thx|ty|cheers|much appreciated)( (mentor|bot|again|so much|a lot))?[!.]*$",
            Pattern.CASE_INSENSITIVE);

    private final KnowledgeIndex knowledge;
    private final ConfidenceModel confidence;
    private final SignalExtractor signals;
    private final Optional<LlmAnswerer> llm;
    private final Cache<String, Answer> answers = Caffeine.newBuilder()
            .maximumSize(5_000)
            .expireAfterWrite(Duration.ofHours(6))
            .build();

    public Mentor(KnowledgeIndex knowledge, ConfidenceModel confidence, EnglishWords english, Optional<LlmAnswerer> llm) {
        this(knowledge, confidence, new SignalExtractor(english), llm);
    }

    private Mentor(KnowledgeIndex knowledge, ConfidenceModel confidence, SignalExtractor signals,
            Optional<LlmAnswerer> llm) {
        this.knowledge = knowledge;
        this.confidence = confidence;
        this.signals = signals;
        this.llm = llm;
    }

    public ConfidenceModel confidenceModel() {
        return confidence;
    }

    /** The same mentor (shared knowledge index) with another refusal threshold, for calibration. */
    public Mentor withConfidenceModel(ConfidenceModel model) {
        return new Mentor(knowledge, model, signals, llm);
    }

    public Answer ask(String question) {
        return ask(question, List.of());
    }

    /** Answers a question in a conversation; {@code history} holds the earlier turns, oldest first. */
    public Answer ask(String question, List<Turn> history) {
        QuestionText text = QuestionText.of(question, MAX_QUESTION_CHARS);
        List<String> notes = text.truncated() ? Refusals.truncationNote(MAX_QUESTION_CHARS) : List.of();
        if (text.isBlank() || !text.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
            return refusal(Refusals.empty(), Answer.Refusal.EMPTY, 0).withNotes(notes);
        }
        if (THANKS.matcher(text.text()).matches()) {
            return refusal(Refusals.thanks(), Answer.Refusal.EMPTY, 0).withNotes(notes);
        }
        if (GREETING.matcher(text.text()).find()) {
            return refusal(Refusals.greeting(), Answer.Refusal.EMPTY, 0).withNotes(notes);
        }
        if (Guardrails.triesToChangeInstructions(text.text())) {
            return refusal(Refusals.instructions(), Answer.Refusal.INSTRUCTIONS, 0).withNotes(notes);
        }
        if (Guardrails.asksForUnrelatedTask(text.text())) {
            return refusal(Refusals.unrelatedTask(), Answer.Refusal.NOT_COVERED, 0).withNotes(notes);
        }
        Optional<String> otherStack = Guardrails.asksAboutOtherStack(text.text());
        if (otherStack.isPresent()) {
            return refusal(Refusals.otherStack(otherStack.get()), Answer.Refusal.NOT_COVERED, 0).withNotes(notes);
        }
        Retriever retriever = knowledge.retriever();
        String key = cacheKey(retriever, text.text(), history);
        return answers.get(key, k -> answer(retriever, text.text(), history)).withNotes(notes);
    }

    /** Empties the answer cache; the knowledge version in the key already covers reloads. */
    public void clearCache() {
        answers.invalidateAll();
    }

    /** Whether answers are rephrased by an LLM (slower: Discord interactions are deferred). */
    public boolean usesLlm() {
        return llm.isPresent();
    }

    public KnowledgeIndex knowledge() {
        return knowledge;
    }

    /** The confidence below which the mentor refuses. */
    public double threshold() {
        return confidence.threshold();
    }

    /** How a question was understood: the retrieval and its signals, for {@code ask --explain}. */
    public record Explanation(Retrieval retrieval, Signals signals, double probability) {
    }

    public Explanation explain(String question) {
        Retriever retriever = knowledge.retriever();
        Retrieval retrieval = retriever.retrieve(QuestionText.of(question, MAX_QUESTION_CHARS).text());
        Signals measured = signals.measure(retrieval, retriever.keywordIndex(), retriever.semanticIndex());
        return new Explanation(retrieval, measured, confidence.probability(measured));
    }

    /** The evidence for one question, for the evaluation and calibration tools. */
    public Signals signalsFor(String question) {
        Retriever retriever = knowledge.retriever();
        return signals.measure(retriever.retrieve(QuestionText.of(question, MAX_QUESTION_CHARS).text()),
                retriever.keywordIndex(), retriever.semanticIndex());
    }

    private Answer answer(Retriever retriever, String question, List<Turn> history) {
        Scored best = scored(retriever, question);
        if (!history.isEmpty() && leansOnContext(retriever, question, best)) {
            Turn previous = history.get(history.size() - 1);
            Scored contextual = scored(retriever, previous.question() + " " + question);
            if (contextual.probability > best.probability) {
                // "and the second one?" asks for something new: what was just quoted steps back
                best = new Scored(contextual.retrieval.demote(previous.citations().stream().limit(1).toList(),
                        FOLLOW_UP_DEMOTION), contextual.probability);
            }
        }
        boolean covered = best.probability >= confidence.threshold() && !best.retrieval.isEmpty();
        Optional<Guardrails.Figure> figure = Guardrails.asksForFigure(question);
        if (!covered) {
            return figure.isPresent()
                    ? refusal(Refusals.noFigures(null), Answer.Refusal.NO_FIGURES, best.probability)
                    : refusal(Refusals.notCovered(best.retrieval), Answer.Refusal.NOT_COVERED, best.probability);
        }
        ExtractiveComposer.Composition composition = new ExtractiveComposer(retriever.keywordIndex())
                .compose(best.retrieval.query(), best.retrieval, retriever.semanticIndex());
        if (figure.isPresent() && !Guardrails.holdsFigure(figure.get(), question, composition.text())) {
            return refusal(Refusals.noFigures(best.retrieval), Answer.Refusal.NO_FIGURES, best.probability);
        }
        if (Guardrails.asksForCodingHelp(question) && !composition.text().contains("```")) {
            return refusal(Refusals.codingHelp(), Answer.Refusal.NOT_COVERED, best.probability);
        }
        String text = composition.text();
        if (llm.isPresent()) {
            text = llm.get().answer(question, history, composition).orElse(text);
        }
        return new Answer(text, false, best.probability, composition.sources(), List.of(), null);
    }

    /**
     * Whether a question in a conversation is read together with the previous one: when it hardly says anything
     * without it ("is it hard?"), or when it continues it ("and the second one?", "what about Flask?") and cannot
     * stand alone; and only when all its own words occur in the knowledge base. So "when was Python created, is it
     * new?" and "jenkins?" stand alone, and "what is the best pizza recipe?" cannot borrow the previous confidence.
     */
    private boolean leansOnContext(Retriever retriever, String question, Scored alone) {
        boolean knownWords = retriever.keywordIndex().stems(FollowUps.withoutPointers(question)).stream()
                .allMatch(stem -> retriever.keywordIndex().chunkFrequency(stem) > 0);
        boolean continues = FollowUps.pointsBack(question) || FollowUps.leadsOn(question);
        return knownWords && (FollowUps.dependsOnPrevious(question)
                || continues && alone.probability < confidence.threshold());
    }

    private Scored scored(Retriever retriever, String query) {
        Retrieval retrieval = retriever.retrieve(query);
        Signals measured = signals.measure(retrieval, retriever.keywordIndex(), retriever.semanticIndex());
        double p = confidence.probability(measured);
        log.debug("Query '{}' -> top {} p={} {}", query, retrieval.isEmpty() ? "-" : retrieval.top().chunk().id(), p,
                measured);
        return new Scored(retrieval, p);
    }

    private static Answer refusal(String text, Answer.Refusal reason, double probability) {
        return new Answer(text, true, probability, List.of(), List.of(), reason);
    }

    private static String cacheKey(Retriever retriever, String question, List<Turn> history) {
        String normalized = question.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").strip();
        String context = history.isEmpty() ? "" : history.get(history.size() - 1).question();
        return retriever.knowledgeBase().version() + '\u0000' + normalized + '\u0000' + context;
    }

    private record Scored(Retrieval retrieval, double probability) {
    }
}
