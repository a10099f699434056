package dev.careermentor;

import dev.careermentor.discord.CommandMentions;
import dev.careermentor.discord.DiscordBot;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.studygroup.DiscordChallengeChannel;
import dev.careermentor.discord.studygroup.StudyGroupTexts;
import dev.careermentor.lifecycle.Lifecycle;
import dev.careermentor.lifecycle.Routine;
import dev.careermentor.studygroup.StudyGroupModule;
import java.util.ArrayList;
import java.util.List;

/**
 * The running Discord bot. Its long-running parts start in this order and stop in reverse, once:
 * the database, the Discord gateway (connected, commands registered), then the study-group
 * dispatcher, so overdue posts go out at once, and at shutdown no post starts while Discord
 * disconnects.
 */
public final class BotRuntime implements AutoCloseable {

    private final App app;
    private final DiscordBot bot;
    private final StudyGroupModule studyGroups;
    private final Lifecycle lifecycle;

    private BotRuntime(App app, DiscordBot bot, StudyGroupModule studyGroups, Lifecycle lifecycle) {
        this.app = app;
        this.bot = bot;
        this.studyGroups = studyGroups;
        this.lifecycle = lifecycle;
    }

    public static BotRuntime start(Config config) throws Exception {
        return start(config, List.of());
    }

    /** @param extraFeatures features added to the standard list (for embedding the bot, and for tests) */
    public static BotRuntime start(Config config, List<Feature> extraFeatures) throws Exception {
        DiscordBot.Connection connection = config.discord().connection().orElseThrow(() ->
                new IllegalArgumentException("DISCORD_TOKEN is not set; without it, run the local console instead"));
        App app = App.start(config).warmedUp();
        CommandMentions commands = new CommandMentions();
        DiscordChallengeChannel channel = new DiscordChallengeChannel(new StudyGroupTexts(commands));
        StudyGroupModule studyGroups = app.studyGroups(channel);
        List<Feature> features = new ArrayList<>(app.discordFeatures(studyGroups.service()));
        features.addAll(extraFeatures);
        DiscordBot bot = new DiscordBot(connection, features, commands, channel::attach);
        Lifecycle lifecycle = new Lifecycle(List.of(
                Routine.of("database", () -> { }, app::close),
                bot,
                studyGroups.routine()));
        lifecycle.start();
        return new BotRuntime(app, bot, studyGroups, lifecycle);
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

    /** Stops the dispatcher, then Discord (handlers in flight finish), then the database; a second call does nothing. */
    @Override
    public void close() {
        lifecycle.close();
    }
}
