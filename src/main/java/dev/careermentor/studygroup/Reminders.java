package dev.careermentor.studygroup;

import dev.careermentor.store.PostRepository;
import dev.careermentor.store.ReminderRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nudges: a channel reminder a few hours before the group's day ends ("3 hours left — 4 members
 * answered"), and direct messages to members who opted in and have not answered yet. Each goes out
 * at most once per day (claimed in the database before sending).
 */
public final class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final PostRepository posts;
    private final ReminderRepository reminders;
    private final ChallengeChannel channel;
    private final Clock clock;

    public Reminders(PostRepository posts, ReminderRepository reminders, ChallengeChannel channel, Clock clock) {
        this.posts = posts;
        this.reminders = reminders;
        this.channel = channel;
        this.clock = clock;
    }

    /** Sends the channel reminder of a group's local date, if that day is still running and its challenge went out. */
    public boolean remindChannel(StudyGroup group, LocalDate date) throws ChallengeChannel.SendFailure {
        Instant now = clock.instant();
        if (!group.isActive() || !group.schedule().dateAt(now).equals(date)) {
            return false;
        }
        Optional<PostRepository.Post> post = posts.forDate(group.id(), date)
                .filter(p -> p.status() == PostRepository.Status.SENT);
        if (post.isEmpty() || !posts.claimReminder(post.get().id())) {
            return false;
        }
        channel.say(group, text(group.schedule().timeLeft(date, now), posts.answerCount(post.get().id())));
        return true;
    }

    static String text(Duration left, int answered) {
        long hours = left.toHours();
        String time = hours >= 1 ? hours + (hours == 1 ? " hour" : " hours") : Math.max(1, left.toMinutes()) + " minutes";
        String members = answered == 1 ? "1 member has" : answered + " members have";
        return "⏰ " + time + " left for today's challenge — " + members + " answered so far. Scroll up to give it a try!";
    }

    /**
     * Sends a member's reminder for their local date, if they still have not answered the group's
     * current challenge.
     */
    public boolean remindMember(StudyGroup group, ReminderRepository.Reminder reminder, LocalDate memberDate)
            throws ChallengeChannel.SendFailure {
        if (!group.isActive() || !reminder.enabled()) {
            return false;
        }
        LocalDate groupToday = group.schedule().dateAt(clock.instant());
        Optional<PostRepository.Post> post = posts.forDate(group.id(), groupToday)
                .filter(p -> p.status() == PostRepository.Status.SENT);
        boolean personal = group.kind() == StudyGroup.Kind.PERSONAL;
        boolean answered = post.isPresent() && posts.answerOf(post.get().id(), reminder.userId()).isPresent();
        if (answered || (post.isEmpty() && !personal)) {
            return false; // done already, or the group's challenge has not been posted today
        }
        if (!reminders.claimSend(group.id(), reminder.userId(), memberDate)) {
            return false;
        }
        Duration left = group.schedule().timeLeft(groupToday, clock.instant());
        String where = personal ? "your personal challenge (use /challenge today)" : "today's challenge in <#"
                + group.channelId() + ">";
        channel.directMessage(reminder.userId(), "👋 Friendly reminder: you haven't answered " + where + " yet. "
                + Math.max(1, left.toHours()) + " h left. (Turn these off with /challenge remind off.)");
        log.info("Reminded member {} of group {}", reminder.userId(), group.id());
        return true;
    }
}
