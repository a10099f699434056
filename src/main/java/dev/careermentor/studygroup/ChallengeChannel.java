package dev.careermentor.studygroup;

import dev.careermentor.practice.Challenge;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where study-group messages go: implemented by the Discord adapter (and by tests). The core decides
 * what and when; the channel only delivers.
 */
public interface ChallengeChannel {

    /**
     * A daily post. {@code marker} is printed in the message so a crashed post can be found again.
     *
     * @param previous the group's previous challenge, whose answer the post reveals (its day is over), or null
     */
    record DailyPost(long postId, LocalDate date, Challenge challenge, String lateNote, Long roleId, Challenge previous) {
        public DailyPost(long postId, LocalDate date, Challenge challenge, String lateNote, Long roleId) {
            this(postId, date, challenge, lateNote, roleId, null);
        }

        public String marker() {
            return "ref P" + postId;
        }
    }

    /** Sends the post; returns the message id. */
    long post(StudyGroup group, DailyPost post) throws SendFailure;

    /** The message of an earlier attempt to send this post, if it reached the channel (crash recovery). */
    Optional<Long> findPosted(StudyGroup group, DailyPost post) throws SendFailure;

    /** A plain message in the group's channel (reminders, announcements). */
    void say(StudyGroup group, String text) throws SendFailure;

    void directMessage(long userId, String text) throws SendFailure;

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
