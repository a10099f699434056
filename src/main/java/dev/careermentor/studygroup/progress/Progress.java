package dev.careermentor.studygroup.progress;

import dev.careermentor.knowledge.Topic;
import dev.careermentor.studygroup.learning.NextChallenge;
import dev.careermentor.studygroup.model.Attempt;
import dev.careermentor.studygroup.model.ReviewState;
import dev.careermentor.studygroup.store.AttemptRepository;
import dev.careermentor.studygroup.store.ReminderRepository;
import dev.careermentor.studygroup.store.ReviewRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Works out a member's progress across the roadmap. A topic is <em>not started</em> until the member
 * answers one of its challenges; <em>solid</em> once they got at least two of them right (or all, if
 * it has fewer), every latest answer on it is right, and FSRS gives those memories a mean stability
 * of {@value #SOLID_STABILITY_DAYS} days or more (they would still recall them in ten days with 90 %
 * confidence: right twice, days apart); <em>learning</em> in between.
 */
public final class Progress {

    static final double SOLID_STABILITY_DAYS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final Supplier<List<Topic>> roadmap;
    private final Supplier<NextChallenge> challenges;
    private final ReviewRepository reviews;
    private final AttemptRepository attempts;
    private final ReminderRepository reminders;
    private final Clock clock;

    public Progress(Supplier<List<Topic>> roadmap, Supplier<NextChallenge> challenges, ReviewRepository reviews,
            AttemptRepository attempts, ReminderRepository reminders, Clock clock) {
        this.roadmap = roadmap;
        this.challenges = challenges;
        this.reviews = reviews;
        this.attempts = attempts;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** The member's time zone: the one they gave for a reminder, else {@code fallback} (their group's, or UTC). */
    public ZoneId zoneOf(long userId, ZoneId fallback) {
        return reminders.zoneOf(userId).orElse(fallback);
    }

    public ProgressReport report(long userId, ZoneId fallbackZone) {
        ZoneId zone = zoneOf(userId, fallbackZone);
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
        Map<LocalDate, Integer> days = new TreeMap<>();
        for (Attempt attempt : attempts.since(userId, monthStart)) {
            days.merge(attempt.at().atZone(zone).toLocalDate(), 1, Integer::sum);
        }
        return report(userId, zone, today, reviews.of(userId), days, now);
    }

    /** The report from data already loaded (the benchmark renders many). */
    public ProgressReport report(long userId, ZoneId zone, LocalDate today, List<ReviewState> memories,
            Map<LocalDate, Integer> practiceDays, Instant now) {
        NextChallenge bank = challenges.get();
        Map<String, List<ReviewState>> byTopic = memories.stream().filter(r -> bank.bank().find(r.challengeId()).isPresent())
                .collect(Collectors.groupingBy(ReviewState::topic));
        List<TopicProgress> topics = new ArrayList<>();
        for (Topic topic : roadmap.get()) {
            topics.add(topic(topic, bank.challengesOf(topic.id()).size(), byTopic.getOrDefault(topic.id(), List.of()), now,
                    zone));
        }
        int due = topics.stream().mapToInt(TopicProgress::due).sum();
        return new ProgressReport(userId, zone, today, topics, practiceDays, due, nextStep(topics, due));
    }

    static TopicProgress topic(Topic topic, int challenges, List<ReviewState> memories, Instant now, ZoneId zone) {
        TopicProgress.State state = stateOf(memories, challenges);
        int right = (int) memories.stream().filter(ReviewState::lastCorrect).count();
        int due = (int) memories.stream().filter(r -> r.isDue(now)).count();
        Instant next = memories.stream().map(ReviewState::due).min(Comparator.naturalOrder()).orElse(null);
        return new TopicProgress(topic.id(), topic.title(), state, challenges, memories.size(), right, next, due,
                stepFor(topic, state, challenges, memories, due, next, zone));
    }

    /** The state of a topic from the member's memories of its challenges. */
    public static TopicProgress.State stateOf(List<ReviewState> memories, int challenges) {
        if (memories.isEmpty()) {
            return TopicProgress.State.NOT_STARTED;
        }
        boolean allRight = memories.stream().allMatch(ReviewState::lastCorrect);
        double meanStability = memories.stream().mapToDouble(ReviewState::stability).average().orElse(0);
        boolean enough = memories.size() >= Math.min(2, Math.max(1, challenges));
        return allRight && enough && meanStability >= SOLID_STABILITY_DAYS ? TopicProgress.State.SOLID
                : TopicProgress.State.LEARNING;
    }

    private static String stepFor(Topic topic, TopicProgress.State state, int challenges, List<ReviewState> memories,
            int due, Instant next, ZoneId zone) {
        String when = next == null ? "" : DAY.format(next.atZone(zone));
        return switch (state) {
            case NOT_STARTED -> topic.next() == null || topic.next().isBlank()
                    ? (challenges == 0 ? "Ask the mentor about it." : "Try a challenge with /practice.") : topic.next();
            case LEARNING -> due > 0 ? (due == 1 ? "1 review due now: /practice." : due + " reviews due now: /practice.")
                    : memories.stream().anyMatch(r -> !r.lastCorrect()) ? "Missed one: it comes back on " + when + "."
                    : "Next review on " + when + ".";
            case SOLID -> "Solid. Next review on " + when + ".";
        };
    }

    private static String nextStep(List<TopicProgress> topics, int due) {
        if (due > 0) {
            return (due == 1 ? "1 review is due" : due + " reviews are due") + ": /practice gives you the first.";
        }
        Optional<TopicProgress> learning = topics.stream().filter(t -> t.state() == TopicProgress.State.LEARNING)
                .filter(t -> t.right() < t.answered()).findFirst();
        if (learning.isPresent()) {
            return "Practise " + learning.get().title() + " again: /practice.";
        }
        Optional<TopicProgress> fresh = topics.stream().filter(t -> t.state() == TopicProgress.State.NOT_STARTED)
                .filter(t -> t.challenges() > 0).findFirst();
        if (fresh.isPresent()) {
            return "Next on the roadmap: " + fresh.get().title() + ". /practice starts it.";
        }
        return topics.stream().anyMatch(t -> t.state() == TopicProgress.State.LEARNING)
                ? "Keep answering your reviews as they come due: /practice."
                : "Everything you can practise is solid. Ask the mentor about what comes next!";
    }
}
