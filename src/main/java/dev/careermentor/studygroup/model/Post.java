package dev.careermentor.studygroup.model;

import java.time.LocalDate;

/**
 * A group's challenge of one local date: claimed (its unique row written) before it is sent, then
 * marked sent with the Discord message that carries it.
 *
 * @param claimedBy the process that holds the claim (its lease runs from {@code claimedAt})
 * @param attempts failed deliveries so far; {@code retryAt} is when the next one is due
 * @param remindedAt when the channel reminder of this post went out, or null
 */
public record Post(long id, long groupId, LocalDate date, String challengeId, Status status, String claimedBy,
        long claimedAt, Long messageId, Long sentAt, boolean late, int attempts, Long retryAt, Long remindedAt) {

    public enum Status { CLAIMED, SENT }

    public boolean isSent() {
        return status == Status.SENT;
    }

    /** The same row naming another challenge. */
    public Post withChallenge(String otherChallengeId) {
        return new Post(id, groupId, date, otherChallengeId, status, claimedBy, claimedAt, messageId, sentAt, late, attempts,
                retryAt, remindedAt);
    }
}
