package dev.careermentor.console;

import dev.careermentor.practice.Challenge;
import java.io.PrintStream;

/** A challenge in the console: its prompt, its lettered options, and how to answer it. */
final class ConsoleChallenge {

    private ConsoleChallenge() {
    }

    static void print(PrintStream out, Challenge challenge) {
        out.println("  " + challenge.meta().prompt());
        if (challenge instanceof Challenge.MultipleChoice choice) {
            for (int i = 0; i < choice.options().size(); i++) {
                out.println("    " + choice.lettered(i));
            }
            out.println("Answer with /answer A (or B, C...).");
        } else if (challenge instanceof Challenge.PracticeTask) {
            out.println("A practice task: try it, then /answer <your attempt> to see a model solution. /hint helps.");
        } else {
            out.println("Answer with /answer <your answer>.");
        }
    }
}
