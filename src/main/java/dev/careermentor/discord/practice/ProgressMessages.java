package dev.careermentor.discord.practice;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.DiscordLimits;
import dev.careermentor.studygroup.progress.ProgressPicture;
import dev.careermentor.studygroup.progress.ProgressReport;
import dev.careermentor.studygroup.progress.TopicProgress;
import java.util.List;

/** How a member's progress looks in Discord: the roadmap, a line per topic, and the picture attached. */
public final class ProgressMessages {

    static final int COLOR = 0x2DA44E;

    private ProgressMessages() {
    }

    public static BotReply render(ProgressReport report, byte[] picture) {
        StringBuilder text = new StringBuilder("**Next:** ").append(report.nextStep()).append("\n\n");
        for (TopicProgress topic : report.topics()) {
            text.append(symbol(topic.state())).append(" **").append(topic.title()).append("** — ").append(topic.nextStep())
                    .append('\n');
        }
        String footer = report.count(TopicProgress.State.SOLID) + " solid · " + report.count(TopicProgress.State.LEARNING)
                + " learning · " + report.count(TopicProgress.State.NOT_STARTED) + " not started · days in "
                + report.zone().getId();
        BotReply.Embed embed = new BotReply.Embed("Your progress on the roadmap",
                DiscordLimits.trim(text.toString(), DiscordLimits.EMBED_DESCRIPTION), List.of(), footer, COLOR,
                ProgressPicture.FILE_NAME);
        return new BotReply("", List.of(embed), List.of(PracticeMessages.nextButton()), true)
                .withFile(new BotReply.File(ProgressPicture.FILE_NAME, picture));
    }

    static String symbol(TopicProgress.State state) {
        return switch (state) {
            case NOT_STARTED -> "⬜";
            case LEARNING -> "🟨";
            case SOLID -> "🟩";
        };
    }
}
