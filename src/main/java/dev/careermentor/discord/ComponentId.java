package dev.careermentor.discord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one codec for the custom ids of buttons and forms, for every feature: a feature name (which
 * routes the click), an action, and values. Written as {@code v1:feature:action:value...}; the
 * version comes first so that a later release can change the layout and still read the ids of
 * the buttons already in channels. Ids without a version are the layout from before versions,
 * {@code feature:action:value...} ({@code challenge:pick:<post>:<option>}, {@code feedback:up:<answer>}),
 * and are still read.
 *
 * <p>Features do not parse ids themselves: each has a small typed wrapper ({@code FeedbackIds},
 * {@code ChallengeIds}) over this class.
 */
public record ComponentId(int version, String feature, String action, List<String> values) {

    /** The version this release writes. */
    public static final int CURRENT = 1;
    /** The unversioned ids written before versions existed. */
    public static final int LEGACY = 0;

    private static final String SEPARATOR = ":";
    private static final Pattern VERSION = Pattern.compile("v(\\d{1,3})");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]*");

    public ComponentId {
        if (!WORD.matcher(feature).matches() || !WORD.matcher(action).matches()) {
            throw new IllegalArgumentException("feature and action must be lowercase words: " + feature + ", " + action);
        }
        values = List.copyOf(values);
        if (values.stream().anyMatch(v -> v.isEmpty() || v.contains(SEPARATOR))) {
            throw new IllegalArgumentException("values must be non-empty and free of '" + SEPARATOR + "': " + values);
        }
    }

    /** An id of the current version. */
    public static ComponentId of(String feature, String action, long... values) {
        return new ComponentId(CURRENT, feature, action, Arrays.stream(values).mapToObj(Long::toString).toList());
    }

    /** The id as Discord stores it (at most 100 characters). */
    public String encode() {
        StringBuilder id = new StringBuilder();
        if (version != LEGACY) {
            id.append('v').append(version).append(SEPARATOR);
        }
        id.append(feature).append(SEPARATOR).append(action);
        values.forEach(value -> id.append(SEPARATOR).append(value));
        if (id.length() > DiscordLimits.CUSTOM_ID) {
            throw new IllegalStateException("custom id longer than Discord allows: " + id);
        }
        return id.toString();
    }

    /** Reads an id of any version this release knows; empty for anything else. */
    public static Optional<ComponentId> parse(String customId) {
        if (customId == null || customId.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(Arrays.asList(customId.split(SEPARATOR, -1)));
        int version = LEGACY;
        var versioned = VERSION.matcher(parts.get(0));
        if (versioned.matches()) {
            version = Integer.parseInt(versioned.group(1));
            parts.remove(0);
        }
        if (version > CURRENT || parts.size() < 2) {
            return Optional.empty(); // from a newer release (after a rollback), or not ours
        }
        try {
            return Optional.of(new ComponentId(version, parts.get(0), parts.get(1), parts.subList(2, parts.size())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The value at {@code index} as a number, if it is one. */
    public Optional<Long> number(int index) {
        if (index >= values.size()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(values.get(index)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
