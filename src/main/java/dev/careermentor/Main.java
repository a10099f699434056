package dev.careermentor;

import dev.careermentor.cli.AskCommand;
import dev.careermentor.cli.BenchCommand;
import dev.careermentor.cli.BotCommand;
import dev.careermentor.cli.ConsoleCommand;
import dev.careermentor.cli.EvalCommand;
import dev.careermentor.cli.GapsCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "career-mentor", mixinStandardHelpOptions = true, version = "Career Mentor 0.1",
        description = {"A mentor for people becoming professional Python developers.",
                "Without a command: runs the Discord bot when DISCORD_TOKEN is set, else the local console."},
        subcommands = {AskCommand.class, ConsoleCommand.class, BotCommand.class, EvalCommand.class, BenchCommand.class,
                GapsCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // pictures are drawn in memory; there is no display
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("Error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("Command failed", e);
            return 1;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        boolean hasToken = Config.fromEnvironment().discord().token().isPresent();
        return commandLine().execute(hasToken ? "bot" : "console");
    }
}
