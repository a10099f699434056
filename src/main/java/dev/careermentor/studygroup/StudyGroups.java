package dev.careermentor.studygroup;

import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.PracticeService;
import dev.careermentor.store.Ids;
import dev.careermentor.store.PostRepository;
import dev.careermentor.store.ReminderRepository;
import dev.careermentor.store.StudyGroupRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Setting up and running study groups, for every adapter: set up, pause, resume, remove, today's
 * challenge (personal tracks get theirs on request), and member reminders.
 */
public final class StudyGroups {

    public static final int DEFAULT_REMINDER_HOURS = 3;

    private final StudyGroupRepository groups;
    private final PostRepository posts;
    private final ReminderRepository reminders;
    private final PracticeService practice;
    private final StudyGroupScheduler scheduler;
    private final ChallengeChannel channel;
    private final Clock clock;

    public StudyGroups(StudyGroupRepository groups, PostRepository posts, ReminderRepository reminders,
            PracticeService practice, StudyGroupScheduler scheduler, ChallengeChannel channel, Clock clock) {
        this.groups = groups;
        this.posts = posts;
        this.reminders = reminders;
        this.practice = practice;
        this.scheduler = scheduler;
        this.channel = channel;
        this.clock = clock;
    }

    /**
     * Creates or updates the channel's group, schedules it, and announces it in the channel. If the
     * bot cannot post there, the group is saved paused with the reason, so the admin can fix the
     * permissions and resume. Throws IllegalArgumentException for a bad time or zone.
     */
    public StudyGroup setup(long guildId, long channelId, long adminId, String time, String zone, Long roleId) {
        LocalTime postTime = TimeInput.parseTime(time);
        ZoneId zoneId = TimeInput.parseZone(zone);
        StudyGroup group = groups.save(new StudyGroup(Ids.next(), StudyGroup.Kind.CHANNEL, guildId, channelId, adminId,
                postTime, zoneId, roleId, DEFAULT_REMINDER_HOURS, StudyGroup.Status.ACTIVE, null));
        try {
            channel.say(group, "📚 This channel is now a study group: a practice challenge every day at " + postTime + " "
                    + zoneId.getId() + ". Answer with the buttons under each challenge; /streak and /leaderboard keep score.");
        } catch (ChallengeChannel.SendFailure e) {
            if (e.permanent()) {
                String reason = "I can't post in this channel: " + e.getMessage();
                groups.setStatus(group.id(), StudyGroup.Status.PAUSED, reason);
                return group.withStatus(StudyGroup.Status.PAUSED, reason);
            }
        }
        scheduler.schedule(group);
        return group;
    }

    public Optional<StudyGroup> forChannel(long channelId) {
        return groups.forChannel(channelId);
    }

    /** The group a member practises with here: the channel's group, or else their personal track. */
    public StudyGroup groupFor(long channelId, long userId) {
        return forChannel(channelId).orElseGet(() -> personalTrack(userId));
    }

    public Optional<StudyGroup> find(long groupId) {
        return groups.find(groupId);
    }

    public Optional<PostRepository.Post> post(long postId) {
        return posts.find(postId);
    }

    /** The post a button refers to, with its group. */
    public Optional<StudyGroup> groupOfPost(long postId) {
        return posts.find(postId).flatMap(post -> groups.find(post.groupId()));
    }

    public java.util.List<StudyGroup> inGuild(long guildId) {
        return groups.inGuild(guildId);
    }

    public Optional<StudyGroup> pause(long channelId, String by) {
        return forChannel(channelId).map(group -> {
            groups.setStatus(group.id(), StudyGroup.Status.PAUSED, "Paused by " + by);
            scheduler.unschedule(group);
            return group.withStatus(StudyGroup.Status.PAUSED, "Paused by " + by);
        });
    }

    public Optional<StudyGroup> resume(long channelId) {
        return forChannel(channelId).map(group -> {
            groups.setStatus(group.id(), StudyGroup.Status.ACTIVE, null);
            StudyGroup active = group.withStatus(StudyGroup.Status.ACTIVE, null);
            scheduler.schedule(active);
            return active;
        });
    }

    /** Stops the group; its history stays, so setting it up again keeps streaks and the leaderboard. */
    public Optional<StudyGroup> remove(long channelId) {
        return forChannel(channelId).map(group -> {
            groups.setStatus(group.id(), StudyGroup.Status.REMOVED, null);
            scheduler.unschedule(group);
            return group.withStatus(StudyGroup.Status.REMOVED, null);
        });
    }

    public Optional<java.time.Instant> nextPost(StudyGroup group) {
        return group.isActive() ? scheduler.nextPost(group) : Optional.empty();
    }

    /** A group's challenge of the current local day, if it has been posted. */
    public Optional<PostRepository.Post> today(StudyGroup group) {
        LocalDate date = group.schedule().dateAt(clock.instant());
        return posts.forDate(group.id(), date).filter(p -> p.status() == PostRepository.Status.SENT);
    }

    /** A member's personal track (created on first use, in UTC until they pick a time zone). */
    public StudyGroup personalTrack(long userId) {
        return groups.personalTrack(userId).orElseGet(() -> groups.save(new StudyGroup(Ids.next(),
                StudyGroup.Kind.PERSONAL, null, null, userId, LocalTime.MIDNIGHT, ZoneOffset.UTC, null, 0,
                StudyGroup.Status.ACTIVE, null)));
    }

    /** Today's challenge of a personal track: picked from the member's rotation on first request. */
    public PostRepository.Post personalToday(StudyGroup track) {
        LocalDate date = track.schedule().dateAt(clock.instant());
        Optional<PostRepository.Post> existing = posts.forDate(track.id(), date);
        if (existing.isPresent()) {
            return existing.get();
        }
        Challenge next = practice.nextFor(track.id());
        PostRepository.Post post = posts.claim(track.id(), date, next.id(), "personal", false).post();
        if (post.status() != PostRepository.Status.SENT) {
            posts.markSent(post.id(), null);
        }
        return posts.find(post.id()).orElseThrow();
    }

    /** Turns a member's DM reminder on (at a time in a zone) or off. */
    public void remind(StudyGroup group, long userId, boolean on, LocalTime time, ZoneId zone) {
        ReminderRepository.Reminder reminder = new ReminderRepository.Reminder(group.id(), userId, time, zone, on);
        reminders.save(reminder);
        if (on) {
            scheduler.scheduleMember(reminder);
        } else {
            scheduler.unscheduleMember(group.id(), userId);
        }
    }

    public Optional<ReminderRepository.Reminder> reminderOf(StudyGroup group, long userId) {
        return reminders.find(group.id(), userId);
    }

    public PracticeService practice() {
        return practice;
    }
}
