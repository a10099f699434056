package dev.careermentor.bench;

import dev.careermentor.lifecycle.Lifecycle;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.store.Database;
import dev.careermentor.studygroup.ChallengeChannel;
import dev.careermentor.studygroup.DispatchRoutine;
import dev.careermentor.studygroup.StudyGroupMessage;
import dev.careermentor.studygroup.StudyGroupModule;
import dev.careermentor.studygroup.model.StudyGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N study groups due in the same minute: how long until every post is claimed (its unique row
 * written) and handed to the sender. The sender only counts: Discord's own rate limits are not part
 * of the measurement.
 */
public final class StudyGroupBench {

    public record Result(int groups, Duration untilAllHandedOver, double perSecond, int duplicates) {
    }

    private StudyGroupBench() {
    }

    /** @param threads sender threads */
    public static Result run(Path dir, int groupCount, int threads, ChallengeBank bank) throws Exception {
        Files.createDirectories(dir);
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(dir.resolve("bench.db" + suffix));
        }
        Clock clock = Clock.systemUTC();
        Database database = Database.sqlite(dir.resolve("bench.db"));
        CountingChannel channel = new CountingChannel(groupCount);
        StudyGroupModule module = StudyGroupModule.create(database, () -> bank, channel, clock,
                new DispatchRoutine.Settings("bench", threads, Duration.ofMillis(250), Duration.ofSeconds(10),
                        Duration.ofMinutes(1)));
        Lifecycle dispatcher = new Lifecycle(List.of(module.routine()));

        // N groups whose post is due at the same instant, the start of the next minute (set up beforehand).
        Instant due = Instant.now().plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        if (Duration.between(Instant.now(), due).toSeconds() < 15) {
            due = due.plusSeconds(60);
        }
        LocalTime postTime = due.atZone(ZoneOffset.UTC).toLocalTime();
        for (int i = 0; i < groupCount; i++) {
            module.service().setup(1L, 100_000L + i, 1L, postTime.toString(), "UTC", null);
        }
        dispatcher.start();
        channel.done.await(120, TimeUnit.SECONDS);
        Duration elapsed = Duration.ofNanos(channel.lastNanos.get() - (System.nanoTime()
                - Duration.between(due, Instant.now()).toNanos()));
        dispatcher.close();
        int rows = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM challenge_post").mapTo(Integer.class).one());
        database.close();
        return new Result(channel.count.intValue(), elapsed, channel.count.get() / Math.max(0.001, elapsed.toMillis() / 1000.0),
                channel.count.intValue() - rows);
    }

    /** Counts hand-overs; remembers when the last one happened. */
    private static final class CountingChannel implements ChallengeChannel {
        final AtomicLong count = new AtomicLong();
        final AtomicLong lastNanos = new AtomicLong();
        final CountDownLatch done;

        CountingChannel(int expected) {
            done = new CountDownLatch(expected);
        }

        @Override
        public long post(StudyGroup group, DailyPost post) {
            lastNanos.set(System.nanoTime());
            count.incrementAndGet();
            done.countDown();
            return post.postId();
        }

        @Override
        public Optional<Long> findPosted(StudyGroup group, long postId) {
            return Optional.empty();
        }

        @Override
        public void say(StudyGroup group, StudyGroupMessage message) {
        }

        @Override
        public void directMessage(long userId, StudyGroupMessage message) {
        }
    }
}
