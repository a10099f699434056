package dev.careermentor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void aBurstOfIdsInTheSameMillisecondsHasNoDuplicates() {
        // 10,000 study groups claimed in one dispatch draw their post ids within a few milliseconds.
        Set<Long> ids = new HashSet<>();
        long previous = 0;
        for (int i = 0; i < 200_000; i++) {
            long id = Ids.next();
            assertThat(id).isGreaterThan(previous);
            previous = id;
            ids.add(id);
        }
        assertThat(ids).hasSize(200_000);
    }

    @Test
    void idsFollowTheClock() {
        long before = System.currentTimeMillis();
        long id = Ids.next();
        assertThat(id >> 22).isGreaterThanOrEqualTo(before);
    }
}
