package dev.careermentor.studygroup;

import dev.careermentor.knowledge.Topic;
import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.practice.Fsrs;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.store.Database;
import dev.careermentor.studygroup.champions.MonthChampions;
import dev.careermentor.studygroup.learning.LearnerHistories;
import dev.careermentor.studygroup.learning.PracticeSessions;
import dev.careermentor.studygroup.learning.Reviews;
import dev.careermentor.studygroup.progress.Progress;
import dev.careermentor.studygroup.store.StudyGroupStore;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The study-group slice wired together on a database and one delivery channel: the service the
 * adapters call, and the dispatcher routine that must be started (and stopped) with the bot.
 * Reading this class tells what depends on what inside the slice.
 */
public final class StudyGroupModule {

    private final ChallengeChannel channel;
    private final StudyGroupStore store;
    private final PracticeService practice;
    private final ChallengePoster poster;
    private final Dispatcher dispatcher;
    private final DispatchRoutine routine;
    private final StudyGroups service;
    private final Reviews reviews;
    private final PracticeSessions sessions;
    private final Progress progress;
    private final MonthChampions champions;

    private StudyGroupModule(Database database, Supplier<ChallengeBank> bank, Supplier<List<Topic>> roadmap,
            ChallengeChannel channel, Clock clock, DispatchRoutine.Settings settings) {
        this.channel = channel;
        this.store = StudyGroupStore.on(database, clock, settings.scope());
        // the learning loop: every answer is scheduled for review; /practice and /progress read those reviews
        this.reviews = new Reviews(store.reviews(), store.attempts(), new Fsrs(), clock);
        this.sessions = new PracticeSessions(bank, roadmap, store.items(), store.reviews(), reviews,
                new LearnerHistories(store.reviews(), new AnswerLog(database, clock), clock), clock);
        this.progress = new Progress(roadmap, sessions::chooser, store.reviews(), store.attempts(), store.reminders(), clock);
        this.practice = new PracticeService(bank, store.posts(), store.groups()::streakFreeze, reviews, clock);
        // the daily posts and everything else the dispatcher does
        this.poster = new ChallengePoster(store.groups(), store.posts(), practice, channel, clock, settings.instanceName());
        Reminders reminders = new Reminders(store.posts(), store.reminders(), channel, reviews, clock);
        this.champions = new MonthChampions(store, channel, clock, settings.instanceName());
        ExecutorService senders = settings.senderThreads() > 0 ? Executors.newFixedThreadPool(settings.senderThreads(),
                runnable -> {
                    Thread thread = new Thread(runnable, "challenge-sender");
                    thread.setDaemon(true);
                    return thread;
                }) : null;
        this.dispatcher = new Dispatcher(store, practice, poster, reminders, champions, clock,
                senders == null ? Runnable::run : senders, settings.maxIdle());
        this.routine = new DispatchRoutine(database, dispatcher, senders, settings, clock);
        this.service = new StudyGroups(store, practice, new Planner(store, routine, clock), channel, clock, sessions,
                progress);
    }

    /**
     * @param channel where every message of the study groups goes (Discord, the console's log, a test's recorder)
     * @param roadmap the knowledge base's topics in roadmap order: what progress is measured against
     */
    public static StudyGroupModule create(Database database, Supplier<ChallengeBank> bank, Supplier<List<Topic>> roadmap,
            ChallengeChannel channel, Clock clock, DispatchRoutine.Settings settings) {
        return new StudyGroupModule(database, bank, roadmap, channel, clock, settings);
    }

    /** With the challenge bank's topics as the roadmap (tests and tools without a knowledge base). */
    public static StudyGroupModule create(Database database, Supplier<ChallengeBank> bank, ChallengeChannel channel,
            Clock clock, DispatchRoutine.Settings settings) {
        return create(database, bank, () -> bank.get().all().stream().map(Challenge::topic).distinct()
                .map(topic -> new Topic(topic, topic, "", "")).toList(), channel, clock, settings);
    }

    /** What the adapters call. */
    public StudyGroups service() {
        return service;
    }

    /** The long-running part: started after the channel can deliver, stopped before it goes away. */
    public DispatchRoutine routine() {
        return routine;
    }

    public ChallengeChannel channel() {
        return channel;
    }

    public StudyGroupStore store() {
        return store;
    }

    public PracticeService practice() {
        return practice;
    }

    public ChallengePoster poster() {
        return poster;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    public Reviews reviews() {
        return reviews;
    }

    public PracticeSessions sessions() {
        return sessions;
    }

    public Progress progress() {
        return progress;
    }

    public MonthChampions champions() {
        return champions;
    }
}
