package dev.careermentor.discord;

import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * A Discord feature: a small class that handles one command or kind of event. A feature may play
 * several roles (a command with autocomplete, for instance); {@link Features} lists them all.
 */
public interface Feature {

    /** Handles a slash command. */
    interface SlashCommand extends Feature {
        SlashCommandData data();

        void onCommand(Requests.Command command);
    }

    /** Suggests values while a member types an option of {@link #command()}. */
    interface Autocompletes extends Feature {
        String command();

        void onAutocomplete(Requests.Autocomplete request);
    }

    /**
     * Handles buttons, select menus and forms whose {@link ComponentId} names {@link #feature()}.
     * Custom ids survive restarts (and releases), so everything needed to act is in the id or the
     * database.
     */
    interface Components extends Feature {
        String feature();

        default void onComponent(Requests.Component component) {
        }

        default void onModal(Requests.ModalSubmit submit) {
        }
    }

    /** Reads messages in channels and threads. */
    interface Messages extends Feature {
        void onMessage(Requests.Message message);
    }
}
