package dev.careermentor.studygroup.learning;

import dev.careermentor.studygroup.model.ReviewState;
import java.util.List;
import java.util.Map;

/**
 * What the choice of a member's next challenge depends on: every challenge they answered (with its
 * FSRS schedule), and the topics they asked the mentor about.
 *
 * @param reviews by challenge id
 * @param asked newest first
 */
public record LearnerHistory(long userId, Map<String, ReviewState> reviews, List<AskedTopic> asked) {

    public LearnerHistory {
        reviews = Map.copyOf(reviews);
        asked = List.copyOf(asked);
    }

    /** A question the member asked, by the topic of the card that answered it. */
    public record AskedTopic(String topic, long askedAt) {
    }

    public static LearnerHistory empty(long userId) {
        return new LearnerHistory(userId, Map.of(), List.of());
    }
}
