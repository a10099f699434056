package dev.careermentor.studygroup;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.PracticeService;
import dev.careermentor.store.Database;
import dev.careermentor.store.Ids;
import dev.careermentor.store.PostRepository;
import dev.careermentor.store.ReminderRepository;
import dev.careermentor.store.ScheduleRepository;
import dev.careermentor.store.StudyGroupRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persistent, cluster-safe scheduling of study groups. Each group's next post and channel reminder,
 * and each member's next reminder, are rows in the database, in the group's (or member's) time
 * zone. One db-scheduler task, the dispatcher, runs them: db-scheduler guarantees a single running
 * dispatcher across bot processes, revives it if its process dies, and runs it at start-up when it
 * is overdue. The dispatcher reschedules itself for the moment the next thing is due.
 *
 * <p>A dispatch takes everything due in batches: it moves each row on to its next occurrence with a
 * compare-and-set and, in the same transaction, claims the posts under their unique (group, local
 * date) key. Claimed posts are handed to the sender pool. Thousands of groups due in the same
 * minute cost a few batched statements, not a scheduler execution each. After an outage, only
 * today's post of a group can still go out (late, with a note); older days are skipped.
 */
public final class StudyGroupScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StudyGroupScheduler.class);

    static final String DISPATCH_TASK = "study-group-dispatch";
    static final String DISPATCH_INSTANCE = "all";
    static final TaskInstanceId DISPATCHER = TaskInstanceId.of(DISPATCH_TASK, DISPATCH_INSTANCE);
    static final int BATCH = 2_000;

    private final Database database;
    private final StudyGroupRepository groups;
    private final ScheduleRepository schedules;
    private final ReminderRepository reminderSettings;
    private final PostRepository posts;
    private final PracticeService practice;
    private final ChallengePoster poster;
    private final Reminders reminders;
    private final Clock clock;
    private final CustomTask<Void> task;
    private final Scheduler scheduler;
    private final ExecutorService senders;
    private final Duration maxIdle;

    /**
     * @param senderThreads threads delivering to Discord; 0 delivers inside the dispatch (tests)
     * @param pollingInterval how often db-scheduler looks for the dispatcher being due (its precision)
     * @param maxIdle even with nothing due, the dispatcher looks this often (it notices rows edited by hand)
     */
    public record Settings(String instanceName, int senderThreads, Duration pollingInterval, Duration heartbeatInterval,
            Duration maxIdle) {
        public static Settings defaults(String instanceName) {
            return new Settings(instanceName, 4, Duration.ofMillis(250), Duration.ofSeconds(10), Duration.ofMinutes(1));
        }
    }

    public StudyGroupScheduler(Database database, StudyGroupRepository groups, ReminderRepository reminderSettings,
            PostRepository posts, PracticeService practice, ChallengePoster poster, Reminders reminders, Clock clock,
            Settings settings) {
        this.database = database;
        this.groups = groups;
        this.schedules = new ScheduleRepository(database);
        this.reminderSettings = reminderSettings;
        this.posts = posts;
        this.practice = practice;
        this.poster = poster;
        this.reminders = reminders;
        this.clock = clock;
        this.maxIdle = settings.maxIdle();
        this.senders = settings.senderThreads() > 0
                ? Executors.newFixedThreadPool(settings.senderThreads(), runnable -> {
                    Thread thread = new Thread(runnable, "challenge-sender");
                    thread.setDaemon(true);
                    return thread;
                })
                : null;
        this.task = Tasks.custom(DISPATCH_TASK, Void.class)
                .scheduleOnStartup(DISPATCH_INSTANCE, null, now -> now)
                .execute((instance, context) -> {
                    Instant next = dispatch();
                    return (complete, operations) -> operations.reschedule(complete, next);
                });
        this.scheduler = Scheduler.create(database.dataSource())
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

    /** Starts polling; an overdue dispatcher (the bot was down) runs at once. */
    public void start() {
        scheduler.start();
    }

    @Override
    public void close() {
        scheduler.stop();
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

    public SchedulerClient client() {
        return scheduler;
    }

    // --- what the commands change ---

    /** (Re)plans a group's post and channel reminder from now on. */
    public void schedule(StudyGroup group) {
        Instant now = clock.instant();
        LocalSchedule schedule = group.schedule();
        LocalDate post = schedule.nextPostDate(now);
        LocalDate reminder = schedule.nextReminderDate(now);
        schedules.setGroup(ScheduleRepository.Kind.POST, group.id(), schedule.postInstant(post), post);
        schedules.setGroup(ScheduleRepository.Kind.CHANNEL_REMINDER, group.id(), schedule.reminderInstant(reminder), reminder);
        wake(schedule.postInstant(post));
    }

    public void unschedule(StudyGroup group) {
        schedules.setGroup(ScheduleRepository.Kind.POST, group.id(), null, null);
        schedules.setGroup(ScheduleRepository.Kind.CHANNEL_REMINDER, group.id(), null, null);
    }

    public void scheduleMember(ReminderRepository.Reminder reminder) {
        LocalSchedule schedule = memberSchedule(reminder);
        LocalDate date = schedule.nextPostDate(clock.instant());
        schedules.setMember(reminder.groupId(), reminder.userId(), schedule.postInstant(date), date);
        wake(schedule.postInstant(date));
    }

    public void unscheduleMember(long groupId, long userId) {
        schedules.setMember(groupId, userId, null, null);
    }

    /** When the group's next post is due, if it is scheduled. */
    public Optional<Instant> nextPost(StudyGroup group) {
        return groups.nextPostAt(group.id());
    }

    /** Makes the dispatcher run by {@code when} (it may be sleeping until later). */
    public void wake(Instant when) {
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

    // --- the dispatcher ---

    /** Does everything that is due and returns when to run next. */
    Instant dispatch() {
        Instant now = clock.instant();
        int posted = dispatchPosts(now);
        int retried = retryUnfinished(now);
        int reminded = dispatchChannelReminders(now) + dispatchMemberReminders(now);
        if (posted + retried + reminded > 0) {
            log.info("Dispatched {} posts, {} retries, {} reminders", posted, retried, reminded);
        }
        Instant idle = clock.instant().plus(maxIdle);
        return schedules.earliest(ChallengePoster.CLAIM_LEASE.toMillis())
                .map(due -> due.isBefore(idle) ? due : idle)
                .map(due -> due.isAfter(now) ? due : now.plusMillis(100))
                .orElse(idle);
    }

    private int dispatchPosts(Instant now) {
        int total = 0;
        List<ScheduleRepository.Due> due;
        while (!(due = schedules.due(ScheduleRepository.Kind.POST, now, BATCH)).isEmpty()) {
            Map<Long, StudyGroup> byId = groups.findAll(due.stream().map(ScheduleRepository.Due::groupId).toList())
                    .stream().collect(Collectors.toMap(StudyGroup::id, Function.identity()));
            Map<Long, Map<String, Integer>> usage = posts.usage(byId.keySet());
            Map<Long, String> previous = posts.latestChallenges(byId.keySet());
            List<ScheduleRepository.Advance> advances = new ArrayList<>();
            List<PostRepository.NewClaim> claims = new ArrayList<>();
            for (ScheduleRepository.Due item : due) {
                StudyGroup group = byId.get(item.groupId());
                LocalSchedule schedule = group.schedule();
                LocalDate target = target(schedule, item.date(), now);
                LocalDate next = schedule.nextPostDate(later(now, schedule.postInstant(target != null ? target : item.date())));
                advances.add(new ScheduleRepository.Advance(group.id(), 0, item.dueAt(), schedule.postInstant(next), next));
                Challenge challenge = target == null ? null
                        : practice.nextFor(group.id(), usage.getOrDefault(group.id(), Map.of()));
                claims.add(challenge == null ? null : new PostRepository.NewClaim(Ids.next(), group.id(), target,
                        challenge.id(), poster.isLate(group, target, now)));
            }
            List<PostRepository.NewClaim> fresh = database.jdbi().inTransaction(h -> {
                boolean[] won = schedules.advance(h, ScheduleRepository.Kind.POST, advances);
                List<PostRepository.NewClaim> ours = new ArrayList<>();
                for (int i = 0; i < won.length; i++) {
                    if (won[i] && claims.get(i) != null) {
                        ours.add(claims.get(i));
                    }
                }
                boolean[] inserted = posts.claimAll(h, ours, poster.instanceName(), now.toEpochMilli());
                List<PostRepository.NewClaim> claimed = new ArrayList<>();
                for (int i = 0; i < inserted.length; i++) {
                    if (inserted[i]) {
                        claimed.add(ours.get(i));
                    }
                }
                return claimed;
            });
            for (PostRepository.NewClaim claim : fresh) {
                StudyGroup group = byId.get(claim.groupId());
                PostRepository.Post post = claim.asPost(poster.instanceName(), now.toEpochMilli());
                Optional<Challenge> before = Optional.ofNullable(previous.get(group.id())).flatMap(id -> practice.bank().find(id));
                send(() -> poster.deliver(group, post, before));
            }
            total += fresh.size();
            if (due.size() < BATCH) {
                break;
            }
        }
        return total;
    }

    /**
     * Which local date a due post is for. Normally its own; after an outage, today's if today's post
     * time has passed (it goes out late), or none if today's is still ahead (older days are skipped).
     */
    static LocalDate target(LocalSchedule schedule, LocalDate slot, Instant now) {
        LocalDate today = schedule.dateAt(now);
        if (!slot.isBefore(today)) {
            return slot;
        }
        return schedule.postInstant(today).isAfter(now) ? null : today;
    }

    private int retryUnfinished(Instant now) {
        List<PostRepository.Post> unfinished = posts.unfinished(now, ChallengePoster.CLAIM_LEASE.toMillis(), BATCH);
        for (PostRepository.Post post : unfinished) {
            groups.find(post.groupId()).ifPresent(group -> send(() -> poster.resume(group, post)));
        }
        return unfinished.size();
    }

    private int dispatchChannelReminders(Instant now) {
        List<ScheduleRepository.Due> due = schedules.due(ScheduleRepository.Kind.CHANNEL_REMINDER, now, BATCH);
        Map<Long, StudyGroup> byId = groups.findAll(due.stream().map(ScheduleRepository.Due::groupId).toList()).stream()
                .collect(Collectors.toMap(StudyGroup::id, Function.identity()));
        List<ScheduleRepository.Advance> advances = new ArrayList<>();
        for (ScheduleRepository.Due item : due) {
            LocalSchedule schedule = byId.get(item.groupId()).schedule();
            LocalDate next = schedule.nextReminderDate(later(now, schedule.reminderInstant(item.date())));
            advances.add(new ScheduleRepository.Advance(item.groupId(), 0, item.dueAt(), schedule.reminderInstant(next), next));
        }
        boolean[] won = database.jdbi().inTransaction(h -> schedules.advance(h, ScheduleRepository.Kind.CHANNEL_REMINDER, advances));
        int sent = 0;
        for (int i = 0; i < won.length; i++) {
            if (won[i]) {
                StudyGroup group = byId.get(due.get(i).groupId());
                LocalDate date = due.get(i).date();
                send(() -> {
                    try {
                        reminders.remindChannel(group, date);
                    } catch (ChallengeChannel.SendFailure e) {
                        log.warn("Channel reminder of group {} failed: {}", group.id(), e.getMessage());
                    }
                });
                sent++;
            }
        }
        return sent;
    }

    private int dispatchMemberReminders(Instant now) {
        List<ScheduleRepository.Due> due = schedules.due(ScheduleRepository.Kind.MEMBER_REMINDER, now, BATCH);
        List<ScheduleRepository.Advance> advances = new ArrayList<>();
        Map<Integer, ReminderRepository.Reminder> settings = new HashMap<>();
        for (int i = 0; i < due.size(); i++) {
            ScheduleRepository.Due item = due.get(i);
            ReminderRepository.Reminder reminder = reminderSettings.find(item.groupId(), item.userId()).orElseThrow();
            settings.put(i, reminder);
            LocalSchedule schedule = memberSchedule(reminder);
            LocalDate next = schedule.nextPostDate(later(now, schedule.postInstant(item.date())));
            advances.add(new ScheduleRepository.Advance(item.groupId(), item.userId(), item.dueAt(), schedule.postInstant(next),
                    next));
        }
        boolean[] won = database.jdbi().inTransaction(h -> schedules.advance(h, ScheduleRepository.Kind.MEMBER_REMINDER, advances));
        int sent = 0;
        for (int i = 0; i < won.length; i++) {
            ReminderRepository.Reminder reminder = settings.get(i);
            LocalDate date = due.get(i).date();
            Optional<StudyGroup> group = groups.find(reminder.groupId());
            if (won[i] && group.isPresent() && memberSchedule(reminder).dateAt(now).equals(date)) {
                send(() -> {
                    try {
                        reminders.remindMember(group.get(), reminder, date);
                    } catch (ChallengeChannel.SendFailure e) {
                        log.info("Could not DM member {}: {}", reminder.userId(), e.getMessage()); // DMs closed
                    }
                });
                sent++;
            }
        }
        return sent;
    }

    private void send(Runnable delivery) {
        Runnable guarded = () -> {
            try {
                delivery.run();
            } catch (RuntimeException e) {
                log.error("Delivery failed; the claim is retried when its lease runs out", e);
            }
        };
        if (senders == null) {
            guarded.run();
        } else {
            senders.execute(guarded);
        }
    }

    private static LocalSchedule memberSchedule(ReminderRepository.Reminder reminder) {
        return new LocalSchedule(reminder.time(), reminder.zone(), 0);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
