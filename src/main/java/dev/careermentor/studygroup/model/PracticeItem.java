package dev.careermentor.studygroup.model;

/**
 * A challenge handed to one member by {@code /practice} (or "Practice this"), waiting for their
 * answer; its buttons carry its id. It is answered once.
 *
 * @param reason why this challenge was chosen
 * @param correct null until answered
 */
public record PracticeItem(long id, long userId, String challengeId, Reason reason, long createdAt, Long answeredAt,
        Boolean correct) {

    /** Why a challenge was chosen for the member, shown to them. */
    public enum Reason {
        /** A review FSRS says is due. */
        REVIEW,
        /** On a topic the member asked the mentor about recently. */
        ASKED,
        /** On a topic the member got wrong. */
        MISSED,
        /** On a topic the member has not touched yet. */
        NEW,
        /** Any challenge not answered yet. */
        MORE,
        /** Everything was answered: the review due soonest, early. */
        AHEAD,
        /** "Practice this": the topic of the card that answered a question. */
        TOPIC
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }
}
