package dev.careermentor.discord;

import dev.careermentor.lifecycle.Routine;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord connection, a long-running part of the bot: connects this process's shards (JDA's
 * shard manager, with only the intents the features need), registers the slash commands (on one
 * guild for development, else globally, by the process that holds shard 0), and shuts down cleanly.
 * With the default settings the process holds every shard Discord recommends.
 */
public final class DiscordBot implements Routine {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    /**
     * Guild messages and their content (mentions, thread follow-ups) and direct messages. Slash
     * commands, buttons and forms need no intent.
     */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.MESSAGE_CONTENT, GatewayIntent.DIRECT_MESSAGES);

    /** Where to connect; {@code gatewayUrl} empty means Discord's own gateway; {@code shards} which shards to hold. */
    public record Connection(String token, String apiBaseUrl, Optional<String> gatewayUrl, Optional<String> devGuild,
            ShardPlan shards) {
        @Override
        public String toString() {
            return "Connection[api=" + apiBaseUrl + ", gateway=" + gatewayUrl.orElse("discord") + ", devGuild="
                    + devGuild.orElse("-") + ", " + shards + "]"; // never the token
        }
    }

    private final Connection connection;
    private final FeatureRouter router;
    private final CommandMentions commandMentions;
    private final Consumer<ShardManager> onConnected;
    private volatile ShardManager shards;

    /**
     * @param commandMentions learns the ids of the commands once they are registered
     * @param onConnected told when every shard of this process is ready (the study groups' channel starts delivering then)
     */
    public DiscordBot(Connection connection, List<Feature> features, CommandMentions commandMentions,
            Consumer<ShardManager> onConnected) {
        this.connection = connection;
        this.router = new FeatureRouter(features);
        this.commandMentions = commandMentions;
        this.onConnected = onConnected;
    }

    @Override
    public String name() {
        return "Discord gateway";
    }

    /** Connects this process's shards, waits until their guilds are loaded, and registers the commands. */
    @Override
    public void start() throws InterruptedException {
        // No message of this bot may ping anyone: questions are echoed, and could contain @everyone.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);

        ShardPlan plan = connection.shards();
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(connection.token(), INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(connection.apiBaseUrl()))
                .setActivity(Activity.listening("/ask"))
                .addEventListeners(router)
                .setShardsTotal(plan.total() == 0 ? -1 : plan.total()); // -1: as many as GET gateway/bot recommends
        if (!plan.held().isEmpty()) {
            builder.setShards(plan.held());
        }
        connection.gatewayUrl().ifPresent(url -> builder.setSessionController(new FixedGateway(url)));
        DiscordStartup startup = new DiscordStartup(connection, DiscordStartup.Backoff.DEFAULT);
        builder.addEventListeners(startup.gatewayCloses());
        try {
            // retries while Discord cannot be reached; explains in one line when it refuses the bot
            shards = startup.connect(() -> {
                ShardManager manager = builder.build();
                try {
                    awaitShardsReady(manager);
                    return manager;
                } catch (InterruptedException | RuntimeException e) {
                    manager.getShards().forEach(JDA::shutdownNow);
                    manager.shutdown();
                    throw e;
                }
            });
        } catch (InterruptedException | RuntimeException e) {
            router.shutdown(); // a part that failed to start is not stopped by the lifecycle
            throw e;
        }
        try {
            registerCommands(connection.devGuild());
        } catch (RuntimeException e) {
            shards.getShards().forEach(JDA::shutdownNow);
            shards.shutdown();
            router.shutdown();
            throw e;
        }
        log.info("Connected to Discord as {} with {} ({})", shards.getShards().get(0).getSelfUser().getName(),
                describeShards(), connection);
        onConnected.accept(shards);
    }

    /** The shard ids this process connects: its range, or all of them. */
    private List<Integer> heldShards(ShardManager manager) {
        ShardPlan plan = connection.shards();
        return plan.held().isEmpty() ? IntStream.range(0, manager.getShardsTotal()).boxed().toList() : plan.held();
    }

    /** Waits for every shard of this process; the shard manager starts them one by one, 5 s apart (Discord's pacing). */
    private void awaitShardsReady(ShardManager manager) throws InterruptedException {
        for (int id : heldShards(manager)) {
            JDA shard;
            while ((shard = manager.getShardById(id)) == null) {
                Thread.sleep(50); // still queued
            }
            shard.awaitReady();
        }
    }

    /** {@code shards 0-1 of 4}, as the logs and {@code /mentor stats} show it. */
    public String describeShards() {
        ShardManager manager = shards;
        if (manager == null) {
            return connection.shards().toString();
        }
        return new ShardPlan(manager.getShardsTotal(), heldShards(shards)).toString();
    }

    /**
     * The commands go to Discord once: on the development guild by the process that holds its shard,
     * else globally by the process that holds shard 0. The other processes read the registered
     * global commands, so their messages can still mention them.
     */
    private void registerCommands(Optional<String> devGuild) {
        List<CommandData> data = router.commands().stream().map(c -> (CommandData) c.data()).toList();
        ShardPlan plan = connection.shards();
        List<Command> registered;
        if (devGuild.isPresent()) {
            Guild guild = shards.getGuildById(devGuild.get());
            if (guild == null && plan.splitsShards()) {
                log.info("DISCORD_DEV_GUILD {} is on another process's shard; that process registers the commands",
                        devGuild.get());
                return;
            }
            if (guild == null) {
                throw new IllegalStateException("DISCORD_DEV_GUILD " + devGuild.get() + " is not a guild this bot is in");
            }
            registered = guild.updateCommands().addCommands(data).complete();
            log.info("Registered {} commands on guild {}", data.size(), guild.getId());
        } else if (plan.holds(0)) {
            registered = shards.getShardById(0).updateCommands().addCommands(data).complete();
            log.info("Registered {} global commands", data.size());
        } else {
            registered = shards.getShards().get(0).retrieveCommands().complete();
            log.info("The process holding shard 0 registers the global commands; {} are registered now", registered.size());
        }
        registered.forEach(command -> commandMentions.registered(command.getName(), command.getIdLong()));
    }

    /** The connection, once started. */
    public ShardManager shardManager() {
        return shards;
    }

    /** Each shard of this process and whether its gateway connection is up (empty before start). */
    public SortedMap<Integer, Boolean> shardsConnected() {
        SortedMap<Integer, Boolean> connected = new TreeMap<>();
        ShardManager manager = shards;
        if (manager == null) {
            return connected;
        }
        for (int id : heldShards(shards)) {
            JDA shard = manager.getShardById(id);
            connected.put(id, shard != null && shard.getStatus() == JDA.Status.CONNECTED);
        }
        return connected;
    }

    /** Stops taking events, lets the handlers in flight finish while JDA can still send, then disconnects. */
    @Override
    public void stop() {
        log.info("Shutting down the Discord connection");
        shards.removeEventListener(router);
        router.shutdown();
        List<JDA> running = shards.getShards();
        shards.shutdown();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (JDA shard : running) {
            try {
                if (!shard.awaitShutdown(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                    shard.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                shard.shutdownNow();
            }
        }
    }

    /**
     * Connects to a given gateway (a proxy or a test server) instead of the one Discord names. The
     * shard manager still asks {@code GET gateway/bot} (on the REST base URL) how many sessions may
     * start at once.
     */
    static final class FixedGateway extends ConcurrentSessionController {
        private final String url;

        FixedGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }

        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            ShardedGateway recommended = super.getShardedGateway(api);
            return new ShardedGateway(url, recommended.getShardTotal(), recommended.getConcurrency());
        }
    }
}
