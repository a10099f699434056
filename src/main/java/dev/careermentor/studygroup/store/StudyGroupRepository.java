package dev.careermentor.studygroup.store;

import dev.careermentor.store.Database;
import dev.careermentor.studygroup.model.StudyGroup;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Study groups: channel groups and personal tracks. */
public final class StudyGroupRepository {

    private static final String COLUMNS = "id, kind, guild_id, channel_id, owner_id, post_time, zone, role_id, "
            + "reminder_hours, status, status_reason";
    private static final RowMapper<StudyGroup> GROUP = ConstructorMapper.of(StudyGroup.class);

    private final Database database;
    private final Clock clock;

    public StudyGroupRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Creates the group, or updates it if the channel (or the member's personal track) already has
     * one, keeping its id and so its history, streaks and leaderboard.
     */
    public StudyGroup save(StudyGroup group) {
        long now = clock.millis();
        return database.jdbi().inTransaction(h -> {
            Optional<StudyGroup> existing = group.kind() == StudyGroup.Kind.CHANNEL
                    ? h.createQuery("SELECT " + COLUMNS + " FROM study_group WHERE kind = 'CHANNEL' AND channel_id = :c")
                            .bind("c", group.channelId()).map(GROUP).findOne()
                    : h.createQuery("SELECT " + COLUMNS + " FROM study_group WHERE kind = 'PERSONAL' AND owner_id = :o")
                            .bind("o", group.ownerId()).map(GROUP).findOne();
            long id = existing.map(StudyGroup::id).orElse(group.id());
            String sql = existing.isPresent()
                    ? """
                      UPDATE study_group SET guild_id = :guild, owner_id = :owner, post_time = :time, zone = :zone,
                             role_id = :role, reminder_hours = :hours, status = :status, status_reason = :reason,
                             updated_at = :now WHERE id = :id"""
                    : """
                      INSERT INTO study_group (id, kind, guild_id, channel_id, owner_id, post_time, zone, role_id,
                                               reminder_hours, status, status_reason, created_at, updated_at)
                      VALUES (:id, :kind, :guild, :channel, :owner, :time, :zone, :role, :hours, :status, :reason, :now, :now)""";
            h.createUpdate(sql)
                    .bind("id", id).bind("kind", group.kind().name()).bind("guild", group.guildId())
                    .bind("channel", group.channelId()).bind("owner", group.ownerId())
                    .bind("time", group.postTime().toString()).bind("zone", group.zone().getId())
                    .bind("role", group.roleId()).bind("hours", group.reminderHours())
                    .bind("status", group.status().name()).bind("reason", group.statusReason()).bind("now", now)
                    .execute();
            return new StudyGroup(id, group.kind(), group.guildId(), group.channelId(), group.ownerId(), group.postTime(),
                    group.zone(), group.roleId(), group.reminderHours(), group.status(), group.statusReason());
        });
    }

    public List<StudyGroup> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM study_group WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids)).map(GROUP).list());
    }

    /** When the group's next post is due, if it is scheduled. */
    public Optional<Instant> nextPostAt(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT next_post_at FROM study_group WHERE id = :id")
                .bind("id", id).mapTo(Long.class).findFirst().map(Instant::ofEpochMilli));
    }

    public Optional<StudyGroup> find(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM study_group WHERE id = :id")
                .bind("id", id).map(GROUP).findOne());
    }

    /** The channel's group, unless it was removed. */
    public Optional<StudyGroup> forChannel(long channelId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM study_group WHERE kind = 'CHANNEL' AND channel_id = :c AND status <> 'REMOVED'")
                .bind("c", channelId).map(GROUP).findOne());
    }

    public Optional<StudyGroup> personalTrack(long userId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM study_group WHERE kind = 'PERSONAL' AND owner_id = :o")
                .bind("o", userId).map(GROUP).findOne());
    }

    public List<StudyGroup> inGuild(long guildId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM study_group WHERE kind = 'CHANNEL' AND guild_id = :g AND status <> 'REMOVED' ORDER BY id")
                .bind("g", guildId).map(GROUP).list());
    }

    public void setStatus(long id, StudyGroup.Status status, String reason) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "UPDATE study_group SET status = :status, status_reason = :reason, updated_at = :now WHERE id = :id")
                .bind("id", id).bind("status", status.name()).bind("reason", reason).bind("now", clock.millis())
                .execute());
    }

    /** Whether one missed local day a week keeps the group's streaks (on unless an admin turned it off). */
    public boolean streakFreeze(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT streak_freeze FROM study_group WHERE id = :id")
                .bind("id", id).mapTo(Boolean.class).findOne().orElse(true));
    }

    public void setStreakFreeze(long id, boolean on) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "UPDATE study_group SET streak_freeze = :on, updated_at = :now WHERE id = :id")
                .bind("id", id).bind("on", on).bind("now", clock.millis()).execute());
    }

    /** Active channel groups whose month-champion date is not planned yet (set up before it existed). */
    public List<StudyGroup> withoutChampionsPlan(int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM study_group WHERE status = 'ACTIVE' AND kind = 'CHANNEL' AND next_champions_at IS NULL
                        ORDER BY id LIMIT :limit""")
                .bind("limit", limit).map(GROUP).list());
    }
}
