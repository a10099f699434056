package dev.careermentor.discord;

import java.util.List;
import java.util.Optional;

/**
 * Custom ids of the feedback components: {@code feedback:up:<answer>}, {@code feedback:down:<answer>},
 * {@code feedback:why:<answer>} (the "tell us" button) and {@code feedback:missing:<answer>} (the form).
 */
public final class FeedbackIds {

    public static final String PREFIX = "feedback";

    private FeedbackIds() {
    }

    public enum Action { UP, DOWN, WHY, MISSING }

    public record Parsed(Action action, long answerId) {
    }

    public static String id(Action action, long answerId) {
        return PREFIX + ":" + action.name().toLowerCase(java.util.Locale.ROOT) + ":" + answerId;
    }

    public static List<BotReply.Button> buttons(long answerId) {
        return List.of(new BotReply.Button(id(Action.UP, answerId), "Helpful", "👍", BotReply.Style.SECONDARY),
                new BotReply.Button(id(Action.DOWN, answerId), "Not helpful", "👎", BotReply.Style.SECONDARY));
    }

    public static Optional<Parsed> parse(String customId) {
        String[] parts = customId.split(":");
        if (parts.length != 3 || !parts[0].equals(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(Action.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)), Long.parseLong(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
