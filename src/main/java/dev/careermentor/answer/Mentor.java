package dev.careermentor.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.careermentor.knowledge.AnalysedQuestion;
import dev.careermentor.knowledge.Card;
import dev.careermentor.knowledge.ContentWords;
import dev.careermentor.knowledge.EnglishWords;
import dev.careermentor.knowledge.Hit;
import dev.careermentor.knowledge.KnowledgeBase;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.knowledge.LabelledQuestion;
import dev.careermentor.knowledge.QuestionText;
import dev.careermentor.knowledge.Retrieval;
import dev.careermentor.knowledge.Retriever;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers career questions from the knowledge base, or says plainly that it cannot. The one entry
 * point of the core for every adapter (Discord, console, CLI). A reply is the card that answers the
 * question, whole: one card, or two when the question clearly asks two things.
 */
public final class Mentor {

    private static final Logger log = LoggerFactory.getLogger(Mentor.class);

    /** Questions are read up to this length; longer text is cut with a note. */
    public static final int MAX_QUESTION_CHARS = 1_000;
    /** At most this many related questions are offered. */
    static final int RELATED = 3;
    /** How many turns back a follow-up may lean, past refused follow-ups. */
    private static final int LOOK_BACK = 3;
    /** The card just given answers a follow-up again when it is this much surer than the next card... */
    private static final double STAYS = 0.15;
    /**
     * ...or when the reading finds it by this margin over every other card ("what libraries do people use for
     * machine learning?" after the machine-learning libraries card is that card, however close the next one).
     */
    private static final double CLEAR_WIN = 0.9;
    /** ...or when the follow-up, read out, is this close to a way of asking for that card. */
    private static final double ASKED_AGAIN = 0.9;
    /** A follow-up this much closer to the card's question than the question it answered asks for that card. */
    private static final double ASKED_MORE_DIRECTLY = 0.2;
    private static final Pattern WHY_CARD = Pattern.compile("\\bwhy\\b", Pattern.CASE_INSENSITIVE);
    /** A reading of a follow-up must find a card that holds at least this share of what the message says itself. */
    private static final double OWN_WORDS_COVERED = 0.34;
    /** A follow-up naming this many things of its own can be answered without the turn before. */
    private static final int OWN_WORDS = 3;
    /** A refusal offers cards at least this close to the question as "the closest I can answer". */
    private static final double CLOSEST_OFFERED = 0.45;
    /**
     * How close a card's answer must be to a question about the member's own code to explain what they see
     * (a generator object: 0.65); below it the card only shares a word ("loop" → indentation: 0.17).
     */
    private static final double OWN_CODE_EXPLAINED = 0.5;
    /**
     * How much surer than the threshold a part of a two-question message must be to add its card: a card read
     * from half a message is often the general card of the first part's topic (chosen on dev: the shape lint
     * rose from 0.977 to 0.983 and no card was lost; 0.10 cost a two-part answer).
     */
    private static final double PART_MARGIN = 0.05;

    private static final Pattern GREETING = Pattern.compile(
            "^(hi|hello|hey|hiya|yo|sup|howdy|good (morning|afternoon|evening)|ok(ay)?|cool|nice|great)"
                    + "( (there|mentor|bot|again))?(,? (what'?s up|wassup|how are (you|u)( doing)?))?[!.?]*$"
                    // questions about the bot itself
                    + "|^(who|what) are you[!.?]*$|^what (can|do) you (do|know|help with)[!.?]*$|^help[!.?]*$",
            Pattern.CASE_INSENSITIVE);
    /** "thanks", "ok thanks!", "thx that helps a lot": an acknowledgement, with nothing asked. */
    private static final Pattern THANKS = Pattern.compile(
            "^(?:(?:ok(?:ay)?|cool|great|nice|awesome|perfect|got\\s+it|ah|oh)[\\s,!.]+)?"
                    + "(?:thanks?(?:\\s+you)?|thx|ty|tysm|cheers|much\\s+appreciated)"
                    + "(?:[\\s,!.]+(?:mentor|bot|again|so\\s+much|a\\s+lot|man|mate|for\\s+(?:the|your)\\s+help(?:\\s+earlier)?)){0,4}"
                    + "(?:[\\s,!.]+(?:that|this|it)\\s+(?:helps|helped|makes\\s+sense|was\\s+(?:helpful|useful|clear|great))"
                    + "(?:\\s+a\\s+lot)?)?(?:[\\s,!.]+got\\s+it)?[\\s!.:)]*$",
            Pattern.CASE_INSENSITIVE);

