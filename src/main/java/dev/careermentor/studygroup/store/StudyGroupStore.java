package dev.careermentor.studygroup.store;

import dev.careermentor.store.Database;
import java.time.Clock;

/**
 * The study groups' tables on one database: groups, posts and answers, reminders, the schedule, and
 * the learning loop's reviews, attempts, practice items and month champions.
 */
public record StudyGroupStore(Database database, StudyGroupRepository groups, PostRepository posts,
        ReminderRepository reminders, ScheduleRepository schedules, ReviewRepository reviews, AttemptRepository attempts,
        PracticeItemRepository items, ChampionRepository champions) {

    public static StudyGroupStore on(Database database, Clock clock) {
        return on(database, clock, ShardScope.all());
    }

    /** @param scope the guilds whose schedule this process works through (all, or those of its shards) */
    public static StudyGroupStore on(Database database, Clock clock, ShardScope scope) {
        return new StudyGroupStore(database, new StudyGroupRepository(database, clock),
                new PostRepository(database, clock, scope), new ReminderRepository(database),
                new ScheduleRepository(database, scope), new ReviewRepository(database),
                new AttemptRepository(database), new PracticeItemRepository(database, clock),
                new ChampionRepository(database, clock));
    }
}
