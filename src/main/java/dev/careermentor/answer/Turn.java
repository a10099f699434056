package dev.careermentor.answer;

/** One earlier exchange of a conversation: what the member asked and what the mentor said. */
public record Turn(String question, String answer) {
}