    /** "ok makes sense", "gitlab and jenkins noted", "got it": the member took the answer in and asks nothing. */
    private static final Pattern ACKNOWLEDGES = Pattern.compile(
            "^(?:(?:ok(?:ay)?|ah|oh|alright|cool|great|nice|right|hmm+)[\\s,!.]+){0,2}"
                    + "(?:(?:[\\w/+#.-]+\\s+){0,4}noted|(?:that\\s+|it\\s+)?makes\\s+sense|got\\s+it|gotcha|i\\s+see|understood"
                    + "|fair\\s+enough|good\\s+to\\s+know|sounds\\s+good|will\\s+do)"
                    + "(?:[\\s,!.]+(?:now|then|thanks?|thx|ty))?[\\s!.:)]*$",
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

    /** The same mentor (shared knowledge index) with another confidence model, for calibration. */
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
        return byRule(text).orElseGet(() -> {
            Retriever retriever = knowledge.retriever();
            String key = cacheKey(retriever, text.text(), history);
            return answers.get(key, k -> answer(retriever, text.text(), history));
        }).withNotes(notes);
    }

    /** Replies that need no retrieval: nothing asked, greetings and thanks, and what is refused by its wording. */
    private static Optional<Answer> byRule(QuestionText text) {
        String question = text.text();
        if (text.isBlank() || question.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of(Answer.refusal(Refusals.empty(), Answer.Refusal.EMPTY, 0, List.of()));
        }
        if (THANKS.matcher(question).matches()) {
            return Optional.of(Answer.refusal(Refusals.thanks(), Answer.Refusal.EMPTY, 0, List.of()));
        }
        if (ACKNOWLEDGES.matcher(question).matches()) {
            return Optional.of(Answer.refusal(Refusals.acknowledged(), Answer.Refusal.EMPTY, 0, List.of()));
        }
        if (GREETING.matcher(question).find()) {
            return Optional.of(Answer.refusal(Refusals.greeting(), Answer.Refusal.EMPTY, 0, List.of()));
        }
        if (Guardrails.triesToChangeInstructions(question)) {
            return Optional.of(Answer.refusal(Refusals.instructions(), Answer.Refusal.INSTRUCTIONS, 0, List.of()));
        }
        if (Guardrails.asksForHarm(question)) {
            return Optional.of(Answer.refusal(Refusals.harmful(), Answer.Refusal.NOT_COVERED, 0, List.of()));
        }
        if (Guardrails.asksToDeceiveAnEmployer(question)) {
            return Optional.of(Answer.refusal(Refusals.deceptive(), Answer.Refusal.NOT_COVERED, 0, List.of()));
        }
        if (Guardrails.isAbusive(question)) {
            return Optional.of(Answer.refusal(Refusals.abuse(), Answer.Refusal.NOT_COVERED, 0, List.of()));
        }
        if (Guardrails.asksToDebugCode(question)) {
            return Optional.of(Answer.refusal(Refusals.codingHelp(), Answer.Refusal.NOT_COVERED, 0, List.of()));
        }
        if (Guardrails.asksForUnrelatedTask(question)) {
            return Optional.of(Answer.refusal(Refusals.unrelatedTask(), Answer.Refusal.NOT_COVERED, 0, List.of()));
        }
        Optional<String> profession = Guardrails.asksAboutOtherProfession(question);
        if (profession.isPresent()) {
            return Optional.of(Answer.refusal(Refusals.otherProfession(profession.get()), Answer.Refusal.NOT_COVERED, 0,
                    List.of()));
        }
        return Guardrails.asksAboutOtherStack(question)
                .map(stack -> Answer.refusal(Refusals.otherStack(stack), Answer.Refusal.NOT_COVERED, 0, List.of()));
    }

    /**
     * Answers some questions once, so that the JIT compiler and the embedding model are warm before the first
     * member asks; the answers are not kept.
     */
    public void warmUp(int questions) {
        warmUpQuestions(questions).forEach(this::ask);
        clearCache();
        knowledge.clearQueryCache();
    }

