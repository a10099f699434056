package dev.careermentor.discord;

/**
 * Discord refused the bot at start-up, for a reason only its operator can fix; trying again would
 * fail the same way. The message is one line that says what to do, and never holds the token.
 */
public final class DiscordStartupException extends RuntimeException {

    private DiscordStartupException(String message) {
        super(message, null, false, false); // the message is the whole story: no stack trace to print
    }

    static DiscordStartupException rejectedToken() {
        return new DiscordStartupException("Discord rejected the bot token (401 Unauthorized). Set DISCORD_TOKEN to the "
                + "token of your bot: Discord developer portal > your application > Bot > Reset Token.");
    }

    static DiscordStartupException disallowedIntents() {
        return new DiscordStartupException("Discord refused the gateway connection (close code 4014, disallowed intents): "
                + "the bot reads follow-ups in its threads and needs the privileged Message Content intent. Enable it in "
                + "the Discord developer portal > your application > Bot > Privileged Gateway Intents > "
                + "Message Content Intent, then start the bot again.");
    }

    static DiscordStartupException refused(String meaning) {
        return new DiscordStartupException("Discord refused the connection: " + meaning.replaceAll("\\s+", " ").strip());
    }
}
