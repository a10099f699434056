package dev.careermentor.bench;

import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.practice.PracticeService;
import dev.careermentor.store.Database;
import dev.careermentor.store.PostRepository;
import dev.careermentor.store.ReminderRepository;
import dev.careermentor.store.StudyGroupRepository;
import dev.careermentor.studygroup.ChallengeChannel;
import dev.careermentor.studygroup.ChallengePoster;
import dev.careermentor.studygroup.Reminders;
import dev.careermentor.studygroup.StudyGroup;
import dev.careermentor.studygroup.StudyGroupScheduler;
import java.io.IOException;
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
    public static Result run(Path dir, int groupCount, int threads, ChallengeBank bank) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(dir.resolve("bench.db" + suffix));
        }
        Clock clock = Clock.systemUTC();
        Database database = Database.sqlite(dir.resolve("bench.db"));
        StudyGroupRepository groups = new StudyGroupRepository(database, clock);
        PostRepository posts = new PostRepository(database, clock);
        ReminderRepository reminders = new ReminderRepository(database);
        PracticeService practice = new PracticeService(() -> bank, posts, clock);
        CountingChannel channel = new CountingChannel(groupCount);
        ChallengePoster poster = new ChallengePoster(groups, posts, practice, channel, clock, "bench");
        StudyGroupScheduler scheduler = new StudyGroupScheduler(database, groups, reminders, posts, practice, poster,
                new Reminders(posts, reminders, channel, clock), clock,
                new StudyGroupScheduler.Settings("bench", threads, Duration.ofMillis(250), Duration.ofSeconds(10),
                        Duration.ofMinutes(1)));

        // N groups whose post is due at the same instant, the start of the next minute (set up beforehand).
        Instant due = Instant.now().plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        if (Duration.between(Instant.now(), due).toSeconds() < 15) {
            due = due.plusSeconds(60);
        }
        LocalTime postTime = due.atZone(ZoneOffset.UTC).toLocalTime();
        for (int i = 0; i < groupCount; i++) {
            StudyGroup group = groups.save(new StudyGroup(dev.careermentor.store.Ids.next(), StudyGroup.Kind.CHANNEL, 1L,
                    100_000L + i, 1L, postTime, ZoneOffset.UTC, null, 3, StudyGroup.Status.ACTIVE, null));
            scheduler.schedule(group);
        }
        scheduler.start();
        channel.done.await(120, TimeUnit.SECONDS);
        Duration elapsed = Duration.ofNanos(channel.lastNanos.get() - (System.nanoTime()
                - Duration.between(due, Instant.now()).toNanos()));
        scheduler.close();
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
        public Optional<Long> findPosted(StudyGroup group, DailyPost post) {
            return Optional.empty();
        }

        @Override
        public void say(StudyGroup group, String text) {
        }

        @Override
        public void directMessage(long userId, String text) {
        }
    }
}
