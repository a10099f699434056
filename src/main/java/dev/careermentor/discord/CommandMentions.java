package dev.careermentor.discord;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a slash command the way Discord makes it clickable, {@code </name sub:id>}. The ids are
 * known once the commands are registered; until then (and in tests) a command is plain
 * {@code /name sub}, which reads the same.
 */
public final class CommandMentions {

    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    /** Remembers a registered command's id (the top-level name, e.g. "challenge"). */
    public void registered(String name, long id) {
        ids.put(name, id);
    }

    /** @param command a command with its subcommand, if any: "studygroup resume", "streak" */
    public String mention(String command) {
        String name = command.contains(" ") ? command.substring(0, command.indexOf(' ')) : command;
        Long id = ids.get(name);
        return id == null ? "/" + command : "</" + command + ":" + id + ">";
    }
}
