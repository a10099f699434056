package dev.careermentor.studygroup.progress;

import java.time.Instant;

/**
 * Where a member stands on one topic of the roadmap.
 *
 * @param challenges how many challenges the bank has on the topic
 * @param answered how many of them the member answered; {@code right} how many they got right the last time
 * @param nextReview when the topic's next review is due, or null
 * @param due reviews of the topic due now
 * @param nextStep one line on what to do next
 */
public record TopicProgress(String topicId, String title, State state, int challenges, int answered, int right,
        Instant nextReview, int due, String nextStep) {

    /** Not started (nothing answered), learning, or solid (right, and FSRS expects it to stay). */
    public enum State { NOT_STARTED, LEARNING, SOLID }

    /** The share of the topic's challenges the member last answered right, 0 to 1. */
    public double share() {
        return challenges == 0 ? 0 : Math.min(1, (double) right / challenges);
    }
}
