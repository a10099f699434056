package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.MutableClock;
import dev.careermentor.studygroup.model.StudyGroup;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exactly-once guard itself: the unique key written before sending, without the scheduler. */
class ChallengePosterTest {

    @TempDir
    Path dir;

    @Test
    void racingSendersOnOneDatabasePostTheDayOnce() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
        FakeChallengeChannel channel = new FakeChallengeChannel(clock);
        List<StudyGroupFixture> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-" + i, channel));
        }
        StudyGroup group = processes.get(0).setup(10L, "09:00", "Europe/Berlin");
        LocalDate today = LocalDate.of(2026, 11, 24);
        CountDownLatch start = new CountDownLatch(1);
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (StudyGroupFixture process : processes) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    outcomes.add(process.poster.post(group, today));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(channel.postsOf(group.id())).hasSize(1);
        assertThat(outcomes).hasSize(4).containsOnlyOnce(ChallengePoster.Outcome.SENT)
                .allSatisfy(o -> assertThat(o).isIn(ChallengePoster.Outcome.SENT, ChallengePoster.Outcome.IN_PROGRESS,
                        ChallengePoster.Outcome.ALREADY_SENT));
    }

    @Test
    void postingADayAgainIsANoOp() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
        StudyGroupFixture bot = new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-1", new FakeChallengeChannel(clock));
        StudyGroup group = bot.setup(10L, "09:00", "Europe/Berlin");

        assertThat(bot.poster.post(group, LocalDate.of(2026, 11, 24))).isEqualTo(ChallengePoster.Outcome.SENT);
        assertThat(bot.poster.post(group, LocalDate.of(2026, 11, 24))).isEqualTo(ChallengePoster.Outcome.ALREADY_SENT);
        assertThat(bot.channel.postsOf(group.id())).hasSize(1);
    }

    @Test
    void aDayThatIsOverIsNotPosted() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
        StudyGroupFixture bot = new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-1", new FakeChallengeChannel(clock));
        StudyGroup group = bot.setup(10L, "09:00", "Europe/Berlin");

        assertThat(bot.poster.post(group, LocalDate.of(2026, 11, 24))).isEqualTo(ChallengePoster.Outcome.SKIPPED_DAY_OVER);
        assertThat(bot.channel.posts).isEmpty();
    }
}
