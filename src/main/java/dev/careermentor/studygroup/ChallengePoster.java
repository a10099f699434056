package dev.careermentor.studygroup;

import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.PracticeService;
import dev.careermentor.store.PostRepository;
import dev.careermentor.store.StudyGroupRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a group's challenge of a local date exactly once. The post row (unique per group and
 * date) is claimed before anything is sent. A claim that was not finished (the sender crashed, or
 * Discord failed) is resumed by looking for the message in the channel first, and only sending if
 * it is not there. Transient failures are retried with growing backoff; a channel that is gone
 * pauses the group and its admin is told why. A post whose local day has ended is dropped.
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
        return claim.fresh() ? deliver(group, claim.post()) : resume(group, claim.post());
    }

    /**
     * Continues a claim that exists already: done if sent; left alone while another sender's lease
     * runs; otherwise taken over, and delivered unless the message is found in the channel.
     */
    public Outcome resume(StudyGroup group, PostRepository.Post post) {
        Instant now = clock.instant();
        if (post.status() == PostRepository.Status.SENT) {
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
            Optional<Long> earlier = channel.findPosted(group, message(group, post, Optional.empty()));
            if (earlier.isPresent()) {
                posts.markSent(post.id(), earlier.get());
                log.info("Recovered the {} post of group {}: it had reached the channel", post.date(), group.id());
                return Outcome.RECOVERED;
            }
        } catch (ChallengeChannel.SendFailure e) {
            return failed(group, post, e);
        }
        return deliver(group, post);
    }

    /** Sends a claimed post and records it; failures become a retry, or pause the group. */
    public Outcome deliver(StudyGroup group, PostRepository.Post post) {
        return deliver(group, post, previousChallenge(group, post));
    }

    /** @param previous the group's previous challenge, to reveal its answer (the dispatcher looks these up in bulk) */
    public Outcome deliver(StudyGroup group, PostRepository.Post post, Optional<Challenge> previous) {
        try {
            long messageId = channel.post(group, message(group, post, previous));
            posts.markSent(post.id(), messageId);
            log.debug("Posted challenge {} to group {} for {}{}", post.challengeId(), group.id(), post.date(),
                    post.late() ? " (late)" : "");
            return Outcome.SENT;
        } catch (ChallengeChannel.SendFailure e) {
            return failed(group, post, e);
        }
    }

    private Outcome failed(StudyGroup group, PostRepository.Post post, ChallengeChannel.SendFailure e) {
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

    private Optional<Challenge> previousChallenge(StudyGroup group, PostRepository.Post post) {
        return posts.recent(group.id(), 2).stream()
                .filter(p -> p.date().isBefore(post.date()))
                .findFirst()
                .flatMap(practice::challengeOf);
    }

    private ChallengeChannel.DailyPost message(StudyGroup group, PostRepository.Post post, Optional<Challenge> previous) {
        Challenge challenge = practice.challengeOf(post).orElseGet(() -> practice.nextFor(group.id()));
        String lateNote = post.late() ? "Posted late: it was due at " + group.postTime()
                .format(DateTimeFormatter.ofPattern("HH:mm")) + " (" + group.zone().getId()
                + "), but the bot was offline. You still have until midnight." : null;
        return new ChallengeChannel.DailyPost(post.id(), post.date(), challenge, lateNote, group.roleId(),
                previous.orElse(null));
    }

    /** Pauses a group whose channel cannot be used and tells the member who set it up why. */
    private void pause(StudyGroup group, String why) {
        String reason = "Paused automatically: " + why;
        groups.setStatus(group.id(), StudyGroup.Status.PAUSED, reason);
        log.warn("Paused study group {} (channel {}): {}", group.id(), group.channelId(), why);
        try {
            channel.directMessage(group.ownerId(), "Your study group in <#" + group.channelId() + "> is paused: " + why
                    + ". Fix the channel or the bot's permissions, then run /studygroup resume there.");
        } catch (ChallengeChannel.SendFailure e) {
            log.warn("Could not tell {} that group {} was paused: {}", group.ownerId(), group.id(), e.getMessage());
        }
    }
}
