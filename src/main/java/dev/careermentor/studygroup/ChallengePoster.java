package dev.careermentor.studygroup;

import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.PostRepository;
import dev.careermentor.studygroup.store.StudyGroupRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a group's challenge of a local date exactly once. The post row (unique per group and
 * date) is claimed, with its challenge, before anything is sent, and the message carries exactly
 * that challenge. A claim that was not finished (the sender crashed, or Discord failed) is resumed
 * by looking for the message in the channel first, and only sending if it is not there. Transient
 * failures are retried with growing backoff; a channel that is gone pauses the group and its owner
 * is told why. A post whose local day has ended is dropped.
 */
public final class ChallengePoster {

    private static final Logger log = LoggerFactory.getLogger(ChallengePoster.class);

    /** A claim older than this, not marked sent and not waiting for a retry, belongs to a sender that died. */
    public static final Duration CLAIM_LEASE = Duration.ofMinutes(2);
    /** Posting later than this after the due time adds a note. */
    static final Duration LATE_AFTER = Duration.ofMinutes(5);
    static final Duration FIRST_RETRY = Duration.ofSeconds(15);
    static final Duration MAX_RETRY = Duration.ofMinutes(30);

    private final StudyGroupRepository groups;
    private final PostRepository posts;
    private final PracticeService practice;
    private final ChallengeChannel channel;
    private final Clock clock;
    private final String instanceName;

    public ChallengePoster(StudyGroupRepository groups, PostRepository posts, PracticeService practice,
            ChallengeChannel channel, Clock clock, String instanceName) {
        this.groups = groups;
        this.posts = posts;
        this.practice = practice;
        this.channel = channel;
        this.clock = clock;
        this.instanceName = instanceName;
    }

    /** The name this process claims posts under. */
    public String instanceName() {
        return instanceName;
    }

    public enum Outcome { SENT, RECOVERED, ALREADY_SENT, IN_PROGRESS, RETRY_SCHEDULED, SKIPPED_DAY_OVER, PAUSED }

    /** Whether posting a local date now is late enough for a note. */
    boolean isLate(StudyGroup group, LocalDate date, Instant now) {
        return Duration.between(group.schedule().postInstant(date), now).compareTo(LATE_AFTER) > 0;
    }

    /** Claims and delivers one post (the dispatcher claims in batches and calls {@link #deliver}). */
    public Outcome post(StudyGroup group, LocalDate date) {
        Instant now = clock.instant();
        if (!group.schedule().dateAt(now).equals(date)) {
            return Outcome.SKIPPED_DAY_OVER;
        }
        Challenge next = practice.nextFor(group.id());
        PostRepository.Claim claim = posts.claim(group.id(), date, next.id(), instanceName, isLate(group, date, now));
        if (!claim.fresh()) {
            return resume(group, claim.post());
        }
        return deliver(new ClaimedPost(group, claim.post(), next, previousChallenge(group, date).orElse(null)));
    }

    /**
     * Continues a claim that exists already: done if sent; left alone while another sender's lease
     * runs; otherwise taken over, and delivered unless the message is found in the channel.
     */
    public Outcome resume(StudyGroup group, Post post) {
        Instant now = clock.instant();
        if (post.isSent()) {
            return Outcome.ALREADY_SENT;
        }
        if (!group.schedule().dateAt(now).equals(post.date())) {
            posts.release(post.id());
            log.info("Dropped the unfinished {} post of group {}: that day is over", post.date(), group.id());
            return Outcome.SKIPPED_DAY_OVER;
        }
        boolean leaseOver = now.toEpochMilli() - post.claimedAt() >= CLAIM_LEASE.toMillis();
        boolean retryDue = post.retryAt() != null && post.retryAt() <= now.toEpochMilli();
        if (!leaseOver && !retryDue) {
            return Outcome.IN_PROGRESS; // a sender is on it (perhaps in this very process)
        }
        if (!posts.takeOver(post, instanceName)) {
            return Outcome.IN_PROGRESS; // another sender took it over first
        }
        try {
            Optional<Long> earlier = channel.findPosted(group, post.id());
            if (earlier.isPresent()) {
                posts.markSent(post.id(), earlier.get());
                log.info("Recovered the {} post of group {}: it had reached the channel", post.date(), group.id());
                return Outcome.RECOVERED;
            }
        } catch (ChallengeChannel.SendFailure e) {
            return failed(group, post, e);
        }
        return deliver(recorded(group, post));
    }

