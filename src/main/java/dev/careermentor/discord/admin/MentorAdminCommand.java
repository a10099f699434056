package dev.careermentor.discord.admin;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.knowledge.LoadProblem;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.practice.ChallengeLibrary;
import dev.careermentor.questions.AnswerLog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /mentor reload} and {@code /mentor stats}: for server managers. Discord hides the command
 * from others (default permission Manage Server) and the handler checks again, because a server can
 * override command permissions.
 */
public final class MentorAdminCommand implements Feature.SlashCommand {

    private final KnowledgeIndex knowledge;
    private final ChallengeLibrary challenges;
    private final AnswerLog answerLog;
    private final Clock clock;
    private final Supplier<String> shards;

    public MentorAdminCommand(KnowledgeIndex knowledge, ChallengeLibrary challenges, AnswerLog answerLog, Clock clock) {
        this(knowledge, challenges, answerLog, clock, () -> "all shards");
    }

    /** @param shards the Discord shards this process holds (the stats footer names them) */
    public MentorAdminCommand(KnowledgeIndex knowledge, ChallengeLibrary challenges, AnswerLog answerLog, Clock clock,
            Supplier<String> shards) {
        this.knowledge = knowledge;
        this.challenges = challenges;
        this.answerLog = answerLog;
        this.clock = clock;
        this.shards = shards;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("mentor", "Manage Career Mentor (Manage Server only)")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .setContexts(InteractionContextType.GUILD)
                .addSubcommands(
                        new SubcommandData("reload", "Read the knowledge base and the challenge bank again"),
                        new SubcommandData("stats", "Questions answered, refusals and feedback")
                                .addOption(OptionType.INTEGER, "days", "Look back this many days (default 30)", false));
    }

    @Override
    public void onCommand(Requests.Command command) {
        if (!command.caller().canManageServer() || command.caller().guildId() == null) {
            command.reply(BotReply.ephemeral("Only members with the **Manage Server** permission can use `/mentor`."));
            return;
        }
        switch (command.subcommand().orElse("")) {
            case "reload" -> reload(command);
            case "stats" -> stats(command);
            default -> command.reply(BotReply.ephemeral("Use `/mentor reload` or `/mentor stats`."));
        }
    }

    private void reload(Requests.Command command) {
        command.defer(true); // embedding changed sections can take a few seconds
        KnowledgeIndex.LoadReport report = knowledge.reload();
        StringBuilder text = new StringBuilder(report.changed()
                ? String.format("Reloaded the knowledge base: %d topics, %d cards, %d texts embedded (version `%s`).",
                        report.topics(), report.cards(), report.embeddedNow(), report.version())
                : String.format("The knowledge base is unchanged (version `%s`, %d cards).", report.version(),
                        report.cards()));
        ChallengeBank bank = challenges.reload();
        text.append(String.format("%nChallenge bank: %d challenges.", bank.size()));
        List<LoadProblem> problems = new java.util.ArrayList<>(report.problems());
        problems.addAll(bank.problems());
        if (!problems.isEmpty()) {
            text.append("\nProblems (skipped):");
            problems.stream().limit(10).forEach(p -> text.append("\n• `").append(p).append('`'));
        }
        command.reply(BotReply.ephemeral(dev.careermentor.discord.DiscordLimits.trim(text.toString(),
                dev.careermentor.discord.DiscordLimits.CONTENT)));
    }

    private void stats(Requests.Command command) {
        long days = Math.max(1, Math.min(3650, command.longOption("days").orElse(30L)));
        AnswerLog.Stats stats = answerLog.stats(command.caller().guildId(), clock.instant().minus(Duration.ofDays(days)));
        String text = String.format("""
                        Questions answered: **%d**
                        Refused (not covered, figures, instructions): **%d**
                        Feedback: 👍 %d · 👎 %d · %d comments""",
                stats.answered(), stats.refused(), stats.helpful(), stats.unhelpful(), stats.comments());
        command.reply(new BotReply("", List.of(new BotReply.Embed("Career Mentor — last " + days + " days", text,
                List.of(), "knowledge base " + knowledge.knowledgeBase().version() + " · answered by the process with "
                        + shards.get(), 0x5865F2)), List.of(), true));
    }
}
