package dev.careermentor.studygroup.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A member's progress picture as data: every topic of the roadmap with its state, the days they
 * practised this month (in their time zone), the reviews due, and one line on what to do next.
 *
 * @param practiceDays answers per local date of the current month
 */
public record ProgressReport(long userId, ZoneId zone, LocalDate today, List<TopicProgress> topics,
        Map<LocalDate, Integer> practiceDays, int dueNow, String nextStep) {

    public ProgressReport {
        topics = List.copyOf(topics);
        practiceDays = Map.copyOf(practiceDays);
    }

    public YearMonth month() {
        return YearMonth.from(today);
    }

    public long count(TopicProgress.State state) {
        return topics.stream().filter(t -> t.state() == state).count();
    }
}
