package dev.careermentor.discord.practice;

import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.progress.ProgressPicture;
import dev.careermentor.studygroup.progress.ProgressReport;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /progress}: the member's roadmap, privately: every topic as not started, learning or solid,
 * with a next step, and a picture of their month (days practised, in their time zone) and topics.
 */
public final class ProgressCommand implements Feature.SlashCommand {

    private final StudyGroups studyGroups;

    public ProgressCommand(StudyGroups studyGroups) {
        this.studyGroups = studyGroups;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("progress", "Your progress on the roadmap, with a picture of your month");
    }

    @Override
    public void onCommand(Requests.Command command) {
        ProgressReport report = studyGroups.progress(command.caller().userId(), command.caller().channelId());
        command.reply(ProgressMessages.render(report, ProgressPicture.render(report)));
    }
}
