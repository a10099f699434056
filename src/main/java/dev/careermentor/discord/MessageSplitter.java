package dev.careermentor.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits long text into messages within Discord's limit: at paragraph breaks, then line breaks,
 * then spaces. A code block cut in two is closed at the end of one part and reopened (with its
 * language) at the start of the next, so every part renders correctly.
 */
public final class MessageSplitter {

    private MessageSplitter() {
    }

    public static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        String reopen = "";
        while (!rest.isEmpty()) {
            String candidate = reopen + rest;
            if (candidate.length() <= limit) {
                parts.add(candidate);
                break;
            }
            int budget = limit - 4; // room to close an open fence
            int cut = cutPoint(candidate, budget);
            String part = candidate.substring(0, cut).stripTrailing();
            String openFence = openFence(part);
            if (openFence != null) {
                part = part + "\n```";
                reopen = openFence + "\n";
            } else {
                reopen = "";
            }
            parts.add(part);
            rest = candidate.substring(cut).strip();
            if (rest.isEmpty()) {
                break;
            }
        }
        return parts;
    }

    private static int cutPoint(String text, int budget) {
        for (String separator : new String[] {"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(separator, budget);
            if (at > budget / 3) {
                return at;
            }
        }
        return Character.isHighSurrogate(text.charAt(budget - 1)) ? budget - 1 : budget;
    }

    /** The opening fence line (e.g. "```python") if the text ends inside a code block, else null. */
    static String openFence(String text) {
        String open = null;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("```")) {
                open = open == null ? stripped : null;
            }
        }
        return open;
    }
}
