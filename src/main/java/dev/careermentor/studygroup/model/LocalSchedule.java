package dev.careermentor.studygroup.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A group's day, in its own time zone. All the daylight-saving rules live here, and they are
 * java.time's: a post time that does not exist on the day the clocks spring forward (02:30 in New
 * York) moves forward by the gap (03:30); a time that happens twice when the clocks fall back is
 * taken the first time. Either way each local day has exactly one post instant.
 */
public record LocalSchedule(LocalTime postTime, ZoneId zone, int reminderHours) {

    /** The moment the post of a local date is due. */
    public Instant postInstant(LocalDate date) {
        return ZonedDateTime.of(date, postTime, zone).toInstant();
    }

    /** The local date at a moment. */
    public LocalDate dateAt(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The first local date whose post instant is strictly after {@code instant}. */
    public LocalDate nextPostDate(Instant instant) {
        LocalDate today = dateAt(instant);
        return postInstant(today).isAfter(instant) ? today : today.plusDays(1);
    }

    /** When a local date ends (the start of the next one; midnight may itself be skipped by DST). */
    public Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The channel reminder of a local date: {@code reminderHours} before the day ends, and never before the post. */
    public Instant reminderInstant(LocalDate date) {
        Instant reminder = endOf(date).minus(Duration.ofHours(reminderHours));
        Instant post = postInstant(date);
        return reminder.isAfter(post) ? reminder : post.plus(Duration.between(post, endOf(date)).dividedBy(2));
    }

    /** The first local date whose reminder is strictly after {@code instant}. */
    public LocalDate nextReminderDate(Instant instant) {
        LocalDate today = dateAt(instant);
        return reminderInstant(today).isAfter(instant) ? today : today.plusDays(1);
    }

    /** Time left in a local date at a moment (zero once it has ended). */
    public Duration timeLeft(LocalDate date, Instant now) {
        Duration left = Duration.between(now, endOf(date));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
