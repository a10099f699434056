package dev.careermentor.studygroup.model;

import java.time.Instant;

/**
 * A member's memory of one challenge, as FSRS tracks it: scheduled for review after every answer.
 *
 * @param topic the challenge's roadmap topic, kept so progress is read without the bank
 * @param reps answers so far; {@code lapses} how many of them were wrong
 * @param lastCorrect whether the latest answer was right
 */
public record ReviewState(long userId, String challengeId, String topic, double stability, double difficulty, int reps,
        int lapses, long lastReviewAt, long dueAt, boolean lastCorrect) {

    public boolean isDue(Instant now) {
        return dueAt <= now.toEpochMilli();
    }

    public Instant due() {
        return Instant.ofEpochMilli(dueAt);
    }

    public Instant lastReview() {
        return Instant.ofEpochMilli(lastReviewAt);
    }
}
