package dev.careermentor.studygroup;

import dev.careermentor.studygroup.learning.Reviews;
import dev.careermentor.studygroup.model.MemberReminder;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.PostRepository;
import dev.careermentor.studygroup.store.ReminderRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nudges: a channel reminder a few hours before the group's day ends ("3 hours left — 4 members
 * answered"), and direct messages to members who opted in and have not answered yet, or have spaced
 * reviews due ("3 reviews due"). Each goes out at most once per day (claimed in the database before
 * sending).
 */
public final class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final PostRepository posts;
    private final ReminderRepository reminders;
    private final ChallengeChannel channel;
    private final Reviews reviews;
    private final Clock clock;

    public Reminders(PostRepository posts, ReminderRepository reminders, ChallengeChannel channel, Clock clock) {
        this(posts, reminders, channel, null, clock);
    }

    /** @param reviews whose due count a member's reminder mentions, or null */
    public Reminders(PostRepository posts, ReminderRepository reminders, ChallengeChannel channel, Reviews reviews,
            Clock clock) {
        this.posts = posts;
        this.reminders = reminders;
        this.channel = channel;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Sends the channel reminder of a group's local date, if that day is still running and its challenge went out. */
    public boolean remindChannel(StudyGroup group, LocalDate date) throws ChallengeChannel.SendFailure {
        Instant now = clock.instant();
        if (!group.isActive() || !group.schedule().dateAt(now).equals(date)) {
            return false;
        }
        Optional<Post> post = posts.forDate(group.id(), date).filter(Post::isSent);
        if (post.isEmpty() || !posts.claimReminder(post.get().id())) {
            return false;
        }
        channel.say(group, new StudyGroupMessage.ChannelReminder(group.schedule().timeLeft(date, now),
                posts.answerCount(post.get().id())));
        return true;
    }

    /**
     * Sends a member's reminder for their local date, if they still have not answered the group's
     * current challenge, or have reviews due; it says how many reviews are due.
     */
    public boolean remindMember(StudyGroup group, MemberReminder reminder, LocalDate memberDate)
            throws ChallengeChannel.SendFailure {
        if (!group.isActive() || !reminder.enabled()) {
            return false;
        }
        LocalDate groupToday = group.schedule().dateAt(clock.instant());
        Optional<Post> post = posts.forDate(group.id(), groupToday).filter(Post::isSent);
        boolean personal = group.kind() == StudyGroup.Kind.PERSONAL;
        boolean answered = post.isPresent() && posts.answerOf(post.get().id(), reminder.userId()).isPresent();
        boolean challengeOpen = !answered && (post.isPresent() || personal);
        int reviewsDue = reviews == null ? 0 : reviews.dueCount(reminder.userId());
        if (!challengeOpen && reviewsDue == 0) {
            return false; // done already (or the group's challenge has not been posted today), and no review is due
        }
        if (!reminders.claimSend(group.id(), reminder.userId(), memberDate)) {
            return false;
        }
        channel.directMessage(reminder.userId(), new StudyGroupMessage.DirectReminder(personal ? null : group.channelId(),
                group.schedule().timeLeft(groupToday, clock.instant()), !challengeOpen, reviewsDue));
        log.info("Reminded member {} of group {}", reminder.userId(), group.id());
        return true;
    }
}
