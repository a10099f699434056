package dev.careermentor.discord;

import dev.careermentor.practice.Challenge;

/** A challenge's prompt in a Discord message: bold, its lettered options, and how to answer it here. */
public final class ChallengePrompt {

    private ChallengePrompt() {
    }

    /** @param taskInstruction what to do with a practice task, which has no one right answer */
    public static void appendTo(StringBuilder body, Challenge challenge, String taskInstruction) {
        body.append("**").append(challenge.meta().prompt()).append("**\n");
        if (challenge instanceof Challenge.MultipleChoice choice) {
            for (int i = 0; i < choice.options().size(); i++) {
                body.append('\n').append(choice.lettered(i));
            }
            body.append("\n\nPick your answer with the buttons below.");
        } else if (challenge instanceof Challenge.ShortAnswer) {
            body.append("\nPress **Answer** and type a short answer.");
        } else {
            body.append("\n").append(taskInstruction);
        }
    }
}
