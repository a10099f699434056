package dev.careermentor.studygroup.store;

import dev.careermentor.store.Database;
import dev.careermentor.studygroup.model.MemberReminder;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Members' direct-message reminders. */
public final class ReminderRepository {

    private static final String COLUMNS = "group_id, user_id, remind_time AS time, zone, enabled";
    private static final RowMapper<MemberReminder> REMINDER = ConstructorMapper.of(MemberReminder.class);

    private final Database database;

    public ReminderRepository(Database database) {
        this.database = database;
    }

    public void save(MemberReminder reminder) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO dm_reminder (group_id, user_id, remind_time, zone, enabled)
                        VALUES (:g, :u, :time, :zone, :enabled)
                        ON CONFLICT (group_id, user_id) DO UPDATE SET remind_time = excluded.remind_time,
                               zone = excluded.zone, enabled = excluded.enabled""")
                .bind("g", reminder.groupId()).bind("u", reminder.userId()).bind("time", reminder.time().toString())
                .bind("zone", reminder.zone().getId()).bind("enabled", reminder.enabled()).execute());
    }

    public Optional<MemberReminder> find(long groupId, long userId) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM dm_reminder WHERE group_id = :g AND user_id = :u")
                .bind("g", groupId).bind("u", userId).map(REMINDER).findOne());
    }

    /** Claims the reminder of a member's local date before sending: false if it already went out. */
    public boolean claimSend(long groupId, long userId, LocalDate date) {
        return database.jdbi().withHandle(h -> h.createUpdate("""
                        UPDATE dm_reminder SET last_sent_date = :d
                        WHERE group_id = :g AND user_id = :u AND enabled = :t
                          AND (last_sent_date IS NULL OR last_sent_date <> :d)""")
                .bind("g", groupId).bind("u", userId).bind("d", date.toString()).bind("t", true).execute()) == 1;
    }

    /** The time zone a member gave for a reminder (their own day), if any: turned-on reminders first. */
    public Optional<java.time.ZoneId> zoneOf(long userId) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT zone FROM dm_reminder WHERE user_id = :u ORDER BY enabled DESC, group_id LIMIT 1")
                .bind("u", userId).mapTo(String.class).findOne().map(java.time.ZoneId::of));
    }
}
