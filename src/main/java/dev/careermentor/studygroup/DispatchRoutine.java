package dev.careermentor.studygroup;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.careermentor.lifecycle.Routine;
import dev.careermentor.store.Database;
import dev.careermentor.studygroup.store.ShardScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link Dispatcher} as one db-scheduler task: db-scheduler guarantees a single running
 * dispatcher across bot processes, revives it if its process dies, and runs it at start-up when it
 * is overdue. After each run the task reschedules itself for the moment the next thing is due;
 * the {@link Planner} wakes it earlier when a command plans something sooner.
 *
 * <p>When the Discord shards are split over processes, a process can deliver only to the guilds of
 * its own shards, so a dispatcher that db-scheduler could hand to any process would not do: each
 * process then runs its own dispatcher over its own guilds ({@link ShardDispatchLoop}). Exactly
 * once still comes from the database (compare-and-set on the schedule, unique post rows), not from
 * which process runs.
 */
public final class DispatchRoutine implements Routine, Planner.Wakeup {

    private static final Logger log = LoggerFactory.getLogger(DispatchRoutine.class);

    static final String DISPATCH_TASK = "study-group-dispatch";
    static final String DISPATCH_INSTANCE = "all";
    static final TaskInstanceId DISPATCHER = TaskInstanceId.of(DISPATCH_TASK, DISPATCH_INSTANCE);

    /**
     * @param senderThreads threads delivering to Discord; 0 delivers inside the dispatch (tests)
     * @param pollingInterval how often db-scheduler looks for the dispatcher being due (its precision)
     * @param maxIdle even with nothing due, the dispatcher looks this often (it notices rows edited by hand)
     */
    public record Settings(String instanceName, int senderThreads, Duration pollingInterval, Duration heartbeatInterval,
            Duration maxIdle, ShardScope scope) {
        /** Every guild, as a single process. */
        public Settings(String instanceName, int senderThreads, Duration pollingInterval, Duration heartbeatInterval,
                Duration maxIdle) {
            this(instanceName, senderThreads, pollingInterval, heartbeatInterval, maxIdle, ShardScope.all());
        }

        public static Settings defaults(String instanceName) {
            return new Settings(instanceName, 4, Duration.ofMillis(250), Duration.ofSeconds(10), Duration.ofMinutes(1));
        }

        /** The same, for the guilds of {@code scope} only, and looking at least every {@code maxIdle}. */
        public Settings servingOnly(ShardScope scope, Duration maxIdle) {
            return new Settings(instanceName, senderThreads, pollingInterval, heartbeatInterval, maxIdle, scope);
        }
    }

    private final CustomTask<Void> task;
    private final Scheduler scheduler;
    private final ShardDispatchLoop loop;
    private final ExecutorService senders;

    /** @param senders the dispatcher's sender pool, shut down when the routine stops; null if it delivers inline */
    public DispatchRoutine(Database database, Dispatcher dispatcher, ExecutorService senders, Settings settings, Clock clock) {
        this.senders = senders;
        this.task = Tasks.custom(DISPATCH_TASK, Void.class)
                .scheduleOnStartup(DISPATCH_INSTANCE, null, now -> now)
                .execute((instance, context) -> {
                    Instant next = dispatcher.dispatch();
                    return (complete, operations) -> operations.reschedule(complete, next);
                });
        this.loop = settings.scope().holdsAll() ? null : new ShardDispatchLoop(dispatcher, clock, settings.scope());
        this.scheduler = loop != null ? null : Scheduler.create(database.dataSource())
                .startTasks(List.of(task))
                .schedulerName(new SchedulerName.Fixed(settings.instanceName()))
                .threads(2)
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(4)
                .clock(clock::instant)
                .enableImmediateExecution()
                .build();
    }

    @Override
    public String name() {
        return "study-group dispatcher";
    }

    /** Starts polling; an overdue dispatcher (the bot was down) runs at once. */
    @Override
    public void start() {
        if (loop != null) {
            loop.start();
        } else {
            scheduler.start();
        }
    }

    /** No dispatch starts after this; deliveries already handed to the senders get a few seconds to finish. */
    @Override
    public void stop() {
        if (loop != null) {
            loop.stop();
        } else {
            scheduler.stop();
        }
        if (senders != null) {
            senders.shutdown();
            try {
                senders.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The dispatcher task, for tests that drive it with a manual scheduler. */
    public CustomTask<Void> task() {
        return task;
    }

    /** Makes the dispatcher run by {@code when} (it may be sleeping until later). */
    @Override
    public void wake(Instant when) {
        if (loop != null) {
            loop.wake(when);
            return;
        }
        try {
            Optional<Instant> planned = scheduler.getScheduledExecution(DISPATCHER).map(e -> e.getExecutionTime());
            if (planned.isEmpty()) {
                scheduler.scheduleIfNotExists(new TaskInstance<>(DISPATCH_TASK, DISPATCH_INSTANCE), when);
            } else if (when.isBefore(planned.get())) {
                scheduler.reschedule(DISPATCHER, when);
            }
        } catch (RuntimeException e) {
            // the dispatcher is running right now; it plans its next run from the database anyway
            log.debug("Could not move the dispatcher to {}: {}", when, e.toString());
        }
    }
}
