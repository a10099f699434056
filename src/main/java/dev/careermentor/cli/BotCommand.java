package dev.careermentor.cli;

import dev.careermentor.BotRuntime;
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
    public Integer call() throws Exception {
        BotRuntime runtime = BotRuntime.start(options.config());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }
}
