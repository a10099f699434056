package dev.careermentor.cli;

import dev.careermentor.App;
import dev.careermentor.Config;
import dev.careermentor.discord.DiscordBot;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "bot", description = {"Run the Discord bot (needs DISCORD_TOKEN; the default command when it is set).",
        "Stops cleanly on SIGTERM or Ctrl-C."})
public final class BotCommand implements Callable<Integer> {

    @Mixin
    AppOptions options;

    @Override
    public Integer call() throws InterruptedException {
        Config config = options.config();
        DiscordBot.Connection connection = config.discord().connection().orElseThrow(() ->
                new IllegalArgumentException("DISCORD_TOKEN is not set; without it, run the local console instead"));
        App app = App.start(config);
        DiscordBot bot = DiscordBot.start(connection, app.discordFeatures());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bot.close();
            app.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }
}
