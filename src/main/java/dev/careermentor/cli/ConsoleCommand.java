package dev.careermentor.cli;

import dev.careermentor.App;
import dev.careermentor.console.Console;
import dev.careermentor.console.LoggingChallengeChannel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "console", description = "Chat with the mentor in the terminal (the default without a Discord token).")
public final class ConsoleCommand implements Callable<Integer> {

    @Mixin
    AppOptions options;

    @Override
    public Integer call() throws IOException {
        App app = App.startLongRunning(options.config());
        new Console(app.mentor(), () -> app.studyGroups(new LoggingChallengeChannel()).service(),
                app.config().storage().dataDir(), new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintStream(System.out, true, StandardCharsets.UTF_8)).run();
        return 0;
    }
}
