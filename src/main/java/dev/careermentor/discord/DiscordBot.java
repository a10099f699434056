package dev.careermentor.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord connection: builds JDA with only the intents the features need, registers the slash
 * commands (on one guild for development, else globally), and shuts down cleanly.
 */
public final class DiscordBot implements AutoCloseable {

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

    private final JDA jda;
    private final FeatureRouter router;

    private DiscordBot(JDA jda, FeatureRouter router) {
        this.jda = jda;
        this.router = router;
    }

    public static DiscordBot start(Connection connection, List<Feature> features) throws InterruptedException {
        // No message of this bot may ping anyone: questions are echoed, and could contain @everyone.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);

        FeatureRouter router = new FeatureRouter(features);
        JDABuilder builder = JDABuilder.createLight(connection.token(), INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(connection.apiBaseUrl()))
                .setActivity(Activity.listening("/ask"))
                .addEventListeners(router);
        connection.gatewayUrl().ifPresent(url -> builder.setSessionController(new FixedGateway(url)));
        JDA jda = builder.build();
        jda.awaitReady();
        DiscordBot bot = new DiscordBot(jda, router);
        bot.registerCommands(connection.devGuild());
        log.info("Connected to Discord as {} ({})", jda.getSelfUser().getName(), connection);
        return bot;
    }

    private void registerCommands(Optional<String> devGuild) {
        List<CommandData> data = router.commands().stream().map(c -> (CommandData) c.data()).toList();
        if (devGuild.isPresent()) {
            Guild guild = jda.getGuildById(devGuild.get());
            if (guild == null) {
                throw new IllegalStateException("DISCORD_DEV_GUILD " + devGuild.get() + " is not a guild this bot is in");
            }
            guild.updateCommands().addCommands(data).complete();
            log.info("Registered {} commands on guild {}", data.size(), guild.getId());
        } else {
            jda.updateCommands().addCommands(data).complete();
            log.info("Registered {} global commands", data.size());
        }
    }

    public JDA jda() {
        return jda;
    }

    @Override
    public void close() {
        log.info("Shutting down the Discord connection");
        jda.removeEventListener(router); // no new work; what is running finishes while JDA can still send
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
