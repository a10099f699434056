package dev.careermentor.discord.studygroup;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Counts;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.studygroup.PracticeService;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.model.Score;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.progress.GroupMonthPicture;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /leaderboard [period]}: this channel's study group, this week (from Monday, local time), this
 * month (with a picture of the month: members by days) or all time. Only the daily challenges count,
 * the same for everyone.
 */
public final class LeaderboardCommand implements Feature.SlashCommand {

    static final int SHOWN = 10;

    private final StudyGroups studyGroups;

    public LeaderboardCommand(StudyGroups studyGroups) {
        this.studyGroups = studyGroups;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("leaderboard", "The study group's top members")
                .addOptions(new OptionData(OptionType.STRING, "period", "This week (default), this month or all time", false)
                        .addChoice("this week", "week").addChoice("this month", "month").addChoice("all time", "all"));
    }

    @Override
    public void onCommand(Requests.Command command) {
        Optional<StudyGroup> group = studyGroups.forChannel(command.caller().channelId());
        if (group.isEmpty()) {
            command.reply(BotReply.ephemeral("This channel has no study group, so there is no leaderboard here. "
                    + "Your own progress: `/streak` and `/progress`."));
            return;
        }
        PracticeService.Period period = switch (command.option("period").orElse("week")) {
            case "all" -> PracticeService.Period.ALL_TIME;
            case "month" -> PracticeService.Period.MONTH;
            default -> PracticeService.Period.WEEK;
        };
        List<Score> scores = studyGroups.practice().leaderboard(group.get(), period, SHOWN);
        String title = "🏆 Leaderboard · " + switch (period) {
            case WEEK -> "this week";
            case MONTH -> "this month";
            case ALL_TIME -> "all time";
        };
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
        String footer = "Points = difficulty of each right answer · local week starts Monday"
                + (studyGroups.streakFreeze(group.get()) ? " · streak freeze on" : "");
        if (period != PracticeService.Period.MONTH) {
            command.reply(BotReply.embed(new BotReply.Embed(title, text.toString(), List.of(), footer, 0xFEE75C)));
            return;
        }
        byte[] picture = GroupMonthPicture.render(studyGroups.practice().month(group.get(), SHOWN));
        command.reply(BotReply.embed(new BotReply.Embed(title, text.toString(), List.of(),
                        footer + " · rows follow the ranking", 0xFEE75C, GroupMonthPicture.FILE_NAME))
                .withFile(new BotReply.File(GroupMonthPicture.FILE_NAME, picture)));
    }
}
