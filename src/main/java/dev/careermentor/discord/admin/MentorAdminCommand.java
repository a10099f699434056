package dev.careermentor.discord.admin;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.DiscordLimits;
import dev.careermentor.discord.Counts;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.knowledge.LoadProblem;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.practice.ChallengeLibrary;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.questions.gaps.Gap;
import dev.careermentor.questions.gaps.KnowledgeGaps;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /mentor reload}, {@code /mentor stats} and {@code /mentor gaps}: for server managers. Discord
 * hides the command from others (default permission Manage Server) and the handler checks again,
 * because a server can override command permissions.
 */
public final class MentorAdminCommand implements Feature.SlashCommand {

    /** Ten years: the stats option's range, which the router checks before the command runs. */
    static final int MAX_DAYS = 3650;

    private final KnowledgeIndex knowledge;
    private final ChallengeLibrary challenges;
    private final AnswerLog answerLog;
    private final KnowledgeGaps gaps;
    private final Clock clock;
    private final Supplier<String> shards;

    public MentorAdminCommand(KnowledgeIndex knowledge, ChallengeLibrary challenges, AnswerLog answerLog, Clock clock) {
        this(knowledge, challenges, answerLog, clock, () -> "all shards");
    }

    /** @param shards the Discord shards this process holds (the stats footer names them) */
    public MentorAdminCommand(KnowledgeIndex knowledge, ChallengeLibrary challenges, AnswerLog answerLog, Clock clock,
            Supplier<String> shards) {
        this(knowledge, challenges, answerLog, new KnowledgeGaps(answerLog, knowledge), clock, shards);
    }

    MentorAdminCommand(KnowledgeIndex knowledge, ChallengeLibrary challenges, AnswerLog answerLog, KnowledgeGaps gaps,
            Clock clock, Supplier<String> shards) {
        this.knowledge = knowledge;
        this.challenges = challenges;
        this.answerLog = answerLog;
        this.gaps = gaps;
        this.clock = clock;
        this.shards = shards;
    }

    /** Gaps listed by {@code /mentor gaps}. */
    static final int GAPS_SHOWN = 10;

    @Override
    public SlashCommandData data() {
        return Commands.slash("mentor", "Manage Career Mentor (Manage Server only)")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .setContexts(InteractionContextType.GUILD)
                .addSubcommands(
                        new SubcommandData("reload", "Read the knowledge base and the challenge bank again"),
                        new SubcommandData("stats", "Questions answered, refusals and feedback")
                                .addOptions(new OptionData(OptionType.INTEGER, "days",
                                        "Look back this many days (default 30)", false).setRequiredRange(1, MAX_DAYS)),
                        new SubcommandData("gaps", "What members ask that the knowledge base does not answer")
                                .addOptions(new OptionData(OptionType.INTEGER, "days",
                                        "Look back this many days (default 90)", false).setRequiredRange(1, MAX_DAYS)));
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
            case "gaps" -> gaps(command);
            default -> command.reply(BotReply.ephemeral("Use `/mentor reload`, `/mentor stats` or `/mentor gaps`."));
        }
    }

    private void reload(Requests.Command command) {
        command.defer(true); // embedding changed sections can take a few seconds
        KnowledgeIndex.LoadReport report = knowledge.reload();
        StringBuilder text = new StringBuilder(report.changed()
                ? "Reloaded the knowledge base: " + Counts.of(report.topics(), "topic") + ", "
                        + Counts.of(report.cards(), "card") + ", " + Counts.of(report.embeddedNow(), "text")
                        + " embedded (version `" + report.version() + "`)."
                : "The knowledge base is unchanged (version `" + report.version() + "`, "
                        + Counts.of(report.cards(), "card") + ").");
        ChallengeBank bank = challenges.reload();
        text.append("\nChallenge bank: ").append(Counts.of(bank.size(), "challenge")).append('.');
        List<LoadProblem> problems = new java.util.ArrayList<>(report.problems());
        problems.addAll(bank.problems());
        if (!problems.isEmpty()) {
            text.append("\nProblems (skipped):");
            problems.stream().limit(10).forEach(p -> text.append("\n• `").append(p).append('`'));
        }
        command.reply(BotReply.ephemeral(DiscordLimits.trim(text.toString(), DiscordLimits.CONTENT)));
    }

    private void stats(Requests.Command command) {
        long days = command.longOption("days").orElse(30L); // its range is checked before the command runs
        AnswerLog.Stats stats = answerLog.stats(command.caller().guildId(), clock.instant().minus(Duration.ofDays(days)));
        String text = String.format(Locale.ROOT, """
                        Questions answered: **%,d**
                        Refused (not covered, figures, instructions): **%,d**
                        Feedback: 👍 %,d · 👎 %,d · %s""",
                stats.answered(), stats.refused(), stats.helpful(), stats.unhelpful(), Counts.of(stats.comments(), "comment"));
        command.reply(new BotReply("", List.of(new BotReply.Embed("Career Mentor — last " + Counts.of(days, "day"), text,
                List.of(), "knowledge base " + knowledge.knowledgeBase().version() + " · answered by the process with "
                        + shards.get(), 0x5865F2)), List.of(), true));
    }

    private void gaps(Requests.Command command) {
        command.defer(true); // each question is placed by the embedding model: a second or two for many
        long days = command.longOption("days").orElse(90L); // its range is checked before the command runs
        List<Gap> found = gaps.find(command.caller().guildId(), clock.instant().minus(Duration.ofDays(days)), GAPS_SHOWN);
        command.reply(gapsReply(found, days));
    }

    static BotReply gapsReply(List<Gap> found, long days) {
        if (found.isEmpty()) {
            return BotReply.ephemeral("No knowledge gaps in the last " + days + " days: no career question was refused, "
                    + "and no 👎 came with a comment.");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < found.size(); i++) {
            Gap gap = found.get(i);
            text.append("**").append(i + 1).append(". ").append(gap.count()).append("×** ");
            text.append(String.join(" · ", gap.examples().stream().map(e -> "“" + DiscordLimits.trim(e, 120) + "”").toList()));
            text.append(" — near *").append(gap.topic()).append('*');
            if (!gap.comments().isEmpty()) {
                text.append("\n   👎 ").append(DiscordLimits.trim(gap.comments().get(0), 160));
            }
            text.append('\n');
        }
        return new BotReply("", List.of(new BotReply.Embed("Knowledge gaps — last " + days + " days",
                DiscordLimits.trim(text.toString(), DiscordLimits.EMBED_DESCRIPTION), List.of(),
                "Refused career questions and 👎 comments, grouped by similarity · "
                        + "java -jar career-mentor.jar gaps --export DIR writes card stubs", 0x5865F2)), List.of(), true);
    }
}
