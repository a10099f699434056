package dev.careermentor.discord.studygroup;

import dev.careermentor.discord.CommandMentions;
import dev.careermentor.discord.Counts;
import dev.careermentor.studygroup.StudyGroupMessage;
import dev.careermentor.studygroup.TimeInput;
import java.time.Duration;

/**
 * How the study groups' messages read in Discord: channels as {@code <#id>} links and commands as
 * clickable mentions.
 */
public final class StudyGroupTexts {

    private final CommandMentions commands;

    public StudyGroupTexts(CommandMentions commands) {
        this.commands = commands;
    }

    public String render(StudyGroupMessage message) {
        if (message instanceof StudyGroupMessage.Announcement announcement) {
            return "📚 This channel is now a study group: a practice challenge every day at "
                    + TimeInput.show(announcement.postTime(), announcement.zone()) + ". Answer with the buttons under each challenge; "
                    + commands.mention("streak") + " and " + commands.mention("leaderboard") + " keep score.";
        }
        if (message instanceof StudyGroupMessage.ScheduleChanged changed) {
            return "🗓️ New time for the daily challenge: " + TimeInput.show(changed.postTime(), changed.zone()) + ".";
        }
        if (message instanceof StudyGroupMessage.ChannelReminder reminder) {
            String members = reminder.answered() == 1 ? "1 member has" : reminder.answered() + " members have";
            return "⏰ " + timeLeft(reminder.left()) + " left for today's challenge — " + members
                    + " answered so far. Scroll up to give it a try!";
        }
        if (message instanceof StudyGroupMessage.DirectReminder reminder) {
            String reviews = reviews(reminder.reviewsDue());
            String off = " (Turn these off with " + commands.mention("challenge remind") + " off.)";
            if (reminder.reviewsOnly()) {
                return "👋 Friendly reminder: " + reviews + " — " + commands.mention("practice") + " gives you the first."
                        + off;
            }
            String where = reminder.personal()
                    ? "your personal challenge (use " + commands.mention("challenge today") + ")"
                    : "today's challenge in " + channel(reminder.channelId());
            return "👋 Friendly reminder: you haven't answered " + where + " yet. " + Math.max(1, reminder.left().toHours())
                    + " h left." + (reminder.reviewsDue() > 0 ? " Also " + reviews + ": " + commands.mention("practice")
                    + "." : "") + off;
        }
        if (message instanceof StudyGroupMessage.MonthChampions champions) {
            StringBuilder text = new StringBuilder("🏆 **Champions of " + champions.month().getMonth()
                    .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                    + champions.month().getYear() + "**");
            String[] medals = {"🥇", "🥈", "🥉"};
            for (int i = 0; i < champions.champions().size(); i++) {
                var score = champions.champions().get(i);
                text.append('\n').append(i < medals.length ? medals[i] : (i + 1) + ".").append(" <@").append(score.userId())
                        .append("> — ").append(score.points()).append(score.points() == 1 ? " point" : " points");
            }
            return text.append("\nCongratulations! A new month starts today: ").append(commands.mention("leaderboard"))
                    .append(" shows this month's race.").toString();
        }
        if (message instanceof StudyGroupMessage.PausedNotice paused) {
            return "Your study group in " + channel(paused.channelId()) + " is paused: " + paused.reason()
                    + ". Fix the channel or the bot's permissions, then run " + commands.mention("studygroup resume")
                    + " there.";
        }
        throw new IllegalArgumentException("no Discord text for " + message);
    }

    /** "1 review due", "3 reviews due". */
    static String reviews(int due) {
        return due == 1 ? "1 review due" : due + " reviews due";
    }

    /** A channel link: Discord shows the channel's name. */
    public static String channel(long channelId) {
        return "<#" + channelId + ">";
    }

    /** "3 hours", "1 hour", "40 minutes", "1 minute". */
    static String timeLeft(Duration left) {
        long hours = left.toHours();
        return hours >= 1 ? Counts.of(hours, "hour") : Counts.of(Math.max(1, left.toMinutes()), "minute");
    }
}
