package dev.careermentor.discord;

import dev.careermentor.lifecycle.Routine;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord connection, a long-running part of the bot: builds JDA with only the intents the
 * features need, registers the slash commands (on one guild for development, else globally), and
 * shuts down cleanly.
 */
public final class DiscordBot implements Routine {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    /**
     * Guild messages and their content (mentions, thread follow-ups) and direct messages. Slash
     * commands, buttons and forms need no intent.
     */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.MESSAGE_CONTENT, GatewayIntent.DIRECT_MESSAGES);

    /** Where to connect; {@code gatewayUrl} empty means Discord's own gateway. */
    public record Connection(String token, String apiBaseUrl, Optional<String> gatewayUrl, Optional<String> devGuild) {
        @Override
        public String toString() {
            return "Connection[api=" + apiBaseUrl + ", gateway=" + gatewayUrl.orElse("discord") + ", devGuild="
                    + devGuild.orElse("-") + "]"; // never the token
        }
    }

    private final Connection connection;
    private final FeatureRouter router;
    private final CommandMentions commandMentions;
    private final Consumer<JDA> onConnected;
    private volatile JDA jda;

    /**
     * @param commandMentions learns the ids of the commands once they are registered
     * @param onConnected told when the gateway is ready (the study groups' channel starts delivering then)
     */
    public DiscordBot(Connection connection, List<Feature> features, CommandMentions commandMentions,
            Consumer<JDA> onConnected) {
        this.connection = connection;
        this.router = new FeatureRouter(features);
        this.commandMentions = commandMentions;
        this.onConnected = onConnected;
    }

    @Override
    public String name() {
        return "Discord gateway";
    }

    /** Connects, waits until the guilds are loaded, and registers the commands. */
    @Override
    public void start() throws InterruptedException {
        // No message of this bot may ping anyone: questions are echoed, and could contain @everyone.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);

        JDABuilder builder = JDABuilder.createLight(connection.token(), INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(connection.apiBaseUrl()))
                .setActivity(Activity.listening("/ask"))
                .addEventListeners(router);
        connection.gatewayUrl().ifPresent(url -> builder.setSessionController(new FixedGateway(url)));
        try {
            // retries while Discord cannot be reached; explains in one line when it refuses the bot
            jda = new DiscordStartup(connection, DiscordStartup.Backoff.DEFAULT).connect(builder);
        } catch (InterruptedException | RuntimeException e) {
            router.shutdown(); // a part that failed to start is not stopped by the lifecycle
            throw e;
        }
        try {
            registerCommands(connection.devGuild());
        } catch (RuntimeException e) {
            jda.shutdownNow();
            router.shutdown();
            throw e;
        }
        log.info("Connected to Discord as {} ({})", jda.getSelfUser().getName(), connection);
        onConnected.accept(jda);
    }

    private void registerCommands(Optional<String> devGuild) {
        List<CommandData> data = router.commands().stream().map(c -> (CommandData) c.data()).toList();
        List<Command> registered;
        if (devGuild.isPresent()) {
            Guild guild = jda.getGuildById(devGuild.get());
            if (guild == null) {
                throw new IllegalStateException("DISCORD_DEV_GUILD " + devGuild.get() + " is not a guild this bot is in");
            }
            registered = guild.updateCommands().addCommands(data).complete();
            log.info("Registered {} commands on guild {}", data.size(), guild.getId());
        } else {
            registered = jda.updateCommands().addCommands(data).complete();
            log.info("Registered {} global commands", data.size());
        }
        registered.forEach(command -> commandMentions.registered(command.getName(), command.getIdLong()));
    }

    /** The connection, once started. */
    public JDA jda() {
        return jda;
    }

    /** Stops taking events, lets the handlers in flight finish while JDA can still send, then disconnects. */
    @Override
    public void stop() {
        log.info("Shutting down the Discord connection");
        jda.removeEventListener(router);
        router.shutdown();
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        }
    }

    /** Connects to a given gateway (a proxy or a test server) instead of asking Discord for one. */
    static final class FixedGateway extends ConcurrentSessionController {
        private final String url;

        FixedGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }
}
