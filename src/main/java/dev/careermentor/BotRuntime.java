package dev.careermentor;

import dev.careermentor.discord.CommandMentions;
import dev.careermentor.discord.DiscordBot;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.ShardLocks;
import dev.careermentor.discord.ShardPlan;
import dev.careermentor.discord.ops.BotMetrics;
import dev.careermentor.discord.ops.HealthCheck;
import dev.careermentor.discord.ops.MeteredChallengeChannel;
import dev.careermentor.discord.ops.OpsEndpoint;
import dev.careermentor.discord.studygroup.DiscordChallengeChannel;
import dev.careermentor.discord.studygroup.StudyGroupTexts;
import dev.careermentor.lifecycle.Lifecycle;
import dev.careermentor.lifecycle.Routine;
import dev.careermentor.store.Database;
import dev.careermentor.studygroup.ChallengePoster;
import dev.careermentor.studygroup.StudyGroupModule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The running Discord bot. Its long-running parts start in this order and stop in reverse, once:
 * the database, the shard locks (on PostgreSQL: no two processes run the same shard), the metrics
 * and health endpoint (if a port is set), the Discord gateway (this
 * process's shards connected, commands registered), then the study-group dispatcher, so overdue
 * posts go out at once, and at shutdown no post starts while Discord disconnects.
 */
public final class BotRuntime implements AutoCloseable {

    /** How long a process waits for shards another process holds: a rolling update's old process stopping. */
    private static final Duration SHARD_WAIT = Duration.ofSeconds(60);

    private final App app;
    private final DiscordBot bot;
    private final StudyGroupModule studyGroups;
    private final BotMetrics metrics;
    private final Lifecycle lifecycle;

    private BotRuntime(App app, DiscordBot bot, StudyGroupModule studyGroups, BotMetrics metrics, Lifecycle lifecycle) {
        this.app = app;
        this.bot = bot;
        this.studyGroups = studyGroups;
        this.metrics = metrics;
        this.lifecycle = lifecycle;
    }

    public static BotRuntime start(Config config) throws Exception {
        return start(config, List.of());
    }

    /** @param extraFeatures features added to the standard list (for embedding the bot, and for tests) */
    public static BotRuntime start(Config config, List<Feature> extraFeatures) throws Exception {
        DiscordBot.Connection connection = config.discord().connection().orElseThrow(() ->
                new IllegalArgumentException("DISCORD_TOKEN is not set; without it, run the local console instead"));
        requireSharedDatabase(connection.shards(), config.storage());
        App app = App.startLongRunning(config);
        CommandMentions commands = new CommandMentions();
        BotMetrics metrics = new BotMetrics();
        DiscordChallengeChannel discordChannel = new DiscordChallengeChannel(new StudyGroupTexts(commands));
        StudyGroupModule studyGroups = app.studyGroups(new MeteredChallengeChannel(discordChannel, metrics),
                connection.shards().scope());
        // The features are built before the bot that routes to them, and /mentor stats asks the bot for its shards.
        AtomicReference<DiscordBot> connected = new AtomicReference<>();
        List<Feature> features = new ArrayList<>(app.discordFeatures(studyGroups.service(), metrics,
                () -> connected.get().describeShards()));
        features.addAll(extraFeatures);
        DiscordBot bot = new DiscordBot(connection, features, commands, shards -> {
            discordChannel.attach(shards);
            metrics.watchShards(connected.get()::shardsConnected);
        });
        connected.set(bot);
        metrics.watchDispatcherLag(() -> studyGroups.store().schedules()
                .earliest(ChallengePoster.CLAIM_LEASE.toMillis())
                .map(due -> Duration.between(due, app.clock().instant())));
        List<Routine> parts = new ArrayList<>();
        parts.add(Routine.of("database", () -> { }, app::close));
        if (app.database().engine() == Database.Engine.POSTGRESQL) { // SQLite serves one process on one machine
            parts.add(new ShardLocks(app.database().dataSource(), connection.shards().total(), connection.shards().held(),
                    SHARD_WAIT));
        }
        config.operations().metricsPort().ifPresent(port -> parts.add(new OpsEndpoint(config.operations().metricsHost(),
                port, metrics, new HealthCheck(bot::shardsConnected, app.database().dataSource()))));
        parts.add(bot);
        parts.add(studyGroups.routine());
        Lifecycle lifecycle = new Lifecycle(parts);
        lifecycle.start();
        return new BotRuntime(app, bot, studyGroups, metrics, lifecycle);
    }

    /**
     * Shards split over processes need one database that all of them reach: a post is claimed
     * there once, whichever process sends it. SQLite is a file on one machine, so it is refused.
     */
    static void requireSharedDatabase(ShardPlan shards, Config.Storage storage) {
        boolean postgres = storage.databaseUrl().filter(url -> url.startsWith("jdbc:postgresql:")).isPresent();
        if (shards.splitsShards() && !postgres) {
            throw new IllegalArgumentException("DISCORD_SHARDS=" + shards.held() + " of DISCORD_SHARD_TOTAL=" + shards.total()
                    + " leaves the other shards to other processes, which must share one PostgreSQL database: set "
                    + "MENTOR_DATABASE_URL=jdbc:postgresql://HOST/DATABASE (SQLite is a file on one machine). "
                    + "To run every shard in this one process, leave DISCORD_SHARDS unset.");
        }
    }

    public App app() {
        return app;
    }

    public DiscordBot bot() {
        return bot;
    }

    public StudyGroupModule studyGroups() {
        return studyGroups;
    }

    public BotMetrics metrics() {
        return metrics;
    }

    /** Stops the dispatcher, then Discord (handlers in flight finish), then the database; a second call does nothing. */
    @Override
    public void close() {
        lifecycle.close();
    }
}