    /**
     * Members' own wording, spread over the labelled questions (typos, stories, two questions, near misses: the
     * paths the cards' clean phrasings never reach; the first 20 answers' worst case fell from 27–51 ms to 12–16
     * ms), else the cards' phrasings.
     */
    List<String> warmUpQuestions(int questions) {
        List<LabelledQuestion> labelled = knowledge.labelledQuestions();
        List<Card> cards = knowledge.knowledgeBase().cards();
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < questions && !cards.isEmpty(); i++) {
            if (!labelled.isEmpty()) {
                asked.add(labelled.get((int) ((long) i * labelled.size() / questions)).question());
            } else {
                Card card = cards.get(i % cards.size());
                List<String> phrasings = card.phrasings().isEmpty() ? List.of(card.question()) : card.phrasings();
                asked.add(phrasings.get(i / cards.size() % phrasings.size()));
            }
        }
        return asked;
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
        Scored scored = scored(knowledge.retriever(), clean(question), false);
        return new Explanation(scored.retrieval, scored.signals, scored.probability);
    }

    /**
     * The evidence for one question, for fitting the confidence model.
     *
     * @param leaveOutSelf judge a training question as if it were new: its own labelled copy is left out
     */
    public Explanation explain(String question, boolean leaveOutSelf) {
        Scored scored = scored(knowledge.retriever(), clean(question), leaveOutSelf);
        return new Explanation(scored.retrieval, scored.signals, scored.probability);
    }

    private static String clean(String question) {
        return QuestionText.of(question, MAX_QUESTION_CHARS).text();
    }

    private Answer answer(Retriever retriever, String question, List<Turn> history) {
        KnowledgeBase kb = retriever.knowledgeBase();
        Scored best = new Conversation(retriever, history).read(question);
        Optional<Guardrails.Figure> figure = Guardrails.asksForFigure(question);
        // a follow-up is read against the conversation, not split; a message of its own may be, in a thread too
        boolean ownMessage = history.isEmpty() || FollowUps.kind(FollowUps.withoutEmoji(question)) == FollowUps.Kind.NONE;
        if (best.retrieval.isEmpty() || best.probability < confidence.threshold()) {
            Optional<Answer> inTwoParts = ownMessage && figure.isEmpty()
                    ? inTwoParts(retriever, question, history) : Optional.empty();
            if (inTwoParts.isPresent()) {
                return inTwoParts.get();
            }
            List<Answer.Related> closest = closest(best.retrieval);
            if (figure.isPresent()) {
                return Answer.refusal(Refusals.noFigures(), Answer.Refusal.NO_FIGURES, best.probability, closest);
            }
            return Guardrails.asksForCode(question) || Guardrails.asksAboutOwnCode(question)
                    ? Answer.refusal(Refusals.codingHelp(), Answer.Refusal.NOT_COVERED, best.probability, List.of())
                    : notCovered(best);
        }
        Card card = best.retrieval.top().card();
        if (figure.isPresent() && lacksFigure(figure.get(), question, card)) {
            return Answer.refusal(Refusals.noFigures(), Answer.Refusal.NO_FIGURES, best.probability, related(card, kb, List.of()));
        }
        if (lacksTheAnswerType(question, card) || asksOfALanguageItDoesNotName(question, card)) {
            // "what is flask? also which big companies use django": the Flask card names no users, the parts answer
            Optional<Answer> inTwoParts = ownMessage ? inTwoParts(retriever, question, history) : Optional.empty();
            return inTwoParts.orElseGet(() -> notCovered(best));
        }
        boolean explainsOwnCode = best.retrieval.top().bodySimilarity() >= OWN_CODE_EXPLAINED;
        if (Guardrails.asksForCode(question) && !card.body().contains("```")
                || Guardrails.asksAboutOwnCode(question) && !explainsOwnCode) {
            return Answer.refusal(Refusals.codingHelp(), Answer.Refusal.NOT_COVERED, best.probability, List.of());
        }
        card = Comparisons.cardNamingEveryOption(question, card, best.retrieval, retriever.mentions()).orElse(card);
        List<Card> cards = twoParts(retriever, question, Optional.of(new TwoParts.Found(card, best.probability)))
                .stream().map(TwoParts.Found::card).toList();
        return answered(retriever, question, best.retrieval.question().text(), history, cards, best.probability);
    }

    /** Two questions in one message, each answered on its own: as sure as the less sure. */
    private Optional<Answer> inTwoParts(Retriever retriever, String question, List<Turn> history) {
        List<TwoParts.Found> parts = twoParts(retriever, question, Optional.empty());
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        List<Card> cards = parts.stream().map(TwoParts.Found::card).toList();
        return Optional.of(answered(retriever, question, question, history, cards,
                parts.stream().mapToDouble(TwoParts.Found::probability).min().orElseThrow()));
    }

    /** The cards of a question that may ask two things, each part read as a question asked alone. */
    private List<TwoParts.Found> twoParts(Retriever retriever, String question, Optional<TwoParts.Found> whole) {
        return TwoParts.cards(question, whole, part -> confidentCard(retriever, part),
                part -> FollowUps.subjectOf(part, retriever.mentions()));
    }

    /** The reply that gives these cards, whole: the first, or both when the question asks two things. */
    private Answer answered(Retriever retriever, String question, String reading, List<Turn> history, List<Card> cards,
            double probability) {
        KnowledgeBase kb = retriever.knowledgeBase();
        Card card = cards.get(0);
        Optional<String> inPart = cards.size() == 1 ? inPart(question, reading, card) : Optional.empty();
        boolean partial = inPart.isPresent();
        String text = inPart.orElseGet(() -> Replies.of(cards));
        if (!partial && cards.size() == 1 && FollowUps.doubts(FollowUps.withoutEmoji(question))
                && lastAnswered(history).filter(turn -> turn.citations().equals(List.of(card.id()))).isPresent()) {
            text = Replies.confirmed(text); // not the same card again, word for word, as if nothing had been asked
        }
        if (llm.isPresent()) {
            text = llm.get().answer(question, history, cards, partial).orElse(text);
        }
        List<Source> sources = cards.stream()
                .map(c -> Source.of(c, kb.topic(c.topic()).map(t -> t.title()).orElse(c.topic())))
                .toList();
        return new Answer(text, false, probability, sources, related(card, kb, cards), partial, List.of(), null);
    }

    /**
     * The reply when the question asks for a judgement the card does not make: a comparison or ranking, or how
     * hard something is. "why?" after "is django hard to learn?" asks it again, so the question as read counts
     * for difficulty too (not for a comparison: a reading that joins two turns can hold an "or" no one asked).
     */
    private static Optional<String> inPart(String question, String reading, Card card) {
        if (Comparisons.onlyPartly(question, card)) {
            // a card that says itself that it makes no such call needs no second sentence saying so
            return Optional.of(Comparisons.declines(card) ? card.body() : Replies.partly(card));
        }
        boolean difficulty = Comparisons.difficultyUnsaid(question, card) || Comparisons.difficultyUnsaid(reading, card);
        return difficulty ? Optional.of(Replies.difficultyUnsaid(card)) : Optional.empty();
    }

    /**
     * Whether the card cannot give the figure asked for: it holds none of that kind and was not written to
     * answer such a question ("how many months until i'm hired?" gets the card that says why there is no one
     * number), unless the member insists on the number ("exactly how many weeks").
     */
    private static boolean lacksFigure(Guardrails.Figure figure, String question, Card card) {
        boolean insists = Guardrails.insistsOnTheNumber(question);
        boolean writtenForIt = !insists && Stream.concat(Stream.of(card.question()), card.phrasings().stream())
                .anyMatch(asked -> Guardrails.asksForFigure(asked).filter(figure::equals).isPresent());
        return !(writtenForIt || Guardrails.holdsKind(figure, card.body(), insists))
                || !Guardrails.namesEveryNumber(question, card.body());
    }

    /** The question asks for a person, a date, a version, users or a role's work, and the card names none. */
    private static boolean lacksTheAnswerType(String question, Card card) {
        return AnswerTypes.asksForAnAuthorItLacks(question, card) || AnswerTypes.asksForADateItLacks(question, card)
                || AnswerTypes.asksForAVersionItLacks(question, card) || AnswerTypes.asksForUsersItLacks(question, card)
                || AnswerTypes.asksAboutARoleItLacks(question, card);
    }

    /** "how do i write a generator in c#?": a card about Python's generators does not say. */
    private static boolean asksOfALanguageItDoesNotName(String question, Card card) {
        return Guardrails.asksHowAnotherLanguageDoesIt(question)
                .filter(language -> !Guardrails.names(card.body(), language))
                .isPresent();
    }

    /** "My knowledge base doesn't answer that", offering the closest questions it does answer. */
    private static Answer notCovered(Scored best) {
        List<Answer.Related> closest = closest(best.retrieval);
        return Answer.refusal(Refusals.notCovered(closest), Answer.Refusal.NOT_COVERED, best.probability, closest);
    }

    /**
     * The card that answers a part of a question, when it does so confidently and holds what the part asks for
     * ("who wrote that article?" asks for a person, "how much…" for a figure).
     */
    private Optional<TwoParts.Found> confidentCard(Retriever retriever, String part) {
        Scored scored = scored(retriever, part, false);
        if (scored.probability < confidence.threshold() + PART_MARGIN || scored.retrieval.isEmpty()) {
            return Optional.empty();
        }
        Card card = scored.retrieval.top().card();
        boolean lacksFigure = Guardrails.asksForFigure(part).filter(f -> lacksFigure(f, part, card)).isPresent();
        // "python 3.12": a number the card never mentions is a specific it does not hold (but "a technical round in
        // 2 weeks" tells when, and asks nothing of it)
        boolean unknownNumber = scored.retrieval.question().numbers().stream()
                .anyMatch(number -> !card.body().contains(number) && !card.question().contains(number));
        boolean declined = lacksFigure || unknownNumber || lacksTheAnswerType(part, card)
                || asksOfALanguageItDoesNotName(part, card) || Guardrails.asksForCode(part)
                || Guardrails.asksAboutOwnCode(part);
        return declined ? Optional.empty() : Optional.of(new TwoParts.Found(card, scored.probability));
    }

    /** The card's own related questions first, then other cards its topic holds, never one already in the reply. */
    private static List<Answer.Related> related(Card card, KnowledgeBase kb, List<Card> used) {
        List<Answer.Related> related = new ArrayList<>();
        List<String> usedIds = used.stream().map(Card::id).toList();
        List<String> candidates = new ArrayList<>(card.related());
        for (String id : candidates) {
            if (related.size() < RELATED && !usedIds.contains(id) && !id.equals(card.id())) {
                kb.card(id).ifPresent(c -> related.add(new Answer.Related(c.id(), c.question())));
            }
        }
        return related;
    }

    /** For a refusal: the cards closest to the question, when close enough to be worth offering. */
    private static List<Answer.Related> closest(Retrieval retrieval) {
        return retrieval.hits().stream()
                .filter(hit -> hit.questionSimilarity() >= CLOSEST_OFFERED)
                .limit(2)
                .map(Hit::card)
                .map(c -> new Answer.Related(c.id(), c.question()))
                .toList();
    }

    Scored scored(Retriever retriever, String question, boolean leaveOutSelf) {
        AnalysedQuestion analysed = retriever.analyse(question);
        return scored(retriever, retriever.retrieve(analysed, leaveOutSelf));
    }

    Scored scored(Retriever retriever, Retrieval retrieval) {
        Signals measured = signals.measure(retrieval, retriever);
        double p = retrieval.isEmpty() ? 0 : confidence.probability(measured);
        log.debug("Question '{}' -> {} p={} {}", retrieval.question().text(),
                retrieval.isEmpty() ? "-" : retrieval.top().card().id(), p, measured);
        return new Scored(retrieval, measured, p);
    }

    private static String cacheKey(Retriever retriever, String question, List<Turn> history) {
        // the text as retrieval reads it: a question mark or a capital ("IT") can change the card, and a cached
        // answer must be the one the question would get
        String normalized = question.strip().replaceAll("\\s+", " ");
        // the answer's text too: an ordinal counts the items of that text, which an LLM may word differently
        Optional<Turn> answered = lastAnswered(history);
        String context = answered.map(turn -> turn.question() + '\u0000' + turn.citations() + '\u0000'
                + turn.answer().hashCode()).orElse("");
        // a refused turn after it is read too (a starred correction of it, a thing it named, a list it made)
        String last = history.isEmpty() || answered.filter(turn -> turn == history.get(history.size() - 1)).isPresent()
                ? "" : history.get(history.size() - 1).question();
        return retriever.knowledgeBase().version() + '\u0000' + normalized + '\u0000' + context + '\u0000' + last;
    }

    /**
     * The turn a follow-up is read against: the last one answered. A refused follow-up or fragment in
     * between ("like which ones tho?") is skipped; a refused question of its own ("write me a poem about
     * cats") is where the conversation's context ends: "why not?" after it asks about the refusal, not
     * about the turn before.
     */
    private static Optional<Turn> lastAnswered(List<Turn> history) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOK_BACK); i--) {
            Turn turn = history.get(i);
            if (!turn.citations().isEmpty()) {
                return Optional.of(turn);
            }
            if (isChat(clean(turn.question()))) {
                continue; // "ok makes sense", "thx": the conversation goes on past it
            }
            if (FollowUps.kind(clean(turn.question())) == FollowUps.Kind.NONE
                    && ContentWords.of(turn.question()).size() > FollowUps.FRAGMENT) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isChat(String message) {
        return THANKS.matcher(message).matches() || ACKNOWLEDGES.matcher(message).matches();
    }

    /**
     * The turn whose list the member is walking: "what does the first one do?", then "and the last one?" counts
     * the list the first ordinal counted, not the one item it was answered with.
     */
    private static Optional<Turn> listWalked(List<Turn> history, Turn answered) {
        if (FollowUps.kind(clean(answered.question())) != FollowUps.Kind.ORDINAL) {
            return Optional.empty();
        }
        return lastAnswered(history.subList(0, history.lastIndexOf(answered)));
    }

    /** A retrieval with its signals and the probability that its best card answers the question. */
    record Scored(Retrieval retrieval, Signals signals, double probability) {
    }

    /** Reads a question against the conversation before it. */
    private final class Conversation {

        private final Retriever retriever;
        private final List<Turn> history;
        private Double askedBefore; // see askedFor

        Conversation(Retriever retriever, List<Turn> history) {
            this.retriever = retriever;
            this.history = history;
        }

        Scored read(String message) {
            String asked = FollowUps.withoutSwitch(message);
            Scored alone = scored(retriever, asked.isBlank() ? message : asked, false);
            String question = FollowUps.withoutEmoji(message); // "games too?? 🎮" is read as "games too??"
            FollowUps.Kind kind = FollowUps.kind(question);
            if (history.isEmpty() || kind == FollowUps.Kind.NONE || !aboutTheDomain(FollowUps.withoutChatTail(FollowUps.pointingClause(question)), alone)) {
                return alone; // an off-topic message never borrows the earlier turn's confidence
            }
            if (kind == FollowUps.Kind.ELLIPSIS && standsAlone(question, alone)) {
                return alone;
            }
            Turn last = history.get(history.size() - 1);
            List<FollowUps.Reading> starred = FollowUps.starred(question, clean(last.question()));
            if (!starred.isEmpty()) { // "*pip": a correction of the message just before, answered or not
                // a lone starred word is a correction by convention, however well it reads on its own ("*frameworks")
                boolean lone = ContentWords.of(question).size() == 1;
                return surest(starred.stream().map(FollowUps.Reading::text))
                        .filter(corrected -> corrected.probability > alone.probability
                                || lone && corrected.probability >= confidence.threshold())
                        .orElse(alone);
            }
            Optional<Turn> answered = lastAnswered(history);
            if (answered.isEmpty()) {
                return switch (kind) {
                    // "why would the second one matter?" after the member's own list: the reason for that item
                    case ORDINAL, WHY -> ownListItem(question, last).orElse(alone);
                    case PRONOUN -> ownMention(question, last).orElse(alone);
                    case CLARIFICATION -> ownCorrection(question, last).filter(c -> c.probability > alone.probability)
                            .orElse(alone);
                    default -> alone;
                };
            }
            Turn previous = kind == FollowUps.Kind.ORDINAL
                    ? listWalked(history, answered.get()).filter(walked -> FollowUps.pointsInto(question,
                            clean(walked.question()) + "\n" + walked.answer())).orElse(answered.get())
                    : answered.get();
            String previousQuestion = clean(previous.question()); // a stored turn may predate the length limit
            String previousTurn = previousQuestion + "\n" + previous.answer();
            if (kind == FollowUps.Kind.ORDINAL && !FollowUps.pointsInto(question, previousTurn)) {
                return alone; // "is Python a good first language?" after frameworks
            }
            Optional<Card> previousCard = previous.citations().stream().findFirst()
                    .flatMap(id -> retriever.knowledgeBase().card(id));
            // the same for every reading: whether the ordinal counts the question's options, whether the card just
            // given is ruled out ("not flask, the django one")
            boolean countsTheQuestion = FollowUps.memberOption(question, previousQuestion).isPresent();
            boolean rulesOut = FollowUps.rulesOutTheTurnBefore(question);
            boolean asksForOthers = FollowUps.asksForOthers(question);
            // "let's start with the first part" after a reply in two parts: its first card is what is meant
            boolean picksAPart = kind == FollowUps.Kind.ORDINAL && previous.citations().size() > 1;
            Scored best = alone;
            boolean bestJoined = false;
            Scored bestResolved = null;
            Scored bestUnjoined = null;
            List<Card> related = previousCard.stream().flatMap(card -> card.related().stream())
                    .flatMap(id -> retriever.knowledgeBase().card(id).stream()).toList();
            for (FollowUps.Reading reading : FollowUps.readings(kind, question, previousQuestion, previousCard,
                    previous.answer(), related, retriever.mentions())) {
                Scored scored = scored(retriever, reading.text(), false);
                if (kind == FollowUps.Kind.WHY) {
                    scored = reason(scored);
                }
                if (reading.joined() && !scored.retrieval.isEmpty()
                        && !coversOwnWords(question, scored.retrieval.top().card())) {
                    continue; // the earlier question found the card; the message itself asks for something else
                }
                if (reading.movesOn() && previousCard.isPresent() && kind != FollowUps.Kind.CLARIFICATION && !picksAPart) {
                    scored = movedOn(scored, previousCard.get(), reading.joined(), previousQuestion);
                }
                if (previousCard.isPresent() && isCard(scored, previousCard.get())) {
                    if (kind == FollowUps.Kind.ORDINAL && reading.movesOn() && !countsTheQuestion && !picksAPart) {
                        // "the second one" is an item of the previous answer, not that answer again (but "flask or
                        // django…? the first one" may be the Flask card just given)
                        continue;
                    }
                    if (kind != FollowUps.Kind.WHY && reading.joined()) {
                        continue; // the message joined to the question before finds that question's card again
                    }
                    if (kind == FollowUps.Kind.ELLIPSIS) {
                        continue; // "git too?" asks of a new thing what it asked before: not that answer again
                    }
                    if (kind == FollowUps.Kind.CLARIFICATION && rulesOut || asksForOthers) {
                        // "what other kinds are there?" after what a unit test is: anything but that card
                        // "not flask, the django one", "I know what it is, I meant…": the card just given is ruled out
                        scored = scored(retriever, scored.retrieval.without(previousCard.get().id()));
                    }
                }
                log.debug("Follow-up ({}{}) read as '{}' -> {} p={}", kind, reading.resolved() ? ", resolved" : "", reading.text(),
                        scored.retrieval.isEmpty() ? "-" : scored.retrieval.top().card().id(), scored.probability);
                if (scored.probability > best.probability) {
                    best = scored;
                    bestJoined = reading.joined();
                }
                if (reading.resolved() && (bestResolved == null || scored.probability > bestResolved.probability)) {
                    bestResolved = scored;
                }
                if (!reading.joined() && (bestUnjoined == null || scored.probability > bestUnjoined.probability)) {
                    bestUnjoined = scored;
                }
            }
            // "how do I prepare for the second interview?" read alone finds an interview, but not the second
            if (bestResolved != null && bestResolved.probability >= confidence.threshold()) {
                return bestResolved;
            }
            // "which tools are used for it?" read alone asks of nothing, however sure a card looks (but "python…,
            // what else can i do with it" names its thing)
            if (kind == FollowUps.Kind.PRONOUN && FollowUps.endsOnPointer(question) && bestUnjoined != null
                    && bestUnjoined.probability >= confidence.threshold()
                    && FollowUps.subjectOf(question, retriever.mentions()).isEmpty()) {
                return bestUnjoined;
            }
            // the message glued to the question before is a fallback for one that says little: "which tools do
            // teams use for it" read as "…for CI/CD" is the question, whatever the glued text finds (but "and the
            // first one?" glued to "what happens in the technical interview?" is how an ordinal finds its kind)
            return kind != FollowUps.Kind.ORDINAL && bestJoined && bestUnjoined != null
                    && bestUnjoined.probability >= confidence.threshold() ? bestUnjoined : best;
        }

        /**
         * "the last one" after a refused message that listed things of its own ("my mentor told me to work on
         * communication, empathy and crisis management"): the item, read out, when it is answered confidently.
         */
        private Optional<Scored> ownListItem(String question, Turn last) {
            // the item said in the message ("what does crisis management even mean"), or asked on its own when the
            // member listed questions ("1) do i need a degree 2) how long until i'm ready", "answer the 2nd pls")
            return FollowUps.ordinalAlternative(question, clean(last.question()))
                    .flatMap(item -> surest(Stream.of(FollowUps.named(question, item), item)))
                    .filter(scored -> scored.probability >= confidence.threshold());
        }

        /**
         * "can python do that?" after a refused message that named a thing the knowledge base has a card for
         * ("i keep hearing about fraud detection in fintech"): the pronoun read as that thing, when the reading
         * is answered confidently.
         */
        private Optional<Scored> ownMention(String question, Turn last) {
            return surest(FollowUps.remarkSubjects(clean(last.question()), retriever.mentions()).stream()
                    .map(subject -> FollowUps.replacePronoun(question, subject)))
                    .filter(scored -> scored.probability >= confidence.threshold());
        }

        /**
         * "sorry typo, i meant django" after a refused "what is jango": the refused question with the word
         * corrected, when that is answered confidently.
         */
        private Optional<Scored> ownCorrection(String question, Turn last) {
            String meant = FollowUps.meant(question).replace("*", "").strip();
            // the corrected question, and what was meant on its own ("django rest framework" is more than "django")
            return surest(Stream.concat(FollowUps.corrected(clean(last.question()), meant).stream(), Stream.of(meant)))
                    .filter(scored -> scored.probability >= confidence.threshold());
        }

        /** The most confident of these readings, if there are any. */
        private Optional<Scored> surest(Stream<String> readings) {
            return readings.map(text -> scored(retriever, text, false)).max(Comparator.comparingDouble(Scored::probability));
        }

        /**
         * A follow-up that asks for something new: the card just given steps aside when another card
         * answers the follow-up too, unless it is clearly surer than that card or the follow-up, read out, is
         * a way of asking for it; it also stays when nothing else answers. (A joined reading that keeps it is
         * dropped by the caller.)
         *
         * @param previousQuestion the question that card answered
         */
        private Scored movedOn(Scored scored, Card previous, boolean joined, String previousQuestion) {
            if (scored.retrieval.isEmpty() || !scored.retrieval.top().card().id().equals(previous.id())) {
                return scored;
            }
            Scored next = scored(retriever, scored.retrieval.without(previous.id()));
            // "is it really that important?" after why problem solving matters asks that card's question again;
            // "what do they ask in it?" after "is there an hr interview?" asks it more directly than the member did
            double asked = scored.retrieval.top().questionSimilarity();
            boolean same = scored.probability - next.probability > STAYS || (!joined && scored.signals.margin() >= CLEAR_WIN)
                    || (!joined && (asked >= ASKED_AGAIN || asked - askedFor(previousQuestion, previous) >= ASKED_MORE_DIRECTLY));
            return next.probability >= confidence.threshold() && !same ? next : scored;
        }

        /**
         * How closely the previous question asked for the card that answered it (its similarity to the card's
         * question and phrasings), worked out once per message and only when that card comes back.
         */
        private double askedFor(String question, Card card) {
            if (askedBefore == null) {
                askedBefore = scored(retriever, question, false).retrieval.hits().stream()
                        .filter(hit -> hit.card().id().equals(card.id()))
                        .mapToDouble(Hit::questionSimilarity).findFirst().orElse(0.0);
            }
            return askedBefore;
        }

        /**
         * "why?" asks for a reason: among the cards the reading finds, one that explains why ("Why do technical
         * interviews include a live exercise?") is preferred when it answers confidently.
         */
        private Scored reason(Scored scored) {
            List<Hit> hits = scored.retrieval.hits();
            for (int i = 0; i < Math.min(3, hits.size()); i++) {
                if (WHY_CARD.matcher(hits.get(i).card().question()).find()) {
                    Retrieval from = scored.retrieval;
                    for (Hit above : hits.subList(0, i)) {
                        from = from.without(above.card().id());
                    }
                    Scored explaining = i == 0 ? scored : scored(retriever, from);
                    if (explaining.probability >= confidence.threshold()) {
                        return explaining;
                    }
                }
            }
            return scored;
        }

        /**
         * Whether a card holds what the message itself says, whatever the earlier turn added: most of the
         * message's telling words ("walrus operator") must be words members use for that card. A message of
         * pure pointers ("and the second one?") says nothing to check.
         */
        private boolean coversOwnWords(String question, Card card) {
            double total = 0;
            double covered = 0;
            for (String word : FollowUps.ownWords(question)) {
                List<String> stems = retriever.keywordIndex().stems(word);
                double telling = ContentWords.isNumber(word) ? 1.0
                        : signals.english().specificity(word) * retriever.rarityInVocabularies(stems);
                total += telling;
                covered += stems.stream().anyMatch(stem -> retriever.explains(card, stem)) ? telling : 0;
            }
            return total == 0 || covered / total >= OWN_WORDS_COVERED;
        }

        private static boolean isCard(Scored scored, Card card) {
            return !scored.retrieval.isEmpty() && scored.retrieval.top().card().id().equals(card.id());
        }

        /** "what about freelancing, is that a good path?" says enough to be answered on its own. */
        private boolean standsAlone(String question, Scored alone) {
            return alone.probability >= confidence.threshold() && FollowUps.ownWords(question).size() >= OWN_WORDS
                    && FollowUps.asksOfItsOwn(question) && !FollowUps.picksAmong(question);
        }

        /**
         * Whether the message itself is about what the knowledge base covers: every content word is one the
         * knowledge base or its members use, or, read alone, it is closer to a card than to any off-topic
         * question ("what about the weather tomorrow?" is not).
         */
        private boolean aboutTheDomain(String question, Scored alone) {
            return ownWordsKnown(question) || !alone.retrieval.isEmpty()
                    && alone.retrieval.top().questionSimilarity() > alone.retrieval.offTopic();
        }

        private boolean ownWordsKnown(String question) {
            // chat filler ("why would i need one tho") says nothing about the domain either way
            AnalysedQuestion analysed = retriever.analyse(String.join(" ", ContentWords.of(FollowUps.withoutPointers(question))));
            return analysed.words().stream().filter(word -> word.length() > 2 && !ContentWords.isNumber(word))
                    .allMatch(word -> retriever.keywordIndex().stems(word).stream().allMatch(retriever::knows));
        }
    }
}
