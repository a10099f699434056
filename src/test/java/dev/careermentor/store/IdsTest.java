package dev.careermentor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void aBurstOfIdsInOneMillisecondHasNoDuplicate() {
        long[] ids = IntStream.range(0, 200_000).mapToLong(i -> Ids.next()).toArray();

        assertThat(IntStream.range(1, ids.length).allMatch(i -> ids[i] > ids[i - 1])).as("increasing").isTrue();
    }

    @Test
    void threadsTakingIdsAtOnceNeverShareOne() throws Exception {
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        List<Thread> threads = IntStream.range(0, 4).mapToObj(t -> new Thread(() -> {
            for (int i = 0; i < 50_000; i++) {
                seen.add(Ids.next());
            }
        })).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(seen).hasSize(200_000);
    }

    @Test
    void idsFollowTheClock() {
        long before = System.currentTimeMillis();
        long id = Ids.next();

        assertThat(id >>> 22).isBetween(before, System.currentTimeMillis() + 1_000);
        assertThat(id).isPositive();
    }
}
