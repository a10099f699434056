package dev.careermentor.console;

import dev.careermentor.studygroup.StudyGroupMessage;
import dev.careermentor.studygroup.TimeInput;

/** The study groups' messages as plain words for the terminal: no Discord links or mentions. */
final class ConsoleTexts {

    private ConsoleTexts() {
    }

    static String render(StudyGroupMessage message) {
        if (message instanceof StudyGroupMessage.Announcement announcement) {
            return "This is now a study group: a practice challenge every day at "
                    + TimeInput.show(announcement.postTime(), announcement.zone()) + ".";
        }
        if (message instanceof StudyGroupMessage.ScheduleChanged changed) {
            return "New time for the daily challenge: " + TimeInput.show(changed.postTime(), changed.zone()) + ".";
        }
        if (message instanceof StudyGroupMessage.ChannelReminder reminder) {
            return reminder.left().toHours() + " h left for today's challenge; " + reminder.answered() + " answered so far.";
        }
        if (message instanceof StudyGroupMessage.DirectReminder reminder) {
            String reviews = reminder.reviewsDue() == 1 ? "1 review due" : reminder.reviewsDue() + " reviews due";
            if (reminder.reviewsOnly()) {
                return "Reminder: " + reviews + " (type /practice).";
            }
            return "Reminder: you haven't answered " + (reminder.personal() ? "today's challenge (type /today)"
                    : "today's challenge of channel " + reminder.channelId()) + " yet; "
                    + Math.max(1, reminder.left().toHours()) + " h left."
                    + (reminder.reviewsDue() > 0 ? " Also " + reviews + " (type /practice)." : "");
        }
        if (message instanceof StudyGroupMessage.MonthChampions champions) {
            StringBuilder text = new StringBuilder("Champions of " + champions.month() + ":");
            for (int i = 0; i < champions.champions().size(); i++) {
                text.append(' ').append(i + 1).append(". member ").append(champions.champions().get(i).userId()).append(" (")
                        .append(champions.champions().get(i).points()).append(" points)");
            }
            return text.toString();
        }
        if (message instanceof StudyGroupMessage.PausedNotice paused) {
            return "The study group of channel " + paused.channelId() + " is paused: " + paused.reason() + ".";
        }
        throw new IllegalArgumentException("no console text for " + message);
    }
}
