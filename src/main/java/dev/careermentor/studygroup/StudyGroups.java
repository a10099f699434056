package dev.careermentor.studygroup;

import dev.careermentor.practice.Challenge;
import dev.careermentor.store.Ids;
import dev.careermentor.studygroup.learning.PracticeSessions;
import dev.careermentor.studygroup.model.MemberReminder;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.progress.Progress;
import dev.careermentor.studygroup.progress.ProgressReport;
import dev.careermentor.studygroup.store.PostRepository;
import dev.careermentor.studygroup.store.ReminderRepository;
import dev.careermentor.studygroup.store.StudyGroupRepository;
import dev.careermentor.studygroup.store.StudyGroupStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Setting up and running study groups, for every adapter: set up, pause, resume, remove, today's
 * challenge (personal tracks get theirs on request), member reminders, and the learning loop
 * (practice on demand, progress).
 */
public final class StudyGroups {

    public static final int DEFAULT_REMINDER_HOURS = 3;

    private final StudyGroupRepository groups;
    private final PostRepository posts;
    private final ReminderRepository reminders;
    private final PracticeService practice;
    private final Planner planner;
    private final ChallengeChannel channel;
    private final Clock clock;
    private final PracticeSessions sessions;
    private final Progress progress;

    public StudyGroups(StudyGroupStore store, PracticeService practice, Planner planner, ChallengeChannel channel,
            Clock clock, PracticeSessions sessions, Progress progress) {
        this.groups = store.groups();
        this.posts = store.posts();
        this.reminders = store.reminders();
        this.practice = practice;
        this.planner = planner;
        this.channel = channel;
        this.clock = clock;
        this.sessions = sessions;
        this.progress = progress;
    }

    /**
     * Creates or updates the channel's group, schedules it, and tells the channel: a new group is
     * announced; a group whose time changed gets a short note; setting up the same time again says
     * nothing. If the bot cannot post there, the group is saved paused with the reason, so the admin
     * can fix the permissions and resume. Throws IllegalArgumentException for a bad time or zone.
     */
    public StudyGroup setup(long guildId, long channelId, long adminId, String time, String zone, Long roleId) {
        LocalTime postTime = TimeInput.parseTime(time);
        ZoneId zoneId = TimeInput.parseZone(zone);
        // A paused group set up again starts afresh, and its announcement checks that the bot may post there.
        Optional<StudyGroup> before = groups.forChannel(channelId).filter(StudyGroup::isActive);
        StudyGroup group = groups.save(new StudyGroup(Ids.next(), StudyGroup.Kind.CHANNEL, guildId, channelId, adminId,
                postTime, zoneId, roleId, DEFAULT_REMINDER_HOURS, StudyGroup.Status.ACTIVE, null));
        Optional<StudyGroupMessage> news = before.isEmpty() ? Optional.of(new StudyGroupMessage.Announcement(postTime, zoneId))
                : before.get().postTime().equals(postTime) && before.get().zone().equals(zoneId) ? Optional.empty()
                : Optional.of(new StudyGroupMessage.ScheduleChanged(postTime, zoneId));
        try {
            if (news.isPresent()) {
                channel.say(group, news.get());
            }
        } catch (ChallengeChannel.SendFailure e) {
            if (e.permanent()) {
                String reason = "I can't post in this channel: " + e.getMessage();
                groups.setStatus(group.id(), StudyGroup.Status.PAUSED, reason);
                return group.withStatus(StudyGroup.Status.PAUSED, reason);
            }
        }
        planner.schedule(group);
        return group;
    }

    public Optional<StudyGroup> forChannel(long channelId) {
        return groups.forChannel(channelId);
    }

    /** The group a member practises with here: the channel's group, or else their personal track. */
    public StudyGroup groupFor(long channelId, long userId) {
        return forChannel(channelId).orElseGet(() -> personalTrack(userId));
    }

    public Optional<Post> post(long postId) {
        return posts.find(postId);
    }

    /** The post a button refers to, with its group. */
    public Optional<StudyGroup> groupOfPost(long postId) {
        return posts.find(postId).flatMap(post -> groups.find(post.groupId()));
    }

