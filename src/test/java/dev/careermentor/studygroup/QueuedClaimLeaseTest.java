package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.MutableClock;
import dev.careermentor.store.Database;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At Discord's 50 requests per second, thousands of posts due at once wait minutes in the send
 * queue, longer than a claim's lease. A claim still queued in its own process is not abandoned
 * (its lease is renewed, no second sender gets it), and if another process took it over meanwhile,
 * the queued delivery does not send it again.
 */
class QueuedClaimLeaseTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T06:00:00Z"));
    /** The send queue of "process A", run only when the test says so. */
    private final List<Runnable> queueA = new ArrayList<>();
    private StudyGroupFixture a;
    private Dispatcher dispatcherA;
    private StudyGroup group;

    @BeforeEach
    void setUp(@TempDir Path dir) {
        Database database = Database.sqlite(dir.resolve("shared.db"));
        a = new StudyGroupFixture(database, clock, "process-a", new FakeChallengeChannel(clock));
        dispatcherA = new Dispatcher(a.module.store(), a.practice, a.poster,
                new Reminders(a.posts, a.reminderSettings, a.channel, clock), clock, queueA::add, Duration.ofDays(30));
        group = a.setup(101L, "09:00", "Europe/Berlin");
        clock.set(Instant.parse("2026-11-24T08:00:00Z"));
        dispatcherA.dispatch();
        assertThat(queueA).as("claimed and queued").hasSize(1);
    }

    private void runQueue() {
        List<Runnable> tasks = new ArrayList<>(queueA);
        queueA.clear();
        tasks.forEach(Runnable::run);
    }

    @Test
    void aClaimQueuedLongerThanItsLeaseIsNotHandedOutAgainAndIsSentOnce() {
        clock.advance(ChallengePoster.CLAIM_LEASE.plusSeconds(30));
        dispatcherA.dispatch();
        dispatcherA.dispatch();

        assertThat(queueA).as("still the one delivery").hasSize(1);
        Post renewed = a.posts.forDate(group.id(), LocalDate.of(2026, 11, 24)).orElseThrow();
        assertThat(renewed.claimedAt()).as("its lease runs from now").isEqualTo(clock.millis());
        runQueue();
        assertThat(a.channel.postsOf(group.id())).hasSize(1);
    }

    @Test
    void aClaimTakenOverByAnotherProcessWhileQueuedIsNotSentByTheQueue() {
        StudyGroupFixture b = new StudyGroupFixture(a.database, clock, "process-b", new FakeChallengeChannel(clock));
        clock.advance(ChallengePoster.CLAIM_LEASE.plusSeconds(30));
        b.dispatcher.dispatch(); // b cannot know a's queue: the lease ran out, so b resumes the claim and sends it

        runQueue();

        assertThat(b.channel.postsOf(group.id())).hasSize(1);
        assertThat(a.channel.postsOf(group.id())).as("a's late delivery finds the claim is b's").isEmpty();
        assertThat(a.posts.forDate(group.id(), LocalDate.of(2026, 11, 24)).orElseThrow().isSent()).isTrue();
    }
}
