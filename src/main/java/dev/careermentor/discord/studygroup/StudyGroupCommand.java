package dev.careermentor.discord.studygroup;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Counts;
import dev.careermentor.discord.Requests;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.TimeInput;
import dev.careermentor.studygroup.model.StudyGroup;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /studygroup setup|pause|resume|show|streak-freeze|remove}: Manage Server only (the default
 * permission, and checked again when it runs). The time zone option autocompletes IANA names.
 */
public final class StudyGroupCommand extends StudyGroupSlashCommand {

    static final String NAME = "studygroup";

    public StudyGroupCommand(StudyGroups studyGroups, Clock clock) {
        super(studyGroups, clock);
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash(NAME, "Daily practice challenges for a channel (Manage Server only)")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .setContexts(InteractionContextType.GUILD)
                .addSubcommands(
                        new SubcommandData("setup", "Post a challenge every day in a channel, at a local time")
                                .addOptions(new OptionData(OptionType.CHANNEL, "channel", "Where to post", true)
                                                .setChannelTypes(ChannelType.TEXT),
                                        new OptionData(OptionType.STRING, "time", "Local time, 24-hour HH:MM, e.g. 09:00", true),
                                        new OptionData(OptionType.STRING, "timezone", "IANA time zone, e.g. Europe/Berlin", true, true),
                                        new OptionData(OptionType.ROLE, "role", "A role to ping with each challenge", false)),
                        new SubcommandData("pause", "Stop posting in this channel for now"),
                        new SubcommandData("resume", "Start posting again in this channel"),
                        new SubcommandData("show", "Show this server's study groups"),
                        new SubcommandData("streak-freeze", "One missed day a week keeps a streak (on by default)")
                                .addOptions(new OptionData(OptionType.STRING, "mode", "on or off", true)
                                        .addChoice("on", "on").addChoice("off", "off")),
                        new SubcommandData("remove", "Stop the study group of this channel (its history is kept)"));
    }

    @Override
    public void onCommand(Requests.Command command) {
        if (!command.caller().canManageServer() || command.caller().guildId() == null) {
            command.reply(BotReply.ephemeral("Only members with the **Manage Server** permission can manage study groups."));
            return;
        }
        String sub = command.subcommand().orElse("");
        switch (sub) {
            case "setup" -> setup(command);
            case "pause" -> command.reply(change(studyGroups.pause(command.caller().channelId(), command.caller().userName()),
                    "Paused the study group of this channel. `/studygroup resume` starts it again."));
            case "resume" -> command.reply(change(studyGroups.resume(command.caller().channelId()),
                    "Resumed: the next challenge comes at the usual time."));
            case "remove" -> command.reply(change(studyGroups.remove(command.caller().channelId()),
                    "Removed the study group of this channel. Its history is kept if you set it up again."));
            case "show" -> command.reply(show(command.caller().guildId()));
            case "streak-freeze" -> {
                boolean on = !command.option("mode").orElse("on").equals("off");
                command.reply(change(studyGroups.setStreakFreeze(command.caller().channelId(), on), on
                        ? "Streak freeze is on: one missed day a week (Monday to Sunday, local time) keeps a streak."
                        : "Streak freeze is off: every missed day breaks a streak."));
            }
            default -> command.reply(BotReply.ephemeral("Use setup, pause, resume, show, streak-freeze or remove."));
        }
    }

    private void setup(Requests.Command command) {
        Optional<Long> channel = command.longOption("channel");
        if (channel.isEmpty()) {
            command.reply(BotReply.ephemeral("Pick the channel to post in."));
            return;
        }
        try {
            StudyGroup group = studyGroups.setup(command.caller().guildId(), channel.get(), command.caller().userId(),
                    command.option("time").orElse(""), command.option("timezone").orElse(""),
                    command.longOption("role").orElse(null));
            String link = StudyGroupTexts.channel(group.channelId());
            if (!group.isActive()) {
                command.reply(BotReply.ephemeral("I saved the study group for " + link + ", but it is paused. "
                        + group.statusReason() + ". Give me Send Messages and Embed Links there, then run "
                        + "`/studygroup resume` in that channel."));
                return;
            }
            command.reply(BotReply.ephemeral("📚 Study group ready in " + link + ": a challenge every day at **"
                    + TimeInput.show(group.postTime(), group.zone()) + "**" + next(group)
                    + ", and a reminder " + Counts.of(group.reminderHours(), "hour") + " before the day ends there."));
        } catch (IllegalArgumentException e) {
            command.reply(BotReply.ephemeral(e.getMessage()));
        }
    }

    private BotReply change(Optional<StudyGroup> group, String done) {
        return BotReply.ephemeral(group.isPresent() ? done
                : "This channel has no study group. Set one up with `/studygroup setup`.");
    }

    private BotReply show(long guildId) {
        List<StudyGroup> groups = studyGroups.inGuild(guildId);
        if (groups.isEmpty()) {
            return BotReply.ephemeral("No study groups yet. Set one up with `/studygroup setup`.");
        }
        StringBuilder text = new StringBuilder("**Study groups**");
        for (StudyGroup group : groups) {
            text.append("\n• ").append(StudyGroupTexts.channel(group.channelId())).append(" at ")
                    .append(TimeInput.show(group.postTime(), group.zone())).append(" — ").append(group.status().name().toLowerCase(java.util.Locale.ROOT));
            if (group.statusReason() != null) {
                text.append(" (").append(group.statusReason()).append(')');
            }
            text.append(next(group));
        }
        return BotReply.ephemeral(text.toString());
    }

    private String next(StudyGroup group) {
        return studyGroups.nextPost(group).map(next -> " (next in " + until(next) + ")").orElse("");
    }
}
