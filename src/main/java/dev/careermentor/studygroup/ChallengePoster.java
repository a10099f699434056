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
 * Posts a group's challenge of a local date exactly once. The post row (unique per group and date)
 * is claimed before anything is sent; a claim left by a crashed sender is recovered by looking for
 * the message in the channel first, and only sending if it is not there. A post missed while the
 * bot was down goes out late, with a note, if it is still that day for the group; otherwise it is
 * skipped.
 */
public final class ChallengePoster {

    private static final Logger log = LoggerFactory.getLogger(ChallengePoster.class);

    /** A claim older than this, not marked sent, belongs to a sender that died. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);
    /** Posting later than this after the due time adds a note. */
    static final Duration LATE_AFTER = Duration.ofMinutes(5);

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

    public enum Outcome { SENT, SENT_LATE, RECOVERED, ALREADY_SENT, SKIPPED_DAY_OVER, PAUSED }

    /** Thrown for a delivery to retry later (a transient failure, or another sender still busy). */
    public static final class RetryLater extends RuntimeException {
        RetryLater(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Outcome post(StudyGroup group, LocalDate date) {
        Instant now = clock.instant();
        LocalSchedule schedule = group.schedule();
        if (!schedule.dateAt(now).equals(date)) {
            log.info("Skipping the {} post of group {}: that day is over in {}", date, group.id(), group.zone());
            return Outcome.SKIPPED_DAY_OVER;
        }
        boolean late = Duration.between(schedule.postInstant(date), now).compareTo(LATE_AFTER) > 0;
        Challenge next = practice.nextFor(group.id());
        PostRepository.Claim claim = posts.claim(group.id(), date, next.id(), instanceName, late);
        PostRepository.Post post = claim.post();
        if (!claim.fresh()) {
            if (post.status() == PostRepository.Status.SENT) {
                return Outcome.ALREADY_SENT;
            }
            if (!post.claimedBy().equals(instanceName)
                    && Duration.ofMillis(now.toEpochMilli() - post.claimedAt()).compareTo(CLAIM_LEASE) < 0) {
                throw new RetryLater("another sender (" + post.claimedBy() + ") is posting group " + group.id(), null);
            }
            if (!post.claimedBy().equals(instanceName) && !posts.takeOver(post, instanceName)) {
                throw new RetryLater("lost the race to recover the post of group " + group.id(), null);
            }
        }
        ChallengeChannel.DailyPost message = message(group, post, now);
        try {
            if (!claim.fresh()) {
                Optional<Long> earlier = channel.findPosted(group, message);
                if (earlier.isPresent()) {
                    posts.markSent(post.id(), earlier.get());
                    log.info("Recovered the {} post of group {}: it had reached the channel", date, group.id());
                    return Outcome.RECOVERED;
                }
            }
            long messageId = channel.post(group, message);
            posts.markSent(post.id(), messageId);
            log.info("Posted challenge {} to group {} for {}{}", post.challengeId(), group.id(), date, late ? " (late)" : "");
            return post.late() ? Outcome.SENT_LATE : Outcome.SENT;
        } catch (ChallengeChannel.SendFailure e) {
            if (!e.permanent()) {
                throw new RetryLater("could not post to group " + group.id() + ": " + e.getMessage(), e);
            }
            posts.release(post.id());
            pause(group, e.getMessage());
            return Outcome.PAUSED;
        }
    }

    private ChallengeChannel.DailyPost message(StudyGroup group, PostRepository.Post post, Instant now) {
        Challenge challenge = practice.challengeOf(post).orElseGet(() -> practice.nextFor(group.id()));
        String lateNote = post.late() ? "Posted late: it was due at " + group.postTime()
                .format(DateTimeFormatter.ofPattern("HH:mm")) + " (" + group.zone().getId()
                + "), but the bot was offline. You still have until midnight." : null;
        return new ChallengeChannel.DailyPost(post.id(), post.date(), challenge, lateNote, group.roleId());
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
