package dev.careermentor.studygroup;

import dev.careermentor.studygroup.champions.MonthChampions;
import dev.careermentor.studygroup.model.LocalSchedule;
import dev.careermentor.studygroup.model.MemberReminder;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.ScheduleRepository;
import dev.careermentor.studygroup.store.StudyGroupRepository;
import dev.careermentor.studygroup.store.StudyGroupStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The planning side of the schedule, what commands change: when a group's next post and channel
 * reminder are due, and a member's next reminder, each in its own time zone. The {@link Dispatcher}
 * does what falls due; the planner only writes the rows and wakes it up when something is due
 * earlier than it planned to look.
 */
public final class Planner {

    /** Makes the dispatcher run by a moment (it may be sleeping until later). */
    @FunctionalInterface
    public interface Wakeup {
        void wake(Instant when);
    }

    private final ScheduleRepository schedules;
    private final StudyGroupRepository groups;
    private final Wakeup wakeup;
    private final Clock clock;

    public Planner(StudyGroupStore store, Wakeup wakeup, Clock clock) {
        this.schedules = store.schedules();
        this.groups = store.groups();
        this.wakeup = wakeup;
        this.clock = clock;
    }

    /** (Re)plans a group's post, channel reminder and month-champion announcement from now on. */
    public void schedule(StudyGroup group) {
        Instant now = clock.instant();
        LocalSchedule schedule = group.schedule();
        LocalDate post = schedule.nextPostDate(now);
        LocalDate reminder = schedule.nextReminderDate(now);
        schedules.setGroup(ScheduleRepository.Kind.POST, group.id(), schedule.postInstant(post), post);
        schedules.setGroup(ScheduleRepository.Kind.CHANNEL_REMINDER, group.id(), schedule.reminderInstant(reminder), reminder);
        LocalDate champions = MonthChampions.nextDate(schedule, now);
        schedules.setGroup(ScheduleRepository.Kind.CHAMPIONS, group.id(), schedule.postInstant(champions), champions);
        wakeup.wake(schedule.postInstant(post));
    }

    public void unschedule(StudyGroup group) {
        schedules.setGroup(ScheduleRepository.Kind.POST, group.id(), null, null);
        schedules.setGroup(ScheduleRepository.Kind.CHANNEL_REMINDER, group.id(), null, null);
        schedules.setGroup(ScheduleRepository.Kind.CHAMPIONS, group.id(), null, null);
    }

    public void scheduleMember(MemberReminder reminder) {
        LocalSchedule schedule = reminder.schedule();
        LocalDate date = schedule.nextPostDate(clock.instant());
        schedules.setMember(reminder.groupId(), reminder.userId(), schedule.postInstant(date), date);
        wakeup.wake(schedule.postInstant(date));
    }

    public void unscheduleMember(long groupId, long userId) {
        schedules.setMember(groupId, userId, null, null);
    }

    /** When the group's next post is due, if it is scheduled. */
    public Optional<Instant> nextPost(StudyGroup group) {
        return groups.nextPostAt(group.id());
    }
}
