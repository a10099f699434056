package dev.careermentor.studygroup.model;

import java.time.LocalTime;
import java.time.ZoneId;

/** A member's direct-message reminder for a group: at a time of their own day, in their own zone. */
public record MemberReminder(long groupId, long userId, LocalTime time, ZoneId zone, boolean enabled) {

    /** The reminder's days as a schedule: one "post" a day at the member's time. */
    public LocalSchedule schedule() {
        return new LocalSchedule(time, zone, 0);
    }
}
