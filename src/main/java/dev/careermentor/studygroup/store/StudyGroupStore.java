package dev.careermentor.studygroup.store;

import dev.careermentor.store.Database;
import java.time.Clock;

/** The study groups' tables on one database: groups, posts and answers, reminders, and the schedule. */
public record StudyGroupStore(Database database, StudyGroupRepository groups, PostRepository posts,
        ReminderRepository reminders, ScheduleRepository schedules) {

    public static StudyGroupStore on(Database database, Clock clock) {
        return new StudyGroupStore(database, new StudyGroupRepository(database, clock), new PostRepository(database, clock),
                new ReminderRepository(database), new ScheduleRepository(database));
    }
}
