package dev.careermentor.studygroup.learning;

import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.Fsrs;
import dev.careermentor.studygroup.model.Attempt;
import dev.careermentor.studygroup.model.ReviewState;
import dev.careermentor.studygroup.store.AttemptRepository;
import dev.careermentor.studygroup.store.ReviewRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Schedules every answered challenge for review with FSRS: a wrong answer comes back the next day, a
 * right one later and later. Every answer, wherever it was given, also becomes an {@link Attempt}.
 */
public final class Reviews {

    private final ReviewRepository reviews;
    private final AttemptRepository attempts;
    private final Fsrs fsrs;
    private final Clock clock;

    public Reviews(ReviewRepository reviews, AttemptRepository attempts, Fsrs fsrs, Clock clock) {
        this.reviews = reviews;
        this.attempts = attempts;
        this.fsrs = fsrs;
        this.clock = clock;
    }

    /**
     * How an answer rates in FSRS terms: wrong is Again; right with hints is Hard; right (or a
     * submitted practice task, which members judge themselves) is Good.
     */
    public static Fsrs.Rating rating(boolean correct, int hintsUsed) {
        if (!correct) {
            return Fsrs.Rating.AGAIN;
        }
        return hintsUsed > 0 ? Fsrs.Rating.HARD : Fsrs.Rating.GOOD;
    }

    /** Records a member's answer and returns the challenge's new schedule. */
    public ReviewState record(long userId, Challenge challenge, boolean correct, int hintsUsed, Attempt.Origin origin) {
        Instant now = clock.instant();
        attempts.record(new Attempt(userId, challenge.id(), challenge.topic(), correct, origin, now.toEpochMilli()));
        Fsrs.Rating rating = rating(correct, hintsUsed);
        return reviews.update(userId, challenge.id(), current -> Optional.of(next(userId, challenge, current, rating, correct,
                now)));
    }

    private ReviewState next(long userId, Challenge challenge, Optional<ReviewState> current, Fsrs.Rating rating,
            boolean correct, Instant now) {
        Fsrs.Memory memory;
        int reps = 1;
        int lapses = correct ? 0 : 1;
        if (current.isEmpty()) {
            memory = fsrs.first(rating);
        } else {
            ReviewState before = current.get();
            long elapsedDays = Math.max(0, Duration.between(before.lastReview(), now).toDays()); // whole days, as FSRS counts
            memory = fsrs.next(new Fsrs.Memory(before.stability(), before.difficulty()), elapsedDays, rating);
            reps = before.reps() + 1;
            lapses = before.lapses() + (correct ? 0 : 1);
        }
        Instant due = now.plus(Duration.ofDays(fsrs.intervalDays(memory.stability())));
        return new ReviewState(userId, challenge.id(), challenge.topic(), memory.stability(), memory.difficulty(), reps,
                lapses, now.toEpochMilli(), due.toEpochMilli(), correct);
    }

    /** How many of the member's reviews are due now. */
    public int dueCount(long userId) {
        return reviews.dueCount(userId, clock.instant());
    }

    public Fsrs fsrs() {
        return fsrs;
    }
}
