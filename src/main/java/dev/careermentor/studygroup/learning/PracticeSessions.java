package dev.careermentor.studygroup.learning;

import dev.careermentor.knowledge.Topic;
import dev.careermentor.practice.AnswerChecker;
import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.studygroup.model.Attempt;
import dev.careermentor.studygroup.model.PracticeItem;
import dev.careermentor.studygroup.model.ReviewState;
import dev.careermentor.studygroup.store.PracticeItemRepository;
import dev.careermentor.studygroup.store.ReviewRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Practice on demand, for every adapter: {@code /practice} hands the member their next challenge
 * (a due review, else one from their gaps), "Practice this" one on a topic, and answers are checked,
 * recorded and scheduled for review.
 */
public final class PracticeSessions {

    private final Supplier<ChallengeBank> bank;
    private final Supplier<List<Topic>> roadmap;
    private final PracticeItemRepository items;
    private final ReviewRepository reviewStates;
    private final Reviews reviews;
    private final LearnerHistories histories;
    private final Clock clock;
    /** The chooser of the current bank and roadmap; rebuilt when either is reloaded. */
    private final AtomicReference<Built> chooser = new AtomicReference<>();

    /** A chooser and what it was built from. */
    private record Built(ChallengeBank bank, List<String> roadmap, NextChallenge chooser) {
    }

    public PracticeSessions(Supplier<ChallengeBank> bank, Supplier<List<Topic>> roadmap, PracticeItemRepository items,
            ReviewRepository reviewStates, Reviews reviews, LearnerHistories histories, Clock clock) {
        this.bank = bank;
        this.roadmap = roadmap;
        this.items = items;
        this.reviewStates = reviewStates;
        this.reviews = reviews;
        this.histories = histories;
        this.clock = clock;
    }

    /** A challenge handed to a member; {@code previous} is their memory of it when it is a review. */
    public record Handed(PracticeItem item, Challenge challenge, Optional<ReviewState> previous) {
        public String topic() {
            return challenge.topic();
        }
    }

    /** The member's next challenge: the due review first, else one from their gaps. Empty if the bank is. */
    public Optional<Handed> next(long userId) {
        return chooser().next(histories.of(userId), clock.instant()).map(choice -> hand(userId, choice));
    }

    /**
     * A challenge on a topic ("Practice this" under an answer): one the member has not answered, or
     * the closest topic's. {@code cardIdOrTopic} is the answering card's id ({@code topic/slug}) or a topic id.
     */
    public Optional<Handed> onTopic(long userId, String cardIdOrTopic) {
        return chooser().onTopic(histories.of(userId), Challenge.topicOf(cardIdOrTopic), clock.instant())
                .map(choice -> hand(userId, choice));
    }

    private Handed hand(long userId, NextChallenge.Choice choice) {
        PracticeItem item = items.create(userId, choice.challenge().id(), choice.reason());
        return new Handed(item, choice.challenge(), reviewStates.find(userId, choice.challenge().id()));
    }

    /** What happened to an answer. */
    public sealed interface Outcome permits Answered, AlreadyAnswered, Unknown {
    }

    /**
     * A new answer: right or not, the text kept, the challenge's new review date, and how many
     * reviews are due now.
     */
    public record Answered(PracticeItem item, Challenge challenge, boolean correct, String shown, ReviewState review,
            int dueNow) implements Outcome {
    }

    public record AlreadyAnswered(PracticeItem item, Challenge challenge) implements Outcome {
    }

    public record Unknown(String why) implements Outcome {
    }

    /**
     * Records the member's answer to an item handed to them.
     *
     * @param given for a multiple choice, the option index as text; otherwise the member's text
     */
    public Outcome answer(long itemId, long userId, String given, int hintsUsed) {
        Optional<PracticeItem> item = items.find(itemId);
        if (item.isEmpty() || item.get().userId() != userId) {
            return new Unknown("That practice challenge is not yours (any more): /practice gives you one.");
        }
        Optional<Challenge> challenge = bank.get().find(item.get().challengeId());
        if (challenge.isEmpty()) {
            return new Unknown("That challenge was removed from the bank: /practice gives you another one.");
        }
        if (item.get().isAnswered()) {
            return new AlreadyAnswered(item.get(), challenge.get());
        }
        boolean correct = AnswerChecker.isCorrect(challenge.get(), given);
        if (!items.answer(itemId, correct)) {
            return new AlreadyAnswered(item.get(), challenge.get()); // a concurrent click got there first
        }
        ReviewState review = reviews.record(userId, challenge.get(), correct, hintsUsed, Attempt.Origin.PRACTICE);
        return new Answered(item.get(), challenge.get(), correct, AnswerChecker.display(challenge.get(), given), review,
                reviews.dueCount(userId));
    }

    public Optional<PracticeItem> item(long itemId) {
        return items.find(itemId);
    }

    public Optional<Challenge> challengeOf(PracticeItem item) {
        return bank.get().find(item.challengeId());
    }

    /** How many of the member's reviews are due now. */
    public int dueCount(long userId) {
        return reviews.dueCount(userId);
    }

    /** The title of a topic on the roadmap (its id if it is not on it). */
    public String topicTitle(String topicId) {
        return roadmap.get().stream().filter(t -> t.id().equals(topicId)).map(Topic::title).findFirst().orElse(topicId);
    }

    /** The chooser for the current bank and roadmap. */
    public NextChallenge chooser() {
        ChallengeBank currentBank = bank.get();
        List<String> topics = roadmap.get().stream().map(Topic::id).toList();
        Built current = chooser.get();
        if (current == null || current.bank() != currentBank || !current.roadmap().equals(topics)) {
            current = new Built(currentBank, topics, NextChallenge.of(currentBank, topics));
            chooser.set(current);
        }
        return current.chooser();
    }

    public LearnerHistories histories() {
        return histories;
    }
}
