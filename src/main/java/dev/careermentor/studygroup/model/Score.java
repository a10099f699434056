package dev.careermentor.studygroup.model;

/** A member's line on a group's leaderboard: points, answers given, and how many were right. */
public record Score(long userId, int points, int answers, int correct) {
}
