package dev.careermentor.studygroup;

import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.champions.MonthChampions;
import dev.careermentor.store.Database;
import dev.careermentor.store.Ids;
import dev.careermentor.studygroup.model.LocalSchedule;
import dev.careermentor.studygroup.model.MemberReminder;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.PostRepository;
import dev.careermentor.studygroup.store.ScheduleRepository;
import dev.careermentor.studygroup.store.StudyGroupStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does whatever the schedule says is due: claims due posts and hands them to the poster, retries
 * unfinished claims, sends channel and member reminders, and announces month champions.
 * {@link DispatchRoutine} runs it.
 *
 * <p>A dispatch takes everything due in batches: it moves each row on to its next occurrence with a
 * compare-and-set and, in the same transaction, claims the posts under their unique (group, local
 * date) key, each with the challenge chosen for it. The claimed posts, with their challenges, are
 * handed to the senders. Thousands of groups due in the same minute cost a few batched statements.
 * After an outage, only today's post of a group can still go out (late, with a note); older days
 * are skipped.
 */
public final class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    static final int BATCH = 2_000;

    private final StudyGroupStore store;
    private final PracticeService practice;
    private final ChallengePoster poster;
    private final Reminders reminders;
    private final Clock clock;
    private final Executor senders;
    private final Duration maxIdle;
    private final MonthChampions champions;
    /** Posts this process has handed to its senders and not finished: queued or being sent. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    /**
     * @param senders where deliveries run (a thread pool; tests run them inline or hold them back)
     * @param maxIdle even with nothing due, the dispatcher looks this often (it notices rows edited by hand)
     */
    public Dispatcher(StudyGroupStore store, PracticeService practice, ChallengePoster poster, Reminders reminders,
            Clock clock, Executor senders, Duration maxIdle) {
        this(store, practice, poster, reminders, null, clock, senders, maxIdle);
    }

    /** @param champions the month-champion announcements, or null for none */
    public Dispatcher(StudyGroupStore store, PracticeService practice, ChallengePoster poster, Reminders reminders,
            MonthChampions champions, Clock clock, Executor senders, Duration maxIdle) {
        this.champions = champions;
        this.store = store;
        this.practice = practice;
        this.poster = poster;
        this.reminders = reminders;
        this.clock = clock;
        this.senders = senders;
        this.maxIdle = maxIdle;
    }

    /** Does everything that is due and returns when to run next. */
    public Instant dispatch() {
        Instant now = clock.instant();
        int posted = dispatchPosts(now);
        int retried = retryUnfinished(now);
        int reminded = dispatchChannelReminders(now) + dispatchMemberReminders(now);
        int announced = champions == null ? 0 : champions.dispatch(now, this::send);
        if (posted + retried + reminded + announced > 0) {
            log.info("Dispatched {} posts, {} retries, {} reminders, {} month champions", posted, retried, reminded, announced);
        }
        Instant idle = clock.instant().plus(maxIdle);
        return store.schedules().earliest(ChallengePoster.CLAIM_LEASE.toMillis())
                .map(due -> due.isBefore(idle) ? due : idle)
                .map(due -> due.isAfter(now) ? due : now.plusMillis(100))
                .orElse(idle);
    }

    private int dispatchPosts(Instant now) {
        int total = 0;
        List<ScheduleRepository.Due> due;
        while (!(due = store.schedules().due(ScheduleRepository.Kind.POST, now, BATCH)).isEmpty()) {
            Map<Long, StudyGroup> byId = groupsOf(due);
            Map<Long, Map<String, Integer>> usage = store.posts().usage(byId.keySet());
            Map<Long, String> previous = store.posts().latestChallenges(byId.keySet());
            List<ScheduleRepository.Advance> advances = new ArrayList<>();
            List<PostRepository.NewClaim> claims = new ArrayList<>();
            for (ScheduleRepository.Due item : due) {
                StudyGroup group = byId.get(item.groupId());
                LocalSchedule schedule = group.schedule();
                LocalDate target = target(schedule, item.date(), now);
                LocalDate next = schedule.nextPostDate(later(now, schedule.postInstant(target != null ? target : item.date())));
                advances.add(new ScheduleRepository.Advance(group.id(), 0, item.dueAt(), schedule.postInstant(next), next));
                claims.add(target == null ? null : new PostRepository.NewClaim(Ids.next(), group.id(), target,
                        practice.nextFor(group.id(), usage.getOrDefault(group.id(), Map.of())), poster.isLate(group, target, now)));
            }
            List<PostRepository.NewClaim> won = claim(advances, claims, now);
            for (PostRepository.NewClaim claim : won) {
                StudyGroup group = byId.get(claim.groupId());
                Post post = claim.asPost(poster.instanceName(), now.toEpochMilli());
                Challenge before = Optional.ofNullable(previous.get(group.id())).flatMap(practice.bank()::find).orElse(null);
                ClaimedPost claimed = new ClaimedPost(group, post, claim.challenge(), before);
                send(post.id(), () -> poster.deliver(claimed));
            }
            total += won.size();
            if (due.size() < BATCH) {
                break;
            }
        }
        return total;
    }

    /**
     * Moves the due rows on and claims the posts of the rows this dispatcher moved, in one
     * transaction; returns the claims that are new (nobody holds that group's day yet).
     *
     * @param claims per advance, the post to claim, or null where the day is skipped
     */
    private List<PostRepository.NewClaim> claim(List<ScheduleRepository.Advance> advances,
            List<PostRepository.NewClaim> claims, Instant now) {
        Database database = store.database();
        return database.jdbi().inTransaction(h -> {
            boolean[] won = store.schedules().advance(h, ScheduleRepository.Kind.POST, advances);
            List<PostRepository.NewClaim> ours = new ArrayList<>();
            for (int i = 0; i < won.length; i++) {
                if (won[i] && claims.get(i) != null) {
                    ours.add(claims.get(i));
                }
            }
            boolean[] inserted = store.posts().claimAll(h, ours, poster.instanceName(), now.toEpochMilli());
            List<PostRepository.NewClaim> fresh = new ArrayList<>();
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i]) {
                    fresh.add(ours.get(i));
                }
            }
            return fresh;
        });
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

    /**
     * Resumes claims whose sender stopped or whose retry is due. A claim still waiting in this
     * process's own send queue is not abandoned, however long it waits (at Discord's pace thousands
     * of posts take minutes): its lease is renewed instead of handing it to a second sender.
     */
    private int retryUnfinished(Instant now) {
        List<Post> unfinished = store.posts().unfinished(now, ChallengePoster.CLAIM_LEASE.toMillis(), BATCH);
        List<Long> queuedHere = new ArrayList<>();
        int resumed = 0;
        for (Post post : unfinished) {
            if (inFlight.contains(post.id())) {
                if (post.retryAt() == null) {
                    queuedHere.add(post.id());
                }
                continue;
            }
            store.groups().find(post.groupId()).ifPresent(group -> send(post.id(), () -> poster.resume(group, post)));
            resumed++;
        }
        store.posts().hold(queuedHere, poster.instanceName());
        return resumed;
    }

    private int dispatchChannelReminders(Instant now) {
        List<ScheduleRepository.Due> due = store.schedules().due(ScheduleRepository.Kind.CHANNEL_REMINDER, now, BATCH);
        Map<Long, StudyGroup> byId = groupsOf(due);
        List<ScheduleRepository.Advance> advances = new ArrayList<>();
        for (ScheduleRepository.Due item : due) {
            LocalSchedule schedule = byId.get(item.groupId()).schedule();
            LocalDate next = schedule.nextReminderDate(later(now, schedule.reminderInstant(item.date())));
            advances.add(new ScheduleRepository.Advance(item.groupId(), 0, item.dueAt(), schedule.reminderInstant(next), next));
        }
        boolean[] won = advance(ScheduleRepository.Kind.CHANNEL_REMINDER, advances);
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
        List<ScheduleRepository.Due> due = store.schedules().due(ScheduleRepository.Kind.MEMBER_REMINDER, now, BATCH);
        List<ScheduleRepository.Advance> advances = new ArrayList<>();
        List<MemberReminder> settings = new ArrayList<>();
        for (ScheduleRepository.Due item : due) {
            MemberReminder reminder = store.reminders().find(item.groupId(), item.userId()).orElseThrow();
            settings.add(reminder);
            LocalSchedule schedule = reminder.schedule();
            LocalDate next = schedule.nextPostDate(later(now, schedule.postInstant(item.date())));
            advances.add(new ScheduleRepository.Advance(item.groupId(), item.userId(), item.dueAt(), schedule.postInstant(next),
                    next));
        }
        boolean[] won = advance(ScheduleRepository.Kind.MEMBER_REMINDER, advances);
        int sent = 0;
        for (int i = 0; i < won.length; i++) {
            MemberReminder reminder = settings.get(i);
            LocalDate date = due.get(i).date();
            Optional<StudyGroup> group = store.groups().find(reminder.groupId());
            if (won[i] && group.isPresent() && reminder.schedule().dateAt(now).equals(date)) {
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

    private Map<Long, StudyGroup> groupsOf(List<ScheduleRepository.Due> due) {
        return store.groups().findAll(due.stream().map(ScheduleRepository.Due::groupId).toList()).stream()
                .collect(Collectors.toMap(StudyGroup::id, Function.identity()));
    }

    private boolean[] advance(ScheduleRepository.Kind kind, List<ScheduleRepository.Advance> advances) {
        return store.database().jdbi().inTransaction(h -> store.schedules().advance(h, kind, advances));
    }

    /** Hands a post's delivery to the senders and remembers it as in flight until it is done. */
    private void send(long postId, Runnable delivery) {
        inFlight.add(postId);
        send(() -> {
            try {
                delivery.run();
            } finally {
                inFlight.remove(postId);
            }
        });
    }

    private void send(Runnable delivery) {
        senders.execute(() -> {
            try {
                delivery.run();
            } catch (RuntimeException e) {
                log.error("Delivery failed; the claim is retried when its lease runs out", e);
            }
        });
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
