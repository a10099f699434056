package dev.careermentor.studygroup;

import dev.careermentor.MutableClock;
import dev.careermentor.discord.CommandMentions;
import dev.careermentor.discord.studygroup.StudyGroupTexts;
import dev.careermentor.studygroup.model.StudyGroup;
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

    /** How members read the messages: the Discord texts, with commands not registered (plain "/name"). */
    private static final StudyGroupTexts DISCORD = new StudyGroupTexts(new CommandMentions());

    record Sent(long groupId, long messageId, DailyPost post, Instant at) {
    }

    /** A message to a group (its id) or a member, as data, and as it reads in Discord. */
    record Text(long target, StudyGroupMessage message, Instant at) {
        String text() {
            return DISCORD.render(message);
        }
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
    public Optional<Long> findPosted(StudyGroup group, long postId) {
        synchronized (posts) {
            return posts.stream().filter(s -> s.groupId() == group.id() && s.post().marker().equals(DailyPost.marker(postId)))
                    .map(Sent::messageId).findFirst();
        }
    }

    @Override
    public void say(StudyGroup group, StudyGroupMessage message) throws SendFailure {
        if (sayFailure != null) {
            throw sayFailure;
        }
        said.add(new Text(group.id(), message, clock.instant()));
    }

    /** The channel reminders among the group messages (the set-up announcement is one too). */
    List<Text> reminders() {
        synchronized (said) {
            return said.stream().filter(t -> t.message() instanceof StudyGroupMessage.ChannelReminder).toList();
        }
    }

    @Override
    public void directMessage(long userId, StudyGroupMessage message) {
        directMessages.add(new Text(userId, message, clock.instant()));
    }

    List<Sent> postsOf(long groupId) {
        synchronized (posts) {
            return posts.stream().filter(s -> s.groupId() == groupId).toList();
        }
    }
}
