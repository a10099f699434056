package dev.careermentor.discord;

import java.util.List;
import java.util.Optional;

/**
 * The small interfaces features work against. The JDA adapter implements them over Discord
 * interactions and messages; unit tests implement them with Mockito.
 */
public final class Requests {

    private Requests() {
    }

    /** What every interaction can do: answer once (or defer), then follow up. */
    public interface Interaction {
        Caller caller();

        /** Acknowledges now and answers later (for work that may take longer than Discord's 3 s). */
        void defer(boolean ephemeral);

        /** The answer: the interaction response, or after {@link #defer}, the edit of the deferred message. */
        void reply(BotReply reply);

        /** A further message after the reply (ephemeral if the reply says so). */
        void followUp(BotReply reply);

        boolean isAcknowledged();
    }

    /** A slash command. */
    public interface Command extends Interaction {
        String name();

        /** The subcommand, if the command has subcommands ({@code /mentor stats} gives "stats"). */
        Optional<String> subcommand();

        Optional<String> option(String name);

        Optional<Long> longOption(String name);

        void openModal(ModalForm form);
    }

    /** A click on a button or a choice in a select menu. */
    public interface Component extends Interaction {
        String customId();

        /** The chosen values of a select menu; empty for a button. */
        List<String> values();

        void openModal(ModalForm form);

        /** Answers the click by replacing the message the component is on. */
        void update(BotReply reply);
    }

    /** A submitted form. */
    public interface ModalSubmit extends Interaction {
        String customId();

        Optional<String> value(String inputId);
    }

    /** Typing in an option with autocomplete. */
    public interface Autocomplete {
        Caller caller();

        String command();

        String focusedOption();

        String typed();

        /** Offers up to 25 choices: each a label shown and the value filled in. */
        void suggest(List<Choice> choices);
    }

    public record Choice(String label, String value) {
    }

    /** A message posted in a channel the bot can read. */
    public interface Message {
        Caller caller();

        /** The text with the bot's own mention removed. */
        String content();

        boolean mentionsBot();

        boolean inThread();

        boolean isDirect();

        /** Opens a thread on this message. */
        Channel startThread(String name);

        Channel channel();
    }

    /** A channel or thread the bot can post in. */
    public interface Channel {
        long id();

        /** Posts the reply, retrying while Discord fails on its side; throws {@link NotDelivered} if it never takes it. */
        void send(BotReply reply);

        void typing();
    }

    /**
     * A message Discord did not take, after the retries that made sense: the feature decides what
     * the member is told, and where.
     */
    public static final class NotDelivered extends RuntimeException {
        public NotDelivered(String what, int attempts, Throwable cause) {
            super(what + " failed after " + attempts + (attempts == 1 ? " attempt" : " attempts") + ": "
                    + cause.getMessage(), cause);
        }
    }
}
