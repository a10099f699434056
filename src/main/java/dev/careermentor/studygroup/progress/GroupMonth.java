package dev.careermentor.studygroup.progress;

import dev.careermentor.studygroup.model.Score;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A study group's month as data: its best members (ranked), and for each of them and each day
 * whether they answered that day's challenge, and right.
 *
 * @param answers per member, per local date: whether the answer was right
 * @param postDays the local dates that had a challenge
 */
public record GroupMonth(long groupId, YearMonth month, LocalDate today, List<Score> ranking,
        Map<Long, Map<LocalDate, Boolean>> answers, Set<LocalDate> postDays) {

    public GroupMonth {
        ranking = List.copyOf(ranking);
        answers = Map.copyOf(answers);
        postDays = Set.copyOf(postDays);
    }
}
