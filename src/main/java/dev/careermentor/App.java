package dev.careermentor;

import dev.careermentor.answer.ConfidenceModel;
import dev.careermentor.answer.LlmAnswerer;
import dev.careermentor.answer.Mentor;
import dev.careermentor.answer.PromptTemplates;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Features;
import dev.careermentor.discord.Throttle;
import dev.careermentor.discord.ask.AskService;
import dev.careermentor.discord.ask.UndeliveredAnswers;
import dev.careermentor.knowledge.Embedder;
import dev.careermentor.knowledge.EmbeddingModelChoice;
import dev.careermentor.knowledge.EnglishWords;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.knowledge.KnowledgeRoot;
import dev.careermentor.knowledge.VectorCache;
import dev.careermentor.practice.ChallengeLibrary;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.questions.ConversationRepository;
import dev.careermentor.questions.FeedbackRepository;
import dev.careermentor.store.Database;
import dev.careermentor.studygroup.ChallengeChannel;
import dev.careermentor.studygroup.DispatchRoutine;
import dev.careermentor.studygroup.StudyGroupModule;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.store.ShardScope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the objects of the application are built and connected. No DI framework:
 * reading this class tells what depends on what.
 */
public final class App {

    private static final Logger log = LoggerFactory.getLogger(App.class);

    private final Config config;
    private final KnowledgeIndex knowledge;
    private final Mentor mentor;
    private final Clock clock = Clock.systemUTC();
    private final ChallengeLibrary challenges;
    private Database database;
    private StudyGroupModule studyGroups;

    /** Built by {@link #start}; tests build it on their shared knowledge base. */
    App(Config config, KnowledgeIndex knowledge, Mentor mentor) {
        this.config = config;
        this.knowledge = knowledge;
        this.mentor = mentor;
        this.challenges = new ChallengeLibrary(knowledge);
    }

    /**
     * Starts the engine for a process that stays up (the bot, the console, the benchmark of them): the memory
     * policy before anything is loaded, the warm-up after.
     */
    public static App startLongRunning(Config config) {
        MemoryPolicy.applyBeforeStartUp();
        return start(config).warmedUp();
    }

    /** Loads the knowledge base (from the vector cache when warm) and builds the mentor. */
    public static App start(Config config) {
        Embedder embedder = Embedder.loadInBackground(EmbeddingModelChoice.byId(config.knowledge().embeddingModel()));
        EnglishWords english = EnglishWords.load();
        KnowledgeRoot knowledgeRoot = KnowledgeRoot.resolve(config.knowledge().dir().orElse(null), "knowledge");
        KnowledgeIndex knowledge = new KnowledgeIndex(knowledgeRoot, embedder, new VectorCache(config.vectorCacheDir()),
                english);
        knowledge.reload();
        ConfidenceModel confidence = ConfidenceModel.load();
        if (config.knowledge().minConfidence().isPresent()) {
            confidence = confidence.withThreshold(config.knowledge().minConfidence().get());
        }
        Mentor mentor = new Mentor(knowledge, confidence, english, llm(config));
        return new App(config, knowledge, mentor);
    }

    private static Optional<LlmAnswerer> llm(Config config) {
        Config.Llm llm = config.llm();
        if (llm.baseUrl().isEmpty()) {
            return Optional.empty();
        }
        PromptTemplates prompts = PromptTemplates.load(
                KnowledgeRoot.resolve(config.knowledge().promptsDir().orElse(null), "prompts"));
        log.info("LLM answers enabled: {}", llm);
        return Optional.of(LlmAnswerer.openAiCompatible(llm.baseUrl().get(), llm.model(), llm.apiKey().orElse(null),
                llm.timeout(), prompts));
    }

    /** Questions answered at start-up by the long-running adapters, so that their first real answers are fast. */
    static final int WARM_UP_QUESTIONS = 60;

    /** Warms the answer engine up (about half a second); one-shot commands such as {@code ask} skip it. */
    private App warmedUp() {
        long start = System.nanoTime();
        mentor.warmUp(WARM_UP_QUESTIONS);
        MemoryPolicy.settleAfterStartUp();
        log.info("Answer engine warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        return this;
    }

    public Config config() {
        return config;
    }

    public KnowledgeIndex knowledge() {
        return knowledge;
    }

    public Mentor mentor() {
        return mentor;
    }

    public Clock clock() {
        return clock;
    }

    /** The database, opened (and migrated) on first use: one-shot commands like {@code ask} never need it. */
    public synchronized Database database() {
        if (database == null) {
            Config.Storage storage = config.storage();
            database = Database.open(storage.databaseUrl().orElse(null), storage.user().orElse(null),
                    storage.password().orElse(null), storage.dataDir().resolve("career-mentor.db"));
        }
        return database;
    }

    /** Closes the database, if it was opened. Long-running parts are stopped by their lifecycle before this. */
    public synchronized void close() {
        if (database != null) {
            database.close();
        }
        log.info("Stopped");
    }

    /**
     * The study groups, delivering through the given channel (Discord, or the console's). They are
     * built once, for one channel: asking again with the same channel returns them, asking with
     * another channel is an error (messages would silently go to the first one).
     */
    public synchronized StudyGroupModule studyGroups(ChallengeChannel channel) {
        return studyGroups(channel, ShardScope.all());
    }

    /**
     * The study groups of the guilds in {@code scope} (all of them, or those of this process's
     * Discord shards), delivering through the given channel; see {@link #studyGroups(ChallengeChannel)}.
     */
    public synchronized StudyGroupModule studyGroups(ChallengeChannel channel, ShardScope scope) {
        if (studyGroups == null) {
            studyGroups = StudyGroupModule.create(database(), challenges::current,
                    () -> knowledge.knowledgeBase().topics(), channel, clock,
                    DispatchRoutine.Settings.defaults(instanceName()).servingOnly(scope,
                            config.operations().scheduleRecheck()));
        } else if (studyGroups.channel() != channel) {
            throw new IllegalStateException("the study groups already deliver through " + studyGroups.channel()
                    + "; they cannot also deliver through " + channel);
        }
        return studyGroups;
    }

    public ChallengeLibrary challenges() {
        return challenges;
    }

    /** The Discord features, wired to the core. */
    public List<Feature> discordFeatures(StudyGroups studyGroupService) {
        return discordFeatures(studyGroupService, AskService.Meter.NONE, () -> "all shards");
    }

    /**
     * @param meter counts answers for the operators' metrics
     * @param shards which Discord shards this process holds, for {@code /mentor stats}
     */
    public List<Feature> discordFeatures(StudyGroups studyGroupService, AskService.Meter meter, Supplier<String> shards) {
        AnswerLog answers = new AnswerLog(database(), clock);
        AskService ask = new AskService(mentor, answers, new Throttle(config.throttle()), clock, new UndeliveredAnswers(),
                meter);
        return Features.createFeatures(new Features.Services(ask, knowledge, challenges, answers,
                new FeedbackRepository(database(), clock), new ConversationRepository(database(), clock), studyGroupService,
                clock, shards));
    }

    /** Names this process in the scheduler table and on post claims: host and process id. */
    private static String instanceName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "host";
        }
        String name = host + ":" + ProcessHandle.current().pid();
        return name.length() > 50 ? name.substring(name.length() - 50) : name;
    }
}