    /**
     * Sends a claimed post, with exactly its recorded challenge, and marks it sent; failures become a
     * retry, or pause the group. A claim that waited in the send queue for half its lease or more
     * (thousands due at once, sent at Discord's pace) is renewed first, and not sent if another
     * sender has taken it over meanwhile.
     */
    public Outcome deliver(ClaimedPost claimed) {
        StudyGroup group = claimed.group();
        Post post = claimed.post();
        long waited = clock.millis() - post.claimedAt();
        if (waited >= CLAIM_LEASE.toMillis() / 2 && posts.hold(List.of(post.id()), instanceName) == 0) {
            log.info("The {} post of group {} waited {} s to be sent; another sender has it now", post.date(), group.id(),
                    waited / 1000);
            return Outcome.IN_PROGRESS;
        }
        try {
            long messageId = channel.post(group, message(claimed));
            posts.markSent(post.id(), messageId);
            log.debug("Posted challenge {} to group {} for {}{}", post.challengeId(), group.id(), post.date(),
                    post.late() ? " (late)" : "");
            return Outcome.SENT;
        } catch (ChallengeChannel.SendFailure e) {
            return failed(group, post, e);
        }
    }

    /**
     * A resumed claim with the challenge its row names. If the bank no longer has that challenge,
     * another one is recorded on the row first: the row always names what is posted.
     */
    private ClaimedPost recorded(StudyGroup group, Post post) {
        Challenge previous = previousChallenge(group, post.date()).orElse(null);
        Optional<Challenge> challenge = practice.challengeOf(post);
        if (challenge.isPresent()) {
            return new ClaimedPost(group, post, challenge.get(), previous);
        }
        Challenge replacement = practice.nextFor(group.id());
        posts.rechoose(post.id(), replacement.id());
        log.warn("Challenge {} of the {} post of group {} left the bank; recorded {} instead", post.challengeId(),
                post.date(), group.id(), replacement.id());
        return new ClaimedPost(group, post.withChallenge(replacement.id()), replacement, previous);
    }

    private Outcome failed(StudyGroup group, Post post, ChallengeChannel.SendFailure e) {
        if (e.permanent()) {
            posts.release(post.id());
            pause(group, e.getMessage());
            return Outcome.PAUSED;
        }
        int attempts = post.attempts() + 1;
        Duration backoff = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 16));
        Instant retryAt = clock.instant().plus(backoff.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : backoff);
        posts.scheduleRetry(post.id(), attempts, retryAt);
        log.warn("Posting to group {} failed ({}); attempt {} again at {}", group.id(), e.getMessage(), attempts + 1, retryAt);
        return Outcome.RETRY_SCHEDULED;
    }

    private Optional<Challenge> previousChallenge(StudyGroup group, LocalDate date) {
        return posts.recent(group.id(), 2).stream()
                .filter(p -> p.date().isBefore(date))
                .findFirst()
                .flatMap(practice::challengeOf);
    }

    private static ChallengeChannel.DailyPost message(ClaimedPost claimed) {
        StudyGroup group = claimed.group();
        Post post = claimed.post();
        String lateNote = post.late() ? "Posted late: it was due at " + group.postTime()
                .format(DateTimeFormatter.ofPattern("HH:mm")) + " (" + group.zone().getId()
                + "), but the bot was offline. You still have until midnight." : null;
        return new ChallengeChannel.DailyPost(post.id(), post.date(), claimed.challenge(), lateNote, group.roleId(),
                claimed.previous());
    }

    /** Pauses a group whose channel cannot be used and tells the member who set it up why. */
    private void pause(StudyGroup group, String why) {
        String reason = "Paused automatically: " + why;
        groups.setStatus(group.id(), StudyGroup.Status.PAUSED, reason);
        log.warn("Paused study group {} (channel {}): {}", group.id(), group.channelId(), why);
        try {
            channel.directMessage(group.ownerId(), new StudyGroupMessage.PausedNotice(group.channelId(), why));
        } catch (ChallengeChannel.SendFailure e) {
            log.warn("Could not tell {} that group {} was paused: {}", group.ownerId(), group.id(), e.getMessage());
        }
    }
}
