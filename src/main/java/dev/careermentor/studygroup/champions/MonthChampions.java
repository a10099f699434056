package dev.careermentor.studygroup.champions;

import dev.careermentor.studygroup.ChallengeChannel;
import dev.careermentor.studygroup.StudyGroupMessage;
import dev.careermentor.studygroup.model.LocalSchedule;
import dev.careermentor.studygroup.model.Score;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.ChampionRepository;
import dev.careermentor.studygroup.store.ScheduleRepository;
import dev.careermentor.studygroup.store.StudyGroupStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first day of a month, at the group's post time in its own time zone, the previous month's
 * champions are announced in the group's channel, once, whatever the number of bot processes. It is
 * the daily post's pattern: the group's schedule row is moved on with a compare-and-set (one
 * dispatcher takes it), and the announcement row, unique per group and month, is claimed before
 * anything is sent. A transient failure gives the claim up and tries again a minute later; a day
 * missed entirely (the bot was down) is announced late, any day of that month.
 */
public final class MonthChampions {

    private static final Logger log = LoggerFactory.getLogger(MonthChampions.class);

    static final int BATCH = 2_000;
    static final int CHAMPIONS = 3;
    static final Duration RETRY = Duration.ofMinutes(1);

    private final StudyGroupStore store;
    private final ChallengeChannel channel;
    private final Clock clock;
    private final String instanceName;

    public MonthChampions(StudyGroupStore store, ChallengeChannel channel, Clock clock, String instanceName) {
        this.store = store;
        this.channel = channel;
        this.clock = clock;
        this.instanceName = instanceName;
    }

    /** The first day of a month whose announcement is next: this month's first day if its post time is ahead. */
    public static LocalDate nextDate(LocalSchedule schedule, Instant after) {
        LocalDate first = schedule.dateAt(after).withDayOfMonth(1);
        return schedule.postInstant(first).isAfter(after) ? first : first.plusMonths(1);
    }

    /** Plans the group's next announcement (set-up and resume call this through the planner). */
    public void plan(StudyGroup group) {
        LocalDate next = nextDate(group.schedule(), clock.instant());
        store.schedules().setGroup(ScheduleRepository.Kind.CHAMPIONS, group.id(), group.schedule().postInstant(next), next);
    }

    /** Announces whatever is due; deliveries run on {@code senders}. Returns how many were handed over. */
    public int dispatch(Instant now, Executor senders) {
        planUnplanned();
        List<ScheduleRepository.Due> due = store.schedules().due(ScheduleRepository.Kind.CHAMPIONS, now, BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, StudyGroup> byId = store.groups().findAll(due.stream().map(ScheduleRepository.Due::groupId).toList())
                .stream().collect(Collectors.toMap(StudyGroup::id, Function.identity()));
        List<ScheduleRepository.Advance> advances = new ArrayList<>();
        for (ScheduleRepository.Due item : due) {
            LocalSchedule schedule = byId.get(item.groupId()).schedule();
            LocalDate next = item.date().withDayOfMonth(1).plusMonths(1);
            advances.add(new ScheduleRepository.Advance(item.groupId(), 0, item.dueAt(), schedule.postInstant(next), next));
        }
        boolean[] won = store.database().jdbi().inTransaction(h ->
                store.schedules().advance(h, ScheduleRepository.Kind.CHAMPIONS, advances));
        int handed = 0;
        for (int i = 0; i < won.length; i++) {
            if (won[i]) {
                StudyGroup group = byId.get(due.get(i).groupId());
                LocalDate date = due.get(i).date();
                senders.execute(() -> announce(group, date));
                handed++;
            }
        }
        return handed;
    }

    /**
     * Announces the champions of the month before {@code firstOfMonth}, unless that month is over for
     * the group too (then it is skipped) or another process announced them.
     */
    public boolean announce(StudyGroup group, LocalDate firstOfMonth) {
        Instant now = clock.instant();
        YearMonth current = YearMonth.from(firstOfMonth);
        if (!YearMonth.from(group.schedule().dateAt(now)).equals(current)) {
            log.info("Skipped the {} champions of group {}: that month is over", current.minusMonths(1), group.id());
            return false;
        }
        YearMonth month = current.minusMonths(1);
        if (!store.champions().claim(group.id(), month, instanceName)) {
            return false; // another process has it
        }
        List<Score> champions = store.posts().leaderboard(group.id(), month.atDay(1), month.atEndOfMonth(), CHAMPIONS);
        if (champions.isEmpty()) {
            store.champions().finish(group.id(), month, ChampionRepository.Status.EMPTY);
            return false;
        }
        try {
            channel.say(group, new StudyGroupMessage.MonthChampions(month, champions));
            store.champions().finish(group.id(), month, ChampionRepository.Status.SENT);
            log.info("Announced the {} champions of group {}", month, group.id());
            return true;
        } catch (ChallengeChannel.SendFailure e) {
            if (e.permanent()) {
                store.champions().finish(group.id(), month, ChampionRepository.Status.FAILED);
                log.warn("Could not announce the {} champions of group {}: {}", month, group.id(), e.getMessage());
            } else {
                store.champions().release(group.id(), month);
                Instant retry = now.plus(RETRY);
                store.schedules().setGroup(ScheduleRepository.Kind.CHAMPIONS, group.id(), retry, firstOfMonth);
                log.warn("Announcing the {} champions of group {} failed ({}); trying again at {}", month, group.id(),
                        e.getMessage(), retry);
            }
            return false;
        }
    }

    /** Groups set up before announcements existed get their first date planned here. */
    private void planUnplanned() {
        for (StudyGroup group : store.groups().withoutChampionsPlan(BATCH)) {
            plan(group);
        }
    }
}
