package dev.careermentor.discord.studygroup;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Requests;
import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.ChallengeChannel;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.TimeInput;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /challenge today} shows the challenge of this channel's study group (or the member's own
 * personal challenge where there is no group); {@code /challenge remind on|off} manages the
 * member's direct-message reminder.
 */
public final class ChallengeCommand extends StudyGroupSlashCommand {

    static final String NAME = "challenge";
    static final LocalTime DEFAULT_REMINDER = LocalTime.of(18, 0);

    public ChallengeCommand(StudyGroups studyGroups, Clock clock) {
        super(studyGroups, clock);
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash(NAME, "Daily practice challenges")
                .addSubcommands(
                        new SubcommandData("today", "Show today's challenge"),
                        new SubcommandData("remind", "A direct message when you have not answered yet")
                                .addOptions(new OptionData(OptionType.STRING, "mode", "on or off", true)
                                                .addChoice("on", "on").addChoice("off", "off"),
                                        new OptionData(OptionType.STRING, "time", "Your local time, HH:MM (default 18:00)", false),
                                        new OptionData(OptionType.STRING, "timezone", "Your IANA time zone (default: the group's)",
                                                false, true)));
    }

    @Override
    public void onCommand(Requests.Command command) {
        StudyGroup group = studyGroups.groupFor(command.caller().channelId(), command.caller().userId());
        switch (command.subcommand().orElse("")) {
            case "today" -> command.reply(today(group));
            case "remind" -> command.reply(remind(command, group));
            default -> command.reply(BotReply.ephemeral("Use `/challenge today` or `/challenge remind`."));
        }
    }

    private BotReply today(StudyGroup group) {
        if (group.kind() == StudyGroup.Kind.PERSONAL) {
            Post post = studyGroups.personalToday(group);
            return render(post, "Your practice challenge").map(BotReply::asEphemeral)
                    .orElse(BotReply.ephemeral("The challenge bank is being updated; try again in a minute."));
        }
        Optional<Post> post = studyGroups.today(group);
        if (post.isPresent()) {
            return render(post.get(), "Today's challenge").map(BotReply::asEphemeral)
                    .orElse(BotReply.ephemeral("Today's challenge was removed from the bank."));
        }
        if (!group.isActive()) {
            return BotReply.ephemeral("This channel's study group is paused" + (group.statusReason() == null ? "."
                    : ": " + group.statusReason()));
        }
        Optional<Instant> next = studyGroups.nextPost(group);
        String when = next.map(n -> " (in " + until(n) + ")").orElse("");
        return BotReply.ephemeral("Today's challenge arrives at **" + TimeInput.show(group.postTime(), group.zone()) + "**"
                + when + ". See you then!");
    }

    private Optional<BotReply> render(Post post, String heading) {
        Optional<Challenge> challenge = studyGroups.practice().challengeOf(post);
        return challenge.map(c -> ChallengeMessages.post(new ChallengeChannel.DailyPost(post.id(), post.date(), c, null, null, null),
                heading));
    }

    private BotReply remind(Requests.Command command, StudyGroup group) {
        long userId = command.caller().userId();
        String mode = command.option("mode").orElse("");
        if (mode.equals("off")) {
            studyGroups.remind(group, userId, false, DEFAULT_REMINDER, group.zone());
            return BotReply.ephemeral("Reminders are off.");
        }
        if (!mode.equals("on")) { // the router refuses other values already; nothing else may turn reminders on
            return BotReply.ephemeral("Use `/challenge remind mode: on` or `mode: off`.");
        }
        try {
            LocalTime time = command.option("time").map(TimeInput::parseTime).orElse(DEFAULT_REMINDER);
            ZoneId zone = command.option("timezone").map(TimeInput::parseZone).orElse(group.zone());
            studyGroups.remind(group, userId, true, time, zone);
            String where = group.kind() == StudyGroup.Kind.PERSONAL ? "your personal challenge"
                    : "the challenge in " + StudyGroupTexts.channel(group.channelId());
            return BotReply.ephemeral("🔔 I'll send you a direct message at **" + TimeInput.show(time, zone) + "** on days you haven't answered " + where + " yet. (Make sure your DMs are open.)");
        } catch (IllegalArgumentException e) {
            return BotReply.ephemeral(e.getMessage());
        }
    }
}
