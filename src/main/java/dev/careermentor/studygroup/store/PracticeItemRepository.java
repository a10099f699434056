package dev.careermentor.studygroup.store;

import dev.careermentor.store.Database;
import dev.careermentor.store.Ids;
import dev.careermentor.studygroup.model.PracticeItem;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Challenges handed out by /practice, each answered once by the member it was handed to. */
public final class PracticeItemRepository {

    private static final String COLUMNS = "id, user_id, challenge_id, reason, created_at, answered_at, correct";
    private static final RowMapper<PracticeItem> ITEM = ConstructorMapper.of(PracticeItem.class);

    private final Database database;
    private final Clock clock;

    public PracticeItemRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public PracticeItem create(long userId, String challengeId, PracticeItem.Reason reason) {
        PracticeItem item = new PracticeItem(Ids.next(), userId, challengeId, reason, clock.millis(), null, null);
        database.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO practice_item (id, user_id, challenge_id, reason, created_at)
                        VALUES (:id, :u, :c, :reason, :now)""")
                .bind("id", item.id()).bind("u", userId).bind("c", challengeId).bind("reason", reason.name())
                .bind("now", item.createdAt()).execute());
        return item;
    }

    public Optional<PracticeItem> find(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM practice_item WHERE id = :id")
                .bind("id", id).map(ITEM).findOne());
    }

    /** Marks the item answered unless it already was: true for the one answer that counts. */
    public boolean answer(long id, boolean correct) {
        return database.jdbi().withHandle(h -> h.createUpdate(
                        "UPDATE practice_item SET answered_at = :now, correct = :correct WHERE id = :id AND answered_at IS NULL")
                .bind("id", id).bind("correct", correct).bind("now", clock.millis()).execute()) == 1;
    }
}
