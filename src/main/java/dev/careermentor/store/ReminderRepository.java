package dev.careermentor.store;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Members' direct-message reminders. */
public final class ReminderRepository {

    private final Database database;

    public ReminderRepository(Database database) {
        this.database = database;
    }

    public record Reminder(long groupId, long userId, LocalTime time, ZoneId zone, boolean enabled) {
    }

    public void save(Reminder reminder) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO dm_reminder (group_id, user_id, remind_time, zone, enabled)
                        VALUES (:g, :u, :time, :zone, :enabled)
                        ON CONFLICT (group_id, user_id) DO UPDATE SET remind_time = excluded.remind_time,
                               zone = excluded.zone, enabled = excluded.enabled""")
                .bind("g", reminder.groupId()).bind("u", reminder.userId()).bind("time", reminder.time().toString())
                .bind("zone", reminder.zone().getId()).bind("enabled", reminder.enabled()).execute());
    }

    public Optional<Reminder> find(long groupId, long userId) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT group_id, user_id, remind_time, zone, enabled FROM dm_reminder WHERE group_id = :g AND user_id = :u")
                .bind("g", groupId).bind("u", userId)
                .map((rs, ctx) -> new Reminder(rs.getLong("group_id"), rs.getLong("user_id"),
                        LocalTime.parse(rs.getString("remind_time")), ZoneId.of(rs.getString("zone")), rs.getBoolean("enabled")))
                .findOne());
    }

    public List<Reminder> enabled() {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT group_id, user_id, remind_time, zone, enabled FROM dm_reminder WHERE enabled = :t")
                .bind("t", true)
                .map((rs, ctx) -> new Reminder(rs.getLong("group_id"), rs.getLong("user_id"),
                        LocalTime.parse(rs.getString("remind_time")), ZoneId.of(rs.getString("zone")), true))
                .list());
    }

    /** Claims the reminder of a member's local date before sending: false if it already went out. */
    public boolean claimSend(long groupId, long userId, LocalDate date) {
        return database.jdbi().withHandle(h -> h.createUpdate("""
                        UPDATE dm_reminder SET last_sent_date = :d
                        WHERE group_id = :g AND user_id = :u AND enabled = :t
                          AND (last_sent_date IS NULL OR last_sent_date <> :d)""")
                .bind("g", groupId).bind("u", userId).bind("d", date.toString()).bind("t", true).execute()) == 1;
    }
}
