package dev.careermentor.studygroup;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

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
     * To a member who asked to be reminded and has not answered yet.
     *
     * @param channelId the group's channel, or null for the member's personal track
     * @param left time left in the group's day
     */
    record DirectReminder(Long channelId, Duration left) implements StudyGroupMessage {
        public boolean personal() {
            return channelId == null;
        }
    }

    /** To the member who set a group up, when it paused because its channel cannot be used. */
    record PausedNotice(long channelId, String reason) implements StudyGroupMessage {
    }
}
