package dev.careermentor;

import dev.careermentor.discord.DiscordBot;
import dev.careermentor.discord.DiscordChallengeChannel;
import dev.careermentor.discord.Feature;
import java.util.ArrayList;
import java.util.List;

/**
 * The running Discord bot: the application core, the Discord connection and the study-group
 * scheduler, started in that order and stopped in reverse.
 */
public final class BotRuntime implements AutoCloseable {

    private final App app;
    private final DiscordBot bot;
    private final App.StudyGroupModule studyGroups;

    private BotRuntime(App app, DiscordBot bot, App.StudyGroupModule studyGroups) {
        this.app = app;
        this.bot = bot;
        this.studyGroups = studyGroups;
    }

    public static BotRuntime start(Config config) throws InterruptedException {
        return start(config, List.of());
    }

    /** @param extraFeatures features added to the standard list (for embedding the bot, and for tests) */
    public static BotRuntime start(Config config, List<Feature> extraFeatures) throws InterruptedException {
        DiscordBot.Connection connection = config.discord().connection().orElseThrow(() ->
                new IllegalArgumentException("DISCORD_TOKEN is not set; without it, run the local console instead"));
        App app = App.start(config);
        DiscordChallengeChannel channel = new DiscordChallengeChannel();
        App.StudyGroupModule studyGroups = app.studyGroups(channel);
        List<Feature> features = new ArrayList<>(app.discordFeatures(studyGroups.service()));
        features.addAll(extraFeatures);
        DiscordBot bot = DiscordBot.start(connection, features);
        channel.attach(bot.jda());
        studyGroups.scheduler().start(); // after connecting: overdue posts go out at once
        return new BotRuntime(app, bot, studyGroups);
    }

    public App app() {
        return app;
    }

    public DiscordBot bot() {
        return bot;
    }

    public App.StudyGroupModule studyGroups() {
        return studyGroups;
    }

    /**
     * The scheduler first (no post starts while Discord disconnects), then Discord (handlers in
     * flight finish), then the database.
     */
    @Override
    public void close() {
        app.stopScheduler();
        bot.close();
        app.close();
    }
}
