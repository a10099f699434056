package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.MutableClock;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The daily post through db-scheduler, on a SQLite file and a settable clock. */
class DailyPostSchedulingTest {

    @TempDir
    Path dir;

    private StudyGroupFixture process(MutableClock clock, String name) {
        return new StudyGroupFixture(dir.resolve("bot.db"), clock, name, new FakeChallengeChannel(clock));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
            "America/New_York, 2026-03-05T12:00:00Z, 2026-11-24T00:00:00Z",
            "Europe/Berlin, 2026-03-26T12:00:00Z, 2026-03-26T12:00:00Z",
            "Asia/Kolkata, 2026-03-26T12:00:00Z, 2026-03-26T12:00:00Z",
            "Pacific/Chatham, 2026-04-02T12:00:00Z, 2026-09-24T12:00:00Z"})
    void postsOncePerLocalDayAtTheLocalTimeAcrossDaylightSavingChanges(String zone, Instant spring, Instant autumn) {
        for (Instant start : List.of(spring, autumn.equals(spring) ? Instant.parse("2026-10-22T12:00:00Z") : autumn)) {
            MutableClock clock = new MutableClock(start);
            StudyGroupFixture bot = new StudyGroupFixture(dir.resolve(start.getEpochSecond() + ".db"), clock, "bot-1",
                    new FakeChallengeChannel(clock));
            StudyGroup group = bot.setup(10L, "09:15", zone);

            bot.runUntil(start.plus(Duration.ofDays(8)));

            List<FakeChallengeChannel.Sent> posts = bot.channel.postsOf(group.id());
            assertThat(posts).hasSize(8);
            for (int i = 0; i < posts.size(); i++) {
                ZonedDateTime at = posts.get(i).at().atZone(ZoneId.of(zone));
                assertThat(at.toLocalTime()).as("post %d in %s", i, zone).isEqualTo(LocalTime.of(9, 15));
                assertThat(posts.get(i).post().date()).isEqualTo(at.toLocalDate());
                assertThat(posts.get(i).post().lateNote()).isNull();
                assertThat(posts.get(i).post().previous()).as("each post reveals the day before's answer")
                        .isEqualTo(i == 0 ? null : posts.get(i - 1).post().challenge());
            }
            assertThat(posts.stream().map(p -> p.post().date()).distinct()).hasSize(8);
            assertThat(posts.stream().map(p -> p.post().challenge().id()).distinct()).as("no repeats").hasSize(8);
        }
    }

    @Test
    void aPostMissedWhileDownGoesOutLateTheSameDayWithANote() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T06:00:00Z"));
        StudyGroupFixture bot = process(clock, "bot-1");
        StudyGroup group = bot.setup(10L, "09:00", "Europe/Berlin"); // due 08:00 UTC

        clock.set(Instant.parse("2026-11-24T10:42:00Z")); // the bot comes back at 11:42 Berlin time
        StudyGroupFixture restarted = process(clock, "bot-1");
        restarted.manual.runAnyDueExecutions();

        List<FakeChallengeChannel.Sent> posts = restarted.channel.postsOf(group.id());
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.post().date()).isEqualTo(LocalDate.of(2026, 11, 24));
            assertThat(p.post().lateNote()).contains("Posted late").contains("09:00");
        });
        assertThat(restarted.groups.nextPostAt(group.id())).contains(Instant.parse("2026-11-25T08:00:00Z"));
    }

    @Test
    void aLongOutageSkipsStaleDaysInsteadOfBurstingThemOut() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T06:00:00Z"));
        StudyGroupFixture bot = process(clock, "bot-1");
        StudyGroup group = bot.setup(10L, "09:00", "Europe/Berlin");

        clock.set(Instant.parse("2026-11-24T07:00:00Z")); // four posts missed, today's (08:00 UTC) still ahead
        StudyGroupFixture restarted = process(clock, "bot-1");
        restarted.manual.runAnyDueExecutions();
        assertThat(restarted.channel.postsOf(group.id())).isEmpty();

        restarted.runUntil(Instant.parse("2026-11-24T12:00:00Z"));
        assertThat(restarted.channel.postsOf(group.id())).singleElement().satisfies(p -> {
            assertThat(p.post().date()).isEqualTo(LocalDate.of(2026, 11, 24));
            assertThat(p.post().lateNote()).isNull();
        });
    }

    @Test
    void twoProcessesOnOneDatabaseNeverPostTwice() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T06:00:00Z"));
        StudyGroupFixture first = process(clock, "bot-1");
        StudyGroupFixture second = new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-2", first.channel);
        List<StudyGroup> groups = new java.util.ArrayList<>();
        for (long channel = 1; channel <= 40; channel++) {
            groups.add(first.setup(channel, "09:00", channel % 2 == 0 ? "Europe/Berlin" : "Europe/Paris"));
        }

        for (int day = 0; day < 3; day++) {
            clock.set(Instant.parse("2026-11-24T08:00:30Z").plus(Duration.ofDays(day)));
            Thread a = new Thread(() -> repeat(first));
            Thread b = new Thread(() -> repeat(second));
            a.start();
            b.start();
            a.join();
            b.join();
        }

        for (StudyGroup group : groups) {
            assertThat(first.channel.postsOf(group.id())).extracting(p -> p.post().date())
                    .containsExactlyInAnyOrder(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26));
        }
    }

    private static void repeat(StudyGroupFixture process) {
        for (int i = 0; i < 5; i++) {
            process.manual.runAnyDueExecutions();
        }
    }

    @Test
    void aCrashAfterSendingIsRecoveredWithoutASecondMessage() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T07:59:00Z"));
        StudyGroupFixture bot = process(clock, "bot-1");
        StudyGroup group = bot.setup(10L, "09:00", "Europe/Berlin");
        bot.channel.crash = FakeChallengeChannel.Crash.AFTER_SEND;

        clock.set(Instant.parse("2026-11-24T08:00:00Z"));
        try {
            bot.manual.runAnyDueExecutions();
        } catch (FakeChallengeChannel.SimulatedCrash expected) {
            // the process died between sending and recording it
        }
        assertThat(bot.channel.postsOf(group.id())).hasSize(1);

        // Another process takes over once the dead process's heartbeats stop.
        clock.advance(Duration.ofMinutes(5));
        StudyGroupFixture other = new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-2", bot.channel);
        other.manual.runDeadExecutionDetection();
        other.manual.runAnyDueExecutions();

        assertThat(bot.channel.postsOf(group.id())).hasSize(1);
        assertThat(other.posts.forDate(group.id(), LocalDate.of(2026, 11, 24))).hasValueSatisfying(p -> {
            assertThat(p.status()).isEqualTo(Post.Status.SENT);
            assertThat(p.messageId()).isEqualTo(bot.channel.postsOf(group.id()).get(0).messageId());
        });
    }

    @Test
    void aCrashBeforeSendingIsRecoveredByPostingOnce() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T07:59:00Z"));
        StudyGroupFixture bot = process(clock, "bot-1");
        StudyGroup group = bot.setup(10L, "09:00", "Europe/Berlin");
        bot.channel.crash = FakeChallengeChannel.Crash.BEFORE_SEND;

        clock.set(Instant.parse("2026-11-24T08:00:00Z"));
        try {
            bot.manual.runAnyDueExecutions();
        } catch (FakeChallengeChannel.SimulatedCrash expected) {
            // died after claiming, before anything reached Discord
        }
        assertThat(bot.channel.postsOf(group.id())).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        StudyGroupFixture other = new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-2", bot.channel);
        other.manual.runDeadExecutionDetection();
        other.manual.runAnyDueExecutions();

        assertThat(bot.channel.postsOf(group.id())).singleElement()
                .satisfies(p -> assertThat(p.post().date()).isEqualTo(LocalDate.of(2026, 11, 24)));
    }

    @Test
    void aFailedSendIsRetriedWithGrowingBackoff() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T07:59:00Z"));
        StudyGroupFixture bot = process(clock, "bot-1");
        StudyGroup group = bot.setup(10L, "09:00", "Europe/Berlin");
        bot.channel.failures.add(new ChallengeChannel.SendFailure("502 Bad Gateway", false, null));
        bot.channel.failures.add(new ChallengeChannel.SendFailure("timeout", false, null));

        bot.runUntil(Instant.parse("2026-11-24T08:10:00Z"));

        assertThat(bot.channel.postsOf(group.id())).singleElement().satisfies(p ->
                assertThat(p.at()).isEqualTo(Instant.parse("2026-11-24T08:00:45Z"))); // +15 s, then +30 s
    }

    @Test
    void aGroupWhoseChannelIsGoneIsPausedAndItsAdminToldWhy() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T07:59:00Z"));
        StudyGroupFixture bot = process(clock, "bot-1");
        StudyGroup group = bot.setup(10L, "09:00", "Europe/Berlin");
        bot.channel.failures.add(new ChallengeChannel.SendFailure("the channel was deleted", true, null));

        bot.runUntil(Instant.parse("2026-11-26T12:00:00Z"));

        assertThat(bot.channel.postsOf(group.id())).isEmpty();
        assertThat(bot.groups.find(group.id())).hasValueSatisfying(g -> {
            assertThat(g.status()).isEqualTo(StudyGroup.Status.PAUSED);
            assertThat(g.statusReason()).contains("the channel was deleted");
        });
        assertThat(bot.channel.directMessages).singleElement().satisfies(dm -> {
            assertThat(dm.target()).isEqualTo(77L);
            assertThat(dm.text()).contains("paused").contains("the channel was deleted").contains("/studygroup resume");
        });
    }

    @Test
    void aSetUpInAChannelTheBotCannotPostInIsSavedPausedWithTheReason() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T06:00:00Z"));
        StudyGroupFixture bot = process(clock, "bot-1");
        bot.channel.sayFailure = new ChallengeChannel.SendFailure("Missing Permissions", true, null);

        StudyGroup group = bot.setup(10L, "09:00", "Europe/Berlin");
        bot.runUntil(Instant.parse("2026-11-25T12:00:00Z"));

        assertThat(group.status()).isEqualTo(StudyGroup.Status.PAUSED);
        assertThat(group.statusReason()).contains("can't post in this channel").contains("Missing Permissions");
        assertThat(bot.groups.find(group.id()).orElseThrow().status()).isEqualTo(StudyGroup.Status.PAUSED);
        assertThat(bot.channel.posts).isEmpty();
    }

    @Test
    void aSetUpIsAnnouncedInItsChannel() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T06:00:00Z"));
        StudyGroupFixture bot = process(clock, "bot-1");

        StudyGroup group = bot.setup(10L, "09:00", "Europe/Berlin");

        assertThat(bot.channel.said).singleElement().satisfies(t -> {
            assertThat(t.target()).isEqualTo(group.id());
            assertThat(t.text()).contains("study group").contains("09:00 Europe/Berlin");
        });
    }

    @Test
    void twoDispatchersRacingOverTheSameDueGroupsClaimEachPostOnce() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T06:00:00Z"));
        StudyGroupFixture first = process(clock, "bot-1");
        StudyGroupFixture second = new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-2", first.channel);
        List<StudyGroup> groups = new java.util.ArrayList<>();
        for (long channel = 1; channel <= 300; channel++) {
            groups.add(first.setup(channel, "09:00", "Europe/Berlin"));
        }
        clock.set(Instant.parse("2026-11-24T08:00:01Z"));

        // Not through db-scheduler (which would run one dispatcher only): both at once, on purpose.
        CountDownLatch start = new CountDownLatch(1);
        Thread a = new Thread(() -> race(start, first));
        Thread b = new Thread(() -> race(start, second));
        a.start();
        b.start();
        start.countDown();
        a.join();
        b.join();

        assertThat(first.channel.posts).hasSize(groups.size());
        assertThat(first.channel.posts.stream().map(p -> p.groupId()).distinct()).hasSize(groups.size());
    }

    private static void race(CountDownLatch start, StudyGroupFixture process) {
        try {
            start.await();
            process.dispatcher.dispatch();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
