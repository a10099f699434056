package dev.careermentor.discord.studygroup;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.studygroup.PracticeService;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.model.StudyGroup;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /streak}: the member's streak in this channel's group (or their personal track), in the group's local days. */
public final class StreakCommand implements Feature.SlashCommand {

    private final StudyGroups studyGroups;

    public StreakCommand(StudyGroups studyGroups) {
        this.studyGroups = studyGroups;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("streak", "Your streak of daily challenges");
    }

    @Override
    public void onCommand(Requests.Command command) {
        StudyGroup group = studyGroups.groupFor(command.caller().channelId(), command.caller().userId());
        PracticeService.Streak streak = studyGroups.practice().streak(group, command.caller().userId());
        String where = group.kind() == StudyGroup.Kind.PERSONAL ? "your personal practice"
                : StudyGroupTexts.channel(group.channelId());
        String text = streak.answered() == 0
                ? "No answers yet in " + where + ". Try `/challenge today`!"
                : "🔥 Your streak in " + where + ": **" + streak.current() + (streak.current() == 1 ? " day" : " days")
                        + "** (best " + streak.best() + "), " + streak.answered()
                        + (streak.answered() == 1 ? " challenge" : " challenges") + " answered.";
        command.reply(BotReply.ephemeral(text));
    }
}
