package dev.careermentor.studygroup.model;

import java.time.Instant;

/**
 * One answer a member gave, wherever: a group's daily post or a challenge from {@code /practice}.
 * The days with attempts are the days the member practised.
 */
public record Attempt(long userId, String challengeId, String topic, boolean correct, Origin origin, long answeredAt) {

    public enum Origin { POST, PRACTICE }

    public Instant at() {
        return Instant.ofEpochMilli(answeredAt);
    }
}
