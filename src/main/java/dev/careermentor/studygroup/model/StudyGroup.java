package dev.careermentor.studygroup.model;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A study group: a Discord channel that gets one challenge a day at a local time, or one member's
 * personal track (no channel, challenges on request).
 *
 * @param ownerId who set the group up (told if it has to pause), or the member of a personal track
 * @param roleId a role the daily post pings, or null
 * @param reminderHours the channel reminder goes out this many hours before the group's day ends
 */
public record StudyGroup(long id, Kind kind, Long guildId, Long channelId, long ownerId, LocalTime postTime,
        ZoneId zone, Long roleId, int reminderHours, Status status, String statusReason) {

    public enum Kind { CHANNEL, PERSONAL }

    public enum Status { ACTIVE, PAUSED, REMOVED }

    public LocalSchedule schedule() {
        return new LocalSchedule(postTime, zone, reminderHours);
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public StudyGroup withStatus(Status newStatus, String reason) {
        return new StudyGroup(id, kind, guildId, channelId, ownerId, postTime, zone, roleId, reminderHours, newStatus,
                reason);
    }
}
