package dev.careermentor.studygroup;

import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.store.Database;
import dev.careermentor.studygroup.store.StudyGroupStore;
import java.time.Clock;
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

    private StudyGroupModule(Database database, Supplier<ChallengeBank> bank, ChallengeChannel channel, Clock clock,
            DispatchRoutine.Settings settings) {
        this.channel = channel;
        this.store = StudyGroupStore.on(database, clock, settings.scope());
        this.practice = new PracticeService(bank, store.posts(), clock);
        this.poster = new ChallengePoster(store.groups(), store.posts(), practice, channel, clock, settings.instanceName());
        Reminders reminders = new Reminders(store.posts(), store.reminders(), channel, clock);
        ExecutorService senders = settings.senderThreads() > 0 ? Executors.newFixedThreadPool(settings.senderThreads(),
                runnable -> {
                    Thread thread = new Thread(runnable, "challenge-sender");
                    thread.setDaemon(true);
                    return thread;
                }) : null;
        this.dispatcher = new Dispatcher(store, practice, poster, reminders, clock, senders == null ? Runnable::run : senders,
                settings.maxIdle());
        this.routine = new DispatchRoutine(database, dispatcher, senders, settings, clock);
        this.service = new StudyGroups(store, practice, new Planner(store, routine, clock), channel, clock);
    }

    /** @param channel where every message of the study groups goes (Discord, the console's log, a test's recorder) */
    public static StudyGroupModule create(Database database, Supplier<ChallengeBank> bank, ChallengeChannel channel,
            Clock clock, DispatchRoutine.Settings settings) {
        return new StudyGroupModule(database, bank, channel, clock, settings);
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
}
