package dev.careermentor.studygroup;

import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.model.StudyGroup;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where study-group messages go: implemented by the Discord adapter, the console and tests. The core
 * decides what and when, as data; the channel renders it for its medium and delivers it.
 */
public interface ChallengeChannel {

    /**
     * A daily post. Its {@link #marker} is printed in the message so a crashed post can be found again.
     *
     * @param lateNote why the post comes late, or null
     * @param roleId a role to ping, or null
     * @param previous the group's previous challenge, whose answer the post reveals (its day is over), or null
     */
    record DailyPost(long postId, LocalDate date, Challenge challenge, String lateNote, Long roleId, Challenge previous) {
        public String marker() {
            return marker(postId);
        }

        /** The text that identifies a post's message in its channel. */
        public static String marker(long postId) {
            return "ref P" + postId;
        }
    }

    /** Sends the post; returns the message id. */
    long post(StudyGroup group, DailyPost post) throws SendFailure;

    /** The message of an earlier attempt to send a post, if it reached the channel (crash recovery). */
    Optional<Long> findPosted(StudyGroup group, long postId) throws SendFailure;

    /** A message in the group's channel (the announcement, reminders). */
    void say(StudyGroup group, StudyGroupMessage message) throws SendFailure;

    /** A direct message to a member (their reminder, the owner's pause notice). */
    void directMessage(long userId, StudyGroupMessage message) throws SendFailure;

    /**
     * A failed delivery. Permanent failures (the channel is gone, the bot lost its permissions) pause
     * the group; others are retried with backoff.
     */
    final class SendFailure extends Exception {
        private final boolean permanent;

        public SendFailure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
