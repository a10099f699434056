package dev.careermentor.discord.ask;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.ComponentId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The feedback components' ids, through the {@link ComponentId} codec: {@code up}, {@code down},
 * {@code why} (the "tell us" button) and {@code missing} (the form), each with the answer id.
 */
public final class FeedbackIds {

    public static final String FEATURE = "feedback";

    private FeedbackIds() {
    }

    public enum Action { UP, DOWN, WHY, MISSING }

    public record Parsed(Action action, long answerId) {
    }

    public static String id(Action action, long answerId) {
        return ComponentId.of(FEATURE, action.name().toLowerCase(Locale.ROOT), answerId).encode();
    }

    public static List<BotReply.Button> buttons(long answerId) {
        return List.of(new BotReply.Button(id(Action.UP, answerId), "Helpful", "👍", BotReply.Style.SECONDARY),
                new BotReply.Button(id(Action.DOWN, answerId), "Not helpful", "👎", BotReply.Style.SECONDARY));
    }

    /** Reads an id of this release or an earlier one ({@code feedback:up:<answer>}). */
    public static Optional<Parsed> parse(String customId) {
        return ComponentId.parse(customId)
                .filter(id -> id.feature().equals(FEATURE) && id.values().size() == 1)
                .flatMap(id -> action(id.action())
                        .flatMap(action -> id.number(0).map(answer -> new Parsed(action, answer))));
    }

    private static Optional<Action> action(String name) {
        try {
            return Optional.of(Action.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
