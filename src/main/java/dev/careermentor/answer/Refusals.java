package dev.careermentor.answer;

import java.util.List;

/** The mentor's honest "I can't answer that" replies, each pointing to what it can help with. */
final class Refusals {

    static final String EXAMPLES = "which web frameworks to learn, why SQL matters next to an ORM, "
            + "what the HR and technical interviews look like, or where to find jobs and freelance work";

    private Refusals() {
    }

    static String empty() {
        return "Ask me anything about becoming a professional Python developer: for example " + EXAMPLES + ".";
    }

    static String greeting() {
        return "Hi! I'm Career Mentor. I answer questions about becoming a professional Python developer from a "
                + "curated knowledge base: for example " + EXAMPLES + ".";
    }

    static String thanks() {
        return "You're welcome! Ask me anything else about becoming a Python developer, whenever you like.";
    }

    static String acknowledged() {
        return "Glad that helps! Ask me anything else about becoming a Python developer, whenever you like.";
    }

    /** @param closest the closest questions the knowledge base does answer, possibly none */
    static String notCovered(List<Answer.Related> closest) {
        String text = "My knowledge base doesn't answer that, so I won't guess.";
        if (closest.isEmpty()) {
            return text + " I can help with the path to becoming a Python developer: for example " + EXAMPLES + ".";
        }
        return text + " The closest I can answer: " + closest.stream().map(r -> "\u201c" + r.question() + "\u201d")
                .collect(java.util.stream.Collectors.joining(" or ")) + ".";
    }

    static String noFigures() {
        return "My knowledge base holds no figures for that (salaries, rates, head counts or statistics), and I "
                + "won't make numbers up.";
    }

    static String unrelatedTask() {
        return "That's outside what I do: I'm a mentor for becoming a Python developer and answer from a curated "
                + "knowledge base. Try asking " + EXAMPLES + ".";
    }

    static String harmful() {
        return "I won't help with that: it could hurt people. I'm glad to help with your Python career instead: ask "
                + "me about " + EXAMPLES + ".";
    }

    static String deceptive() {
        return "I won't help with that: it would deceive an employer who is trusting what you tell them. I'm glad to "
                + "help you get there honestly: ask me about " + EXAMPLES + ".";
    }

    static String abuse() {
        return "I'll pass on insults, for anyone. If one of my answers missed the mark, tell me what you were after "
                + "and I'll try again: I can help with " + EXAMPLES + ".";
    }

    static String codingHelp() {
        return "I can't write or debug code for you: I'm a career mentor and answer from a curated knowledge base "
                + "(it has a few worked examples, such as the Euler pi exercise). Try asking " + EXAMPLES + ".";
    }

    static String otherStack(String stack) {
        return outsideThePath(stack + " careers");
    }

    static String otherProfession(String goal) {
        return outsideThePath(goal);
    }

    private static String outsideThePath(String what) {
        return "I only mentor the path to becoming a Python developer, so I can't advise on " + what + ". "
                + "Ask me about Python instead: for example " + EXAMPLES + ".";
    }

    static String instructions() {
        return "I can't change how I work or share my setup. I answer questions about becoming a Python developer "
                + "from a curated knowledge base: try asking " + EXAMPLES + ".";
    }

    static List<String> truncationNote(int maxChars) {
        return List.of("Your message was long, so I read only its first " + String.format("%,d", maxChars)
                + " characters.");
    }
}
