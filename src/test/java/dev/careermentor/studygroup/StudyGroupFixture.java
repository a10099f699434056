package dev.careermentor.studygroup;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import dev.careermentor.MutableClock;
import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.store.Database;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.PostRepository;
import dev.careermentor.studygroup.store.ReminderRepository;
import dev.careermentor.studygroup.store.ShardScope;
import dev.careermentor.studygroup.store.StudyGroupRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One "bot process" of the study-group core on a database file: the slice as the bot wires it,
 * with db-scheduler driven by hand (a manual scheduler on a settable clock). Two fixtures on one
 * file are two processes.
 */
final class StudyGroupFixture {

    final MutableClock clock;
    final Database database;
    /** The challenge bank the process sees; a test may swap it, as /mentor reload does. */
    final AtomicReference<ChallengeBank> bank = new AtomicReference<>(bank(12));
    final StudyGroupModule module;
    final StudyGroupRepository groups;
    final PostRepository posts;
    final ReminderRepository reminderSettings;
    final PracticeService practice;
    final FakeChallengeChannel channel;
    final ChallengePoster poster;
    final Dispatcher dispatcher;
    final ManualScheduler manual;
    final StudyGroups studyGroups;

    StudyGroupFixture(Path databaseFile, MutableClock clock, String instanceName, FakeChallengeChannel channel) {
        this(Database.sqlite(databaseFile), clock, instanceName, channel);
    }

    StudyGroupFixture(Database database, MutableClock clock, String instanceName, FakeChallengeChannel channel) {
        this(database, clock, instanceName, channel, ShardScope.all());
    }

    /** @param scope the guilds this "process" serves: all, or those of its Discord shards */
    StudyGroupFixture(Database database, MutableClock clock, String instanceName, FakeChallengeChannel channel,
            ShardScope scope) {
        this.clock = clock;
        this.database = database;
        this.channel = channel;
        // Deliveries inline, so that a test sees them when the dispatch returns; no idle wake-ups.
        this.module = StudyGroupModule.create(database, bank::get, channel, clock,
                new DispatchRoutine.Settings(instanceName, 0, Duration.ofSeconds(1), Duration.ofSeconds(10),
                        Duration.ofDays(30), scope));
        this.groups = module.store().groups();
        this.posts = module.store().posts();
        this.reminderSettings = module.store().reminders();
        this.practice = module.practice();
        this.poster = module.poster();
        this.dispatcher = module.dispatcher();
        this.studyGroups = module.service();
        // Same heartbeat settings as production: a dead process's work is taken over after 40 s.
        this.manual = (ManualScheduler) TestHelper.createManualScheduler(database.dataSource(),
                        List.of(module.routine().task()))
                .clock(clock.forScheduler())
                .schedulerName(new SchedulerName.Fixed(instanceName))
                .heartbeatInterval(Duration.ofSeconds(10))
                .missedHeartbeatsLimit(4)
                .build();
    }

    static ChallengeBank bank(int size) {
        return bank("c", size);
    }

    /** {@code size} multiple-choice challenges with ids {@code prefix0}, {@code prefix1}, … */
    static ChallengeBank bank(String prefix, int size) {
        List<Challenge> challenges = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            challenges.add(new Challenge.MultipleChoice(new Challenge.Meta(prefix + i, 1 + i % 3, List.of("testing"),
                    "testing.md#which-testing-frameworks-does-python-have", "Question " + prefix + i + "?", "Because.",
                    "t.yaml", i), List.of("pytest", "Jenkins", "Monster"), 0));
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
