package dev.careermentor.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private final List<String> events = new ArrayList<>();

    private Routine part(String name) {
        return Routine.of(name, () -> events.add("start " + name), () -> events.add("stop " + name));
    }

    @Test
    void partsStartInOrderAndStopInReverseExactlyOnce() throws Exception {
        Lifecycle lifecycle = new Lifecycle(List.of(part("database"), part("gateway"), part("dispatcher")));

        lifecycle.start();
        lifecycle.close();
        lifecycle.close(); // a shutdown hook and its caller may both close

        assertThat(events).containsExactly("start database", "start gateway", "start dispatcher",
                "stop dispatcher", "stop gateway", "stop database");
    }

    @Test
    void whenAPartFailsToStartThoseRunningAreStoppedAndTheRestNeverStart() {
        Routine failing = Routine.of("gateway", () -> {
            throw new IllegalStateException("no network");
        }, () -> events.add("stop gateway"));
        Lifecycle lifecycle = new Lifecycle(List.of(part("database"), failing, part("dispatcher")));

        assertThatThrownBy(lifecycle::start).hasMessage("no network");
        lifecycle.close();

        assertThat(events).containsExactly("start database", "stop database");
    }

    @Test
    void aFailingStopDoesNotKeepTheOthersRunning() throws Exception {
        Routine stuck = Routine.of("gateway", () -> events.add("start gateway"), () -> {
            throw new IllegalStateException("stuck");
        });
        Lifecycle lifecycle = new Lifecycle(List.of(part("database"), stuck, part("dispatcher")));
        lifecycle.start();

        lifecycle.close();

        assertThat(events).endsWith("stop dispatcher", "stop database");
    }

    @Test
    void aLifecycleStartsOnce() throws Exception {
        Lifecycle lifecycle = new Lifecycle(List.of(part("database")));
        lifecycle.start();

        assertThatThrownBy(lifecycle::start).isInstanceOf(IllegalStateException.class);
        assertThat(events).containsExactly("start database");
    }
}
