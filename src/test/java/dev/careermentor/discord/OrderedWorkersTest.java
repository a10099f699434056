package dev.careermentor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final OrderedWorkers workers = new OrderedWorkers(pool);
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("in time").isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void tasksOfOneKeyRunOneAtATimeInArrivalOrderWhileOtherKeysRunMeanwhile() {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherKeyRan = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(3);

        workers.execute("thread 1", () -> {
            events.add("first started");
            await(release);
            events.add("first finished");
            done.countDown();
        });
        workers.execute("thread 1", () -> {
            events.add("second started");
            done.countDown();
        });
        workers.execute("thread 2", () -> {
            otherKeyRan.countDown();
            done.countDown();
        });
        await(otherKeyRan); // another conversation is not held up by the first one's slow task
        release.countDown();
        await(done);

        assertThat(events).containsExactly("first started", "first finished", "second started");
    }

    @Test
    void aFailingTaskDoesNotStopTheTasksBehindIt() {
        CountDownLatch done = new CountDownLatch(1);

        workers.execute("thread 1", () -> {
            throw new IllegalStateException("boom");
        });
        workers.execute("thread 1", () -> {
            events.add("ran");
            done.countDown();
        });
        await(done);

        assertThat(events).containsExactly("ran");
    }

    @Test
    void aKeyWhoseTasksAreDoneStartsAfreshLater() {
        CountDownLatch first = new CountDownLatch(1);
        workers.execute("thread 1", first::countDown);
        await(first);
        CountDownLatch second = new CountDownLatch(1);

        workers.execute("thread 1", second::countDown);

        await(second);
    }
}
