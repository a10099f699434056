package dev.careermentor.discord.ops;

import dev.careermentor.studygroup.ChallengeChannel;
import dev.careermentor.studygroup.StudyGroupMessage;
import dev.careermentor.studygroup.model.StudyGroup;
import java.util.Optional;

/** Counts the daily posts that pass through a delivery channel: sent, sent late, failed. */
public final class MeteredChallengeChannel implements ChallengeChannel {

    private final ChallengeChannel delivery;
    private final BotMetrics metrics;

    public MeteredChallengeChannel(ChallengeChannel delivery, BotMetrics metrics) {
        this.delivery = delivery;
        this.metrics = metrics;
    }

    @Override
    public long post(StudyGroup group, DailyPost post) throws SendFailure {
        try {
            long messageId = delivery.post(group, post);
            metrics.postSent(post.lateNote() != null);
            return messageId;
        } catch (SendFailure e) {
            metrics.postFailed(e.permanent());
            throw e;
        }
    }

    @Override
    public Optional<Long> findPosted(StudyGroup group, long postId) throws SendFailure {
        return delivery.findPosted(group, postId);
    }

    @Override
    public void say(StudyGroup group, StudyGroupMessage message) throws SendFailure {
        delivery.say(group, message);
    }

    @Override
    public void directMessage(long userId, StudyGroupMessage message) throws SendFailure {
        delivery.directMessage(userId, message);
    }

    @Override
    public String toString() {
        return "metered " + delivery;
    }
}
