package dev.careermentor.studygroup;

import dev.careermentor.MutableClock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Records what the core sends, with the (test) time of sending; can be scripted to fail or "crash". */
final class FakeChallengeChannel implements ChallengeChannel {

    record Sent(long groupId, long messageId, DailyPost post, Instant at) {
    }

    record Text(long target, String text, Instant at) {
    }

    /** Stands for the process dying at that point. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash");
        }
    }

    enum Crash { NONE, BEFORE_SEND, AFTER_SEND }

    private final MutableClock clock;
    private final AtomicLong ids = new AtomicLong(1000);
    final List<Sent> posts = Collections.synchronizedList(new ArrayList<>());
    final List<Text> said = Collections.synchronizedList(new ArrayList<>());
    final List<Text> directMessages = Collections.synchronizedList(new ArrayList<>());
    final Deque<SendFailure> failures = new ArrayDeque<>();
    volatile Crash crash = Crash.NONE;
    volatile SendFailure sayFailure;

    FakeChallengeChannel(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public long post(StudyGroup group, DailyPost post) throws SendFailure {
        synchronized (failures) {
            if (!failures.isEmpty()) {
                throw failures.poll();
            }
        }
        if (crash == Crash.BEFORE_SEND) {
            crash = Crash.NONE;
            throw new SimulatedCrash();
        }
        long id = ids.incrementAndGet();
        posts.add(new Sent(group.id(), id, post, clock.instant()));
        if (crash == Crash.AFTER_SEND) {
            crash = Crash.NONE;
            throw new SimulatedCrash();
        }
        return id;
    }

    @Override
    public Optional<Long> findPosted(StudyGroup group, DailyPost post) {
        synchronized (posts) {
            return posts.stream().filter(s -> s.groupId() == group.id() && s.post().marker().equals(post.marker()))
                    .map(Sent::messageId).findFirst();
        }
    }

    @Override
    public void say(StudyGroup group, String text) throws SendFailure {
        if (sayFailure != null) {
            throw sayFailure;
        }
        said.add(new Text(group.id(), text, clock.instant()));
    }

    /** Reminders among the plain messages (the set-up announcement is one too). */
    List<Text> reminders() {
        synchronized (said) {
            return said.stream().filter(t -> t.text().contains("left for today's challenge")).toList();
        }
    }

    @Override
    public void directMessage(long userId, String text) {
        directMessages.add(new Text(userId, text, clock.instant()));
    }

    List<Sent> postsOf(long groupId) {
        synchronized (posts) {
            return posts.stream().filter(s -> s.groupId() == groupId).toList();
        }
    }
}
