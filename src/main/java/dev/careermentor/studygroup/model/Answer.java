package dev.careermentor.studygroup.model;

/** A member's answer to a post: only the first one counts. {@code answer} is the text shown back to them. */
public record Answer(long postId, long userId, String answer, boolean correct, int points, int hintsUsed) {
}