    public List<StudyGroup> inGuild(long guildId) {
        return groups.inGuild(guildId);
    }

    public Optional<StudyGroup> pause(long channelId, String by) {
        return forChannel(channelId).map(group -> {
            groups.setStatus(group.id(), StudyGroup.Status.PAUSED, "Paused by " + by);
            planner.unschedule(group);
            return group.withStatus(StudyGroup.Status.PAUSED, "Paused by " + by);
        });
    }

    public Optional<StudyGroup> resume(long channelId) {
        return forChannel(channelId).map(group -> {
            groups.setStatus(group.id(), StudyGroup.Status.ACTIVE, null);
            StudyGroup active = group.withStatus(StudyGroup.Status.ACTIVE, null);
            planner.schedule(active);
            return active;
        });
    }

    /** Stops the group; its history stays, so setting it up again keeps streaks and the leaderboard. */
    public Optional<StudyGroup> remove(long channelId) {
        return forChannel(channelId).map(group -> {
            groups.setStatus(group.id(), StudyGroup.Status.REMOVED, null);
            planner.unschedule(group);
            return group.withStatus(StudyGroup.Status.REMOVED, null);
        });
    }

    public Optional<Instant> nextPost(StudyGroup group) {
        return group.isActive() ? planner.nextPost(group) : Optional.empty();
    }

    /** A group's challenge of the current local day, if it has been posted. */
    public Optional<Post> today(StudyGroup group) {
        LocalDate date = group.schedule().dateAt(clock.instant());
        return posts.forDate(group.id(), date).filter(Post::isSent);
    }

    /** A member's personal track (created on first use, in UTC until they pick a time zone). */
    public StudyGroup personalTrack(long userId) {
        return groups.personalTrack(userId).orElseGet(() -> groups.save(new StudyGroup(Ids.next(),
                StudyGroup.Kind.PERSONAL, null, null, userId, LocalTime.MIDNIGHT, ZoneOffset.UTC, null, 0,
                StudyGroup.Status.ACTIVE, null)));
    }

    /** Today's challenge of a personal track: picked from the member's rotation on first request. */
    public Post personalToday(StudyGroup track) {
        LocalDate date = track.schedule().dateAt(clock.instant());
        Optional<Post> existing = posts.forDate(track.id(), date);
        if (existing.isPresent()) {
            return existing.get();
        }
        Challenge next = practice.nextFor(track.id());
        Post post = posts.claim(track.id(), date, next.id(), "personal", false).post();
        if (!post.isSent()) {
            posts.markSent(post.id(), null);
        }
        return posts.find(post.id()).orElseThrow();
    }

    /** Turns a member's DM reminder on (at a time in a zone) or off. */
    public void remind(StudyGroup group, long userId, boolean on, LocalTime time, ZoneId zone) {
        MemberReminder reminder = new MemberReminder(group.id(), userId, time, zone, on);
        reminders.save(reminder);
        if (on) {
            planner.scheduleMember(reminder);
        } else {
            planner.unscheduleMember(group.id(), userId);
        }
    }

    public PracticeService practice() {
        return practice;
    }

    /** Turns the channel group's streak freeze (one missed local day a week keeps a streak) on or off. */
    public Optional<StudyGroup> setStreakFreeze(long channelId, boolean on) {
        return forChannel(channelId).map(group -> {
            groups.setStreakFreeze(group.id(), on);
            return group;
        });
    }

    public boolean streakFreeze(StudyGroup group) {
        return groups.streakFreeze(group.id());
    }

    /** Practice on demand: /practice, "Practice this", answers and reviews. */
    public PracticeSessions sessions() {
        return sessions;
    }

    /**
     * A member's progress across the roadmap, in their time zone (the one they gave for a reminder,
     * else the zone of the group where they ask, else UTC).
     */
    public ProgressReport progress(long userId, long channelId) {
        ZoneId fallback = forChannel(channelId).map(StudyGroup::zone).orElse(ZoneOffset.UTC);
        return progress.report(userId, fallback);
    }
}
