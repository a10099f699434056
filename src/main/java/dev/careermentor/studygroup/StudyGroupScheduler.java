package dev.careermentor.studygroup;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.careermentor.store.ReminderRepository;
import dev.careermentor.store.StudyGroupRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persistent, cluster-safe schedules on db-scheduler: one task instance per group for its daily
 * post, one for its channel reminder, one per member reminder. Each instance carries the local date
 * it is for; after running it reschedules itself for the next local date in the group's (or
 * member's) time zone. Several bot processes can share the database: db-scheduler hands each
 * execution to one of them, and the post's unique key covers the rest. Overdue executions (the bot
 * was down) run at start-up, where the poster decides between a late post and a skip.
 */
public final class StudyGroupScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StudyGroupScheduler.class);

    static final String POST_TASK = "challenge-post";
    static final String CHANNEL_REMINDER_TASK = "channel-reminder";
    static final String MEMBER_REMINDER_TASK = "member-reminder";

    private final StudyGroupRepository groups;
    private final ReminderRepository reminderSettings;
    private final ChallengePoster poster;
    private final Reminders reminders;
    private final Clock clock;
    private final List<CustomTask<String>> tasks;
    private final Scheduler scheduler;

    /** Tuning: how often to look for due work, and how fast a crashed process's work is taken over. */
    public record Settings(String instanceName, int threads, Duration pollingInterval, Duration heartbeatInterval) {
        public static Settings defaults(String instanceName) {
            return new Settings(instanceName, 8, Duration.ofSeconds(5), Duration.ofSeconds(10));
        }
    }

    public StudyGroupScheduler(DataSource dataSource, StudyGroupRepository groups, ReminderRepository reminderSettings,
            ChallengePoster poster, Reminders reminders, Clock clock, Settings settings) {
        this.groups = groups;
        this.reminderSettings = reminderSettings;
        this.poster = poster;
        this.reminders = reminders;
        this.clock = clock;
        FailureHandler<String> backoff = new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(15), 2.0);
        this.tasks = List.of(
                Tasks.custom(POST_TASK, String.class).onFailure(backoff).execute(this::runPost),
                Tasks.custom(CHANNEL_REMINDER_TASK, String.class).onFailure(backoff).execute(this::runChannelReminder),
                Tasks.custom(MEMBER_REMINDER_TASK, String.class).onFailure(backoff).execute(this::runMemberReminder));
        this.scheduler = Scheduler.create(dataSource, List.copyOf(tasks))
                .schedulerName(new SchedulerName.Fixed(settings.instanceName()))
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(4)
                .clock(clock::instant)
                .enableImmediateExecution()
                .build();
    }

    /** Starts polling; overdue executions (missed while the bot was down) are handled first. */
    public void start() {
        scheduler.start();
    }

    @Override
    public void close() {
        scheduler.stop();
    }

    /** db-scheduler's tasks, for tests that drive them with a manual scheduler. */
    public List<CustomTask<String>> tasks() {
        return tasks;
    }

    public SchedulerClient client() {
        return scheduler;
    }

    /** (Re)schedules a group's post and channel reminder from now on; replaces earlier schedules. */
    public void schedule(StudyGroup group) {
        schedule(scheduler, group, clock.instant());
    }

    static void schedule(SchedulerClient client, StudyGroup group, Instant now) {
        LocalSchedule schedule = group.schedule();
        LocalDate post = schedule.nextPostDate(now);
        LocalDate reminder = schedule.nextReminderDate(now);
        client.schedule(new TaskInstance<>(POST_TASK, id(group), post.toString()), schedule.postInstant(post),
                SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        client.schedule(new TaskInstance<>(CHANNEL_REMINDER_TASK, id(group), reminder.toString()),
                schedule.reminderInstant(reminder), SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
    }

    public void unschedule(StudyGroup group) {
        cancel(POST_TASK, id(group));
        cancel(CHANNEL_REMINDER_TASK, id(group));
    }

    public void scheduleMember(ReminderRepository.Reminder reminder) {
        LocalSchedule schedule = memberSchedule(reminder);
        LocalDate date = schedule.nextPostDate(clock.instant());
        scheduler.schedule(new TaskInstance<>(MEMBER_REMINDER_TASK, memberId(reminder), date.toString()),
                schedule.postInstant(date), SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
    }

    public void unscheduleMember(long groupId, long userId) {
        cancel(MEMBER_REMINDER_TASK, groupId + ":" + userId);
    }

    /** When the group's next post is due, if scheduled. */
    public Optional<Instant> nextPost(StudyGroup group) {
        return scheduler.getScheduledExecution(TaskInstanceId.of(POST_TASK, id(group)))
                .map(execution -> execution.getExecutionTime());
    }

    private void cancel(String task, String instance) {
        if (scheduler.getScheduledExecution(TaskInstanceId.of(task, instance)).isPresent()) {
            try {
                scheduler.cancel(TaskInstanceId.of(task, instance));
            } catch (RuntimeException e) {
                log.debug("{}/{} was already gone: {}", task, instance, e.toString());
            }
        }
    }

    private CompletionHandler<String> runPost(TaskInstance<String> instance, ExecutionContext context) {
        Optional<StudyGroup> group = groups.find(Long.parseLong(instance.getId())).filter(StudyGroup::isActive);
        if (group.isEmpty()) {
            return (complete, operations) -> operations.remove();
        }
        LocalSchedule schedule = group.get().schedule();
        Instant now = clock.instant();
        LocalDate slot = LocalDate.parse(instance.getData());
        LocalDate today = schedule.dateAt(now);
        // After an outage only today's post can still go out (late); older missed days are skipped.
        LocalDate target = slot.isBefore(today) && schedule.postInstant(today).isAfter(now) ? null
                : slot.isBefore(today) ? today : slot;
        if (slot.isBefore(today)) {
            log.info("Group {} missed its post of {} while the bot was down; {}", group.get().id(), slot,
                    target == null ? "waiting for today's" : "posting today's late");
        }
        if (target != null && poster.post(group.get(), target) == ChallengePoster.Outcome.PAUSED) {
            return (complete, operations) -> operations.remove();
        }
        LocalDate next = schedule.nextPostDate(later(clock.instant(), schedule.postInstant(target == null ? slot : target)));
        return (complete, operations) -> operations.reschedule(complete, schedule.postInstant(next), next.toString());
    }

    private CompletionHandler<String> runChannelReminder(TaskInstance<String> instance, ExecutionContext context) {
        Optional<StudyGroup> group = groups.find(Long.parseLong(instance.getId())).filter(StudyGroup::isActive);
        if (group.isEmpty()) {
            return (complete, operations) -> operations.remove();
        }
        LocalDate date = LocalDate.parse(instance.getData());
        try {
            reminders.remindChannel(group.get(), date);
        } catch (ChallengeChannel.SendFailure e) {
            if (!e.permanent()) {
                throw new ChallengePoster.RetryLater("channel reminder failed: " + e.getMessage(), e);
            }
            log.warn("Channel reminder of group {} failed for good: {}", group.get().id(), e.getMessage());
        }
        LocalSchedule schedule = group.get().schedule();
        LocalDate next = schedule.nextReminderDate(later(clock.instant(), schedule.reminderInstant(date)));
        return (complete, operations) -> operations.reschedule(complete, schedule.reminderInstant(next), next.toString());
    }

    private CompletionHandler<String> runMemberReminder(TaskInstance<String> instance, ExecutionContext context) {
        String[] ids = instance.getId().split(":");
        long groupId = Long.parseLong(ids[0]);
        Optional<ReminderRepository.Reminder> reminder = reminderSettings.find(groupId, Long.parseLong(ids[1]))
                .filter(ReminderRepository.Reminder::enabled);
        Optional<StudyGroup> group = groups.find(groupId).filter(StudyGroup::isActive);
        if (reminder.isEmpty() || group.isEmpty()) {
            return (complete, operations) -> operations.remove();
        }
        LocalSchedule schedule = memberSchedule(reminder.get());
        LocalDate date = LocalDate.parse(instance.getData());
        if (schedule.dateAt(clock.instant()).equals(date)) {
            try {
                reminders.remindMember(group.get(), reminder.get(), date);
            } catch (ChallengeChannel.SendFailure e) {
                log.info("Could not DM member {}: {}", reminder.get().userId(), e.getMessage()); // DMs closed: nothing to retry
            }
        }
        LocalDate next = schedule.nextPostDate(later(clock.instant(), schedule.postInstant(date)));
        return (complete, operations) -> operations.reschedule(complete, schedule.postInstant(next), next.toString());
    }

    private static LocalSchedule memberSchedule(ReminderRepository.Reminder reminder) {
        return new LocalSchedule(reminder.time(), reminder.zone(), 0);
    }

    private static String id(StudyGroup group) {
        return Long.toString(group.id());
    }

    private static String memberId(ReminderRepository.Reminder reminder) {
        return reminder.groupId() + ":" + reminder.userId();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
