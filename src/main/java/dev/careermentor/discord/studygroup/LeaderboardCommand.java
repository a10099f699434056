package dev.careermentor.discord.studygroup;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Counts;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.studygroup.PracticeService;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.model.Score;
import dev.careermentor.studygroup.model.StudyGroup;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /leaderboard [period]}: this channel's study group, this week (from Monday, local time) or all time. */
public final class LeaderboardCommand implements Feature.SlashCommand {

    private final StudyGroups studyGroups;

    public LeaderboardCommand(StudyGroups studyGroups) {
        this.studyGroups = studyGroups;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("leaderboard", "The study group's top members")
                .addOptions(new OptionData(OptionType.STRING, "period", "This week (default) or all time", false)
                        .addChoice("this week", "week").addChoice("all time", "all"));
    }

    @Override
    public void onCommand(Requests.Command command) {
        Optional<StudyGroup> group = studyGroups.forChannel(command.caller().channelId());
        if (group.isEmpty()) {
            command.reply(BotReply.ephemeral("This channel has no study group, so there is no leaderboard here. "
                    + "Your own progress: `/streak`."));
            return;
        }
        boolean allTime = command.option("period").orElse("week").equals("all");
        List<Score> scores = studyGroups.practice().leaderboard(group.get(),
                allTime ? PracticeService.Period.ALL_TIME : PracticeService.Period.WEEK, 10);
        String title = "🏆 Leaderboard · " + (allTime ? "all time" : "this week");
        if (scores.isEmpty()) {
            command.reply(BotReply.text(title + "\nNo answers yet. Be the first: `/challenge today`."));
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < scores.size(); i++) {
            Score score = scores.get(i);
            text.append(i + 1).append(". <@").append(score.userId()).append("> — **").append(Counts.of(score.points(), "pt"))
                    .append("** (").append(score.correct()).append('/').append(score.answers()).append(" right)\n");
        }
        command.reply(BotReply.embed(new BotReply.Embed(title, text.toString(), List.of(),
                "Points = difficulty of each right answer · local week starts Monday", 0xFEE75C)));
    }
}
