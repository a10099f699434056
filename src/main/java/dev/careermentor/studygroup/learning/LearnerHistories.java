package dev.careermentor.studygroup.learning;

import dev.careermentor.practice.Challenge;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.studygroup.model.ReviewState;
import dev.careermentor.studygroup.store.ReviewRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads what {@link NextChallenge} needs about members: their reviews and their recent questions. */
public final class LearnerHistories {

    /** Enough recent questions to know what a member is curious about. */
    static final int ASKED_LIMIT = 50;

    private final ReviewRepository reviews;
    private final AnswerLog answers;
    private final Clock clock;

    public LearnerHistories(ReviewRepository reviews, AnswerLog answers, Clock clock) {
        this.reviews = reviews;
        this.answers = answers;
        this.clock = clock;
    }

    /** One member's history, read on one connection (two indexed queries). */
    public LearnerHistory of(long userId) {
        Instant since = clock.instant().minus(NextChallenge.RECENTLY);
        return answers.database().jdbi().withHandle(h -> history(userId, ReviewRepository.of(h, userId),
                AnswerLog.citedBy(h, userId, since, ASKED_LIMIT)));
    }

    /** Many members' histories in two queries. */
    public Map<Long, LearnerHistory> of(Collection<Long> userIds) {
        Instant since = clock.instant().minus(NextChallenge.RECENTLY);
        Map<Long, List<ReviewState>> byUser = reviews.of(userIds);
        Map<Long, List<AnswerLog.Cited>> asked = answers.citedBy(userIds, since);
        Map<Long, LearnerHistory> histories = new HashMap<>();
        for (long userId : userIds) {
            histories.put(userId, history(userId, byUser.getOrDefault(userId, List.of()),
                    asked.getOrDefault(userId, List.of())));
        }
        return histories;
    }

    private static LearnerHistory history(long userId, List<ReviewState> reviews, List<AnswerLog.Cited> asked) {
        return new LearnerHistory(userId,
                reviews.stream().collect(Collectors.toMap(ReviewState::challengeId, Function.identity())),
                asked.stream().map(c -> new LearnerHistory.AskedTopic(Challenge.topicOf(c.citation()), c.askedAt())).toList());
    }
}
