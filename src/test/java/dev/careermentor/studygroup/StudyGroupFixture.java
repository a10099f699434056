package dev.careermentor.studygroup;

import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import dev.careermentor.MutableClock;
import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.practice.PracticeService;
import dev.careermentor.store.Database;
import dev.careermentor.store.PostRepository;
import dev.careermentor.store.ReminderRepository;
import dev.careermentor.store.StudyGroupRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One "bot process" of the study-group core on a database file: repositories, poster, reminders and
 * db-scheduler driven by hand (a manual scheduler on a settable clock). Two fixtures on one file
 * are two processes.
 */
final class StudyGroupFixture {

    final MutableClock clock;
    final Database database;
    final StudyGroupRepository groups;
    final PostRepository posts;
    final ReminderRepository reminderSettings;
    final PracticeService practice;
    final FakeChallengeChannel channel;
    final ChallengePoster poster;
    final StudyGroupScheduler scheduler;
    final ManualScheduler manual;
    final StudyGroups studyGroups;

    StudyGroupFixture(Path databaseFile, MutableClock clock, String instanceName, FakeChallengeChannel channel) {
        this(Database.sqlite(databaseFile), clock, instanceName, channel);
    }

    StudyGroupFixture(Database database, MutableClock clock, String instanceName, FakeChallengeChannel channel) {
        this.clock = clock;
        this.database = database;
        this.groups = new StudyGroupRepository(database, clock);
        this.posts = new PostRepository(database, clock);
        this.reminderSettings = new ReminderRepository(database);
        ChallengeBank bank = bank(12);
        this.practice = new PracticeService(() -> bank, posts, clock);
        this.channel = channel;
        this.poster = new ChallengePoster(groups, posts, practice, channel, clock, instanceName);
        Reminders reminders = new Reminders(posts, reminderSettings, channel, clock);
        // Deliveries inline, so that a test sees them when the dispatch returns; no idle wake-ups.
        this.scheduler = new StudyGroupScheduler(database, groups, reminderSettings, posts, practice, poster, reminders, clock,
                new StudyGroupScheduler.Settings(instanceName, 0, Duration.ofSeconds(1), Duration.ofSeconds(10),
                        Duration.ofDays(30)));
        // Same heartbeat settings as production: a dead process's work is taken over after 40 s.
        this.manual = (ManualScheduler) TestHelper.createManualScheduler(database.dataSource(), List.of(scheduler.task()))
                .clock(clock.forScheduler())
                .schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed(instanceName))
                .heartbeatInterval(java.time.Duration.ofSeconds(10))
                .missedHeartbeatsLimit(4)
                .build();
        this.studyGroups = new StudyGroups(groups, posts, reminderSettings, practice, scheduler, channel, clock);
    }

    static ChallengeBank bank(int size) {
        List<Challenge> challenges = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            challenges.add(new Challenge.MultipleChoice(new Challenge.Meta("c" + i, 1 + i % 3, List.of("testing"),
                    "testing.md#which-testing-frameworks-does-python-have", "Question " + i + "?", "Because.", "t.yaml", i),
                    List.of("pytest", "Jenkins", "Monster"), 0));
        }
        return new ChallengeBank(challenges, List.of());
    }

    /** Sets up a channel group, as /studygroup setup does. */
    StudyGroup setup(long channelId, String time, String zone) {
        return studyGroups.setup(1L, channelId, 77L, time, zone, null);
    }

    /** Moves time forward execution by execution until {@code until}, running whatever is due. */
    void runUntil(Instant until) {
        for (int guard = 0; guard < 10_000; guard++) {
            Instant next = manual.getScheduledExecutions().stream()
                    .map(e -> e.getExecutionTime())
                    .filter(t -> !t.isAfter(until))
                    .min(Instant::compareTo)
                    .orElse(null);
            if (next == null) {
                clock.set(until);
                manual.runAnyDueExecutions();
                return;
            }
            if (next.isAfter(clock.instant())) {
                clock.set(next);
            }
            manual.runAnyDueExecutions();
        }
        throw new AssertionError("the scheduler kept finding due work; a task is probably stuck");
    }
}
