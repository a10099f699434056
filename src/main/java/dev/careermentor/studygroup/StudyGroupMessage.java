package dev.careermentor.studygroup;

import dev.careermentor.studygroup.model.Score;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * What the study groups say besides the daily post, as data: which kind of message, and what it
 * is about. Each adapter turns it into text for its medium: Discord links the channel and the
 * commands, the console writes plain words. The core never builds markup.
 */
public sealed interface StudyGroupMessage {

    /** In a channel that has just become a study group. */
    record Announcement(LocalTime postTime, ZoneId zone) implements StudyGroupMessage {
    }

    /** In a group's channel whose daily time an admin changed: a short note, not a second announcement. */
    record ScheduleChanged(LocalTime postTime, ZoneId zone) implements StudyGroupMessage {
    }

    /** In a group's channel, a few hours before its day ends. */
    record ChannelReminder(Duration left, int answered) implements StudyGroupMessage {
    }

    /**
     * To a member who asked to be reminded: they have not answered yet, or reviews are due.
     *
     * @param channelId the group's channel, or null for the member's personal track
     * @param left time left in the group's day
     * @param reviewsOnly the reminder is about reviews only (today's challenge is answered, or not out yet)
     * @param reviewsDue how many of their spaced reviews are due
     */
    record DirectReminder(Long channelId, Duration left, boolean reviewsOnly, int reviewsDue) implements StudyGroupMessage {

        /** A reminder of today's challenge only. */
        public DirectReminder(Long channelId, Duration left) {
            this(channelId, left, false, 0);
        }

        public boolean personal() {
            return channelId == null;
        }
    }

    /**
     * In a group's channel on the first day of a month: the previous month's best members.
     *
     * @param champions best first, at most three
     */
    record MonthChampions(YearMonth month, List<Score> champions) implements StudyGroupMessage {
        public MonthChampions {
            champions = List.copyOf(champions);
        }
    }

    /** To the member who set a group up, when it paused because its channel cannot be used. */
    record PausedNotice(long channelId, String reason) implements StudyGroupMessage {
    }
}
