package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.MutableClock;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.Score;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.ChampionRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The previous month's champions, posted on the first day of a month at the group's post time in its
 * own zone: once per group, with two dispatcher processes on one database.
 */
class PracticeMonthChampionsTest {

    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Chatham");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path dir;

    private List<FakeChallengeChannel.Text> champions(FakeChallengeChannel channel, long groupId) {
        synchronized (channel.said) {
            return channel.said.stream().filter(t -> t.target() == groupId)
                    .filter(t -> t.message() instanceof StudyGroupMessage.MonthChampions).toList();
        }
    }

    /** Groups in four zones; in each, members answer on 30 October, member 1 right twice, member 2 once. */
    private List<StudyGroup> groupsWithAnOctober(StudyGroupFixture bot, MutableClock clock, int count) {
        List<StudyGroup> groups = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String zone = ZONES.get(i % ZONES.size());
            clock.set(Instant.parse("2026-10-29T12:00:00Z"));
            StudyGroup group = bot.setup(100L + i, "09:00", zone);
            groups.add(group);
            for (int day = 29; day <= 30; day++) {
                LocalDate date = OCTOBER.atDay(day);
                clock.set(ZonedDateTime.of(date, LocalTime.of(12, 0), ZoneId.of(zone)).toInstant());
                Post post = bot.posts.claim(group.id(), date, bot.bank.get().all().get(day % 12).id(), "test", false).post();
                bot.posts.markSent(post.id(), 1L);
                if (i % 5 != 4) { // every fifth group had a silent October
                    bot.practice.answer(group, post.id(), 1L, "0", 0);
                    bot.practice.answer(group, post.id(), 2L, day == 29 ? "0" : "1", 0);
                }
            }
        }
        return groups;
    }

    @Test
    void eachGroupGetsItsOctoberChampionsOnceOnNovemberTheFirstAtItsLocalPostTimeWithTwoProcesses() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-10-29T12:00:00Z"));
        StudyGroupFixture first = new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-1", new FakeChallengeChannel(clock));
        StudyGroupFixture second = new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-2", first.channel);
        List<StudyGroup> groups = groupsWithAnOctober(first, clock, 20);

        // Both processes run whatever is due, hour by hour, from 31 October to 2 November (UTC).
        for (Instant at = Instant.parse("2026-10-31T00:00:00Z"); at.isBefore(Instant.parse("2026-11-02T12:00:00Z"));
                at = at.plus(Duration.ofMinutes(30))) {
            clock.set(at);
            CountDownLatch start = new CountDownLatch(1);
            Thread a = new Thread(() -> race(start, first));
            Thread b = new Thread(() -> race(start, second));
            a.start();
            b.start();
            start.countDown();
            a.join();
            b.join();
        }

        for (int i = 0; i < groups.size(); i++) {
            StudyGroup group = groups.get(i);
            List<FakeChallengeChannel.Text> announced = champions(first.channel, group.id());
            if (i % 5 == 4) {
                assertThat(announced).as("nobody answered in October").isEmpty();
                assertThat(first.module.store().champions().status(group.id(), OCTOBER)).contains(ChampionRepository.Status.EMPTY);
                continue;
            }
            assertThat(announced).as("group %d in %s", i, group.zone()).singleElement().satisfies(text -> {
                StudyGroupMessage.MonthChampions message = (StudyGroupMessage.MonthChampions) text.message();
                assertThat(message.month()).isEqualTo(OCTOBER);
                assertThat(message.champions()).extracting(Score::userId).containsExactly(1L, 2L);
                ZonedDateTime local = text.at().atZone(group.zone());
                assertThat(local.toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 1));
                assertThat(local.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(9, 30));
                assertThat(text.text()).contains("Champions of October 2026").contains("<@1>");
            });
            assertThat(first.module.store().champions().status(group.id(), OCTOBER)).contains(ChampionRepository.Status.SENT);
        }
    }

    @Test
    void twoDispatchersRacingOverTheSameDueAnnouncementsPostEachOnce() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-10-29T12:00:00Z"));
        StudyGroupFixture first = new StudyGroupFixture(dir.resolve("race.db"), clock, "bot-1", new FakeChallengeChannel(clock));
        StudyGroupFixture second = new StudyGroupFixture(dir.resolve("race.db"), clock, "bot-2", first.channel);
        List<StudyGroup> groups = groupsWithAnOctober(first, clock, 40);
        clock.set(Instant.parse("2026-11-01T23:00:00Z")); // every group's announcement is due (late for some)

        // Not through db-scheduler (which runs one dispatcher at a time): both dispatch at once, on purpose.
        CountDownLatch start = new CountDownLatch(1);
        Thread a = new Thread(() -> dispatchAt(start, first));
        Thread b = new Thread(() -> dispatchAt(start, second));
        a.start();
        b.start();
        start.countDown();
        a.join();
        b.join();

        long expected = groups.stream().filter(g -> groups.indexOf(g) % 5 != 4).count();
        List<Long> announcedGroups = new ArrayList<>();
        synchronized (first.channel.said) {
            first.channel.said.stream().filter(t -> t.message() instanceof StudyGroupMessage.MonthChampions)
                    .forEach(t -> announcedGroups.add(t.target()));
        }
        assertThat(announcedGroups).hasSize((int) expected).doesNotHaveDuplicates();
    }

    @Test
    void aGroupSetUpBeforeAnnouncementsExistedIsPlannedByTheDispatcher() {
        MutableClock clock = new MutableClock(Instant.parse("2026-10-29T12:00:00Z"));
        StudyGroupFixture bot = new StudyGroupFixture(dir.resolve("old.db"), clock, "bot-1", new FakeChallengeChannel(clock));
        StudyGroup group = groupsWithAnOctober(bot, clock, 1).get(0);
        bot.module.store().schedules().setGroup(dev.careermentor.studygroup.store.ScheduleRepository.Kind.CHAMPIONS, group.id(),
                null, null); // as the migration leaves an existing group

        bot.runUntil(Instant.parse("2026-11-01T12:00:00Z"));

        assertThat(champions(bot.channel, group.id())).singleElement();
    }

    private static void race(CountDownLatch start, StudyGroupFixture process) {
        try {
            start.await();
            for (int i = 0; i < 3; i++) {
                process.manual.runAnyDueExecutions();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void dispatchAt(CountDownLatch start, StudyGroupFixture process) {
        try {
            start.await();
            process.dispatcher.dispatch();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
