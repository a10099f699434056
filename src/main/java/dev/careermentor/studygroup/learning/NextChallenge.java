package dev.careermentor.studygroup.learning;

import dev.careermentor.practice.Challenge;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.practice.Rotation;
import dev.careermentor.studygroup.model.PracticeItem.Reason;
import dev.careermentor.studygroup.model.ReviewState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which challenge a member practises next, from what they did: a due review first (the one due the
 * longest); else a challenge they have not answered, on a topic they asked about recently, then on a
 * topic they got wrong, then on a topic they have not touched (in roadmap order), then anything
 * left, easiest first. Within a topic challenges go from easy to harder. When everything is
 * answered, the review due soonest comes early.
 *
 * <p>Built once per challenge bank and roadmap; a choice reads only the member's history, so
 * choosing for many members costs no database work beyond loading their histories.
 */
public final class NextChallenge {

    /** Questions older than this no longer steer practice. */
    public static final Duration RECENTLY = Duration.ofDays(14);

    /** A chosen challenge and why it was chosen. */
    public record Choice(Challenge challenge, Reason reason) {
        public String topic() {
            return challenge.topic();
        }
    }

    private final ChallengeBank bank;
    private final List<String> roadmap;
    private final Map<String, List<Challenge>> byTopic;

    private NextChallenge(ChallengeBank bank, List<String> roadmap, Map<String, List<Challenge>> byTopic) {
        this.bank = bank;
        this.roadmap = roadmap;
        this.byTopic = byTopic;
    }

    /**
     * @param roadmapTopics topic ids in roadmap order; topics of challenges not on it come after it
     */
    public static NextChallenge of(ChallengeBank bank, List<String> roadmapTopics) {
        Set<String> order = new LinkedHashSet<>(roadmapTopics);
        bank.all().forEach(c -> order.add(c.topic()));
        Map<String, List<Challenge>> byTopic = new LinkedHashMap<>();
        order.forEach(topic -> byTopic.put(topic, new ArrayList<>()));
        for (Challenge challenge : bank.all()) { // the bank is sorted easiest first
            byTopic.get(challenge.topic()).add(challenge);
        }
        return new NextChallenge(bank, List.copyOf(order), byTopic);
    }

    public ChallengeBank bank() {
        return bank;
    }

    /** Topic ids in roadmap order (with any others the bank has after them). */
    public List<String> topics() {
        return roadmap;
    }

    public List<Challenge> challengesOf(String topic) {
        return byTopic.getOrDefault(topic, List.of());
    }

    /** The member's next challenge: a due review, else one from their gaps; empty only for an empty bank. */
    public Optional<Choice> next(LearnerHistory history, Instant now) {
        Optional<Choice> review = dueReview(history, now);
        if (review.isPresent()) {
            return review;
        }
        for (String topic : askedTopics(history, now)) {
            Optional<Challenge> fresh = easiestUnanswered(topic, history);
            if (fresh.isPresent()) {
                return Optional.of(new Choice(fresh.get(), Reason.ASKED));
            }
        }
        for (String topic : missedTopics(history)) {
            Optional<Challenge> fresh = easiestUnanswered(topic, history);
            if (fresh.isPresent()) {
                return Optional.of(new Choice(fresh.get(), Reason.MISSED));
            }
        }
        Set<String> touched = new java.util.HashSet<>();
        history.reviews().values().forEach(r -> touched.add(r.topic()));
        for (String topic : roadmap) {
            if (!touched.contains(topic)) {
                Optional<Challenge> fresh = easiestUnanswered(topic, history);
                if (fresh.isPresent()) {
                    return Optional.of(new Choice(fresh.get(), Reason.NEW));
                }
            }
        }
        Optional<Challenge> any = roadmap.stream().flatMap(topic -> easiestUnanswered(topic, history).stream())
                .min(Comparator.comparingInt(Challenge::difficulty)); // stable: the earliest topic wins a tie
        if (any.isPresent()) {
            return Optional.of(new Choice(any.get(), Reason.MORE));
        }
        return soonestReview(history, r -> true).map(c -> new Choice(c, Reason.AHEAD));
    }

    /**
     * "Practice this": a challenge on the topic, one the member has not answered; if none is left, one
     * from the closest topic on the roadmap that has one; if the member has answered everything, the
     * topic's review due soonest.
     */
    public Optional<Choice> onTopic(LearnerHistory history, String topic, Instant now) {
        for (String candidate : closestTopics(topic)) {
            Optional<Challenge> fresh = easiestUnanswered(candidate, history);
            if (fresh.isPresent()) {
                return Optional.of(new Choice(fresh.get(), Reason.TOPIC));
            }
        }
        Optional<Challenge> review = soonestReview(history, r -> r.topic().equals(topic));
        if (review.isPresent()) {
            return review.map(c -> new Choice(c, history.reviews().get(c.id()).isDue(now) ? Reason.REVIEW : Reason.AHEAD));
        }
        return next(history, now);
    }

    /** The topic itself, then the others by their distance on the roadmap (the next step before the previous one). */
    public List<String> closestTopics(String topic) {
        int at = roadmap.indexOf(topic);
        if (at < 0) {
            return roadmap;
        }
        List<String> closest = new ArrayList<>(List.of(topic));
        for (int distance = 1; distance < roadmap.size(); distance++) {
            if (at + distance < roadmap.size()) {
                closest.add(roadmap.get(at + distance));
            }
            if (at - distance >= 0) {
                closest.add(roadmap.get(at - distance));
            }
        }
        return closest;
    }

    private Optional<Choice> dueReview(LearnerHistory history, Instant now) {
        ReviewState best = null;
        for (ReviewState review : history.reviews().values()) {
            if (review.isDue(now) && bank.find(review.challengeId()).isPresent()
                    && (best == null || review.dueAt() < best.dueAt())) {
                best = review;
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new Choice(bank.find(best.challengeId()).orElseThrow(), Reason.REVIEW));
    }

    private Optional<Challenge> soonestReview(LearnerHistory history, java.util.function.Predicate<ReviewState> which) {
        return history.reviews().values().stream()
                .filter(which)
                .filter(r -> bank.find(r.challengeId()).isPresent())
                .min(Comparator.comparingLong(ReviewState::dueAt).thenComparing(ReviewState::challengeId))
                .flatMap(r -> bank.find(r.challengeId()));
    }

    /** Topics of the member's recent questions, most recent first. */
    private static List<String> askedTopics(LearnerHistory history, Instant now) {
        long since = now.minus(RECENTLY).toEpochMilli();
        Set<String> topics = new LinkedHashSet<>();
        history.asked().stream().filter(a -> a.askedAt() >= since).forEach(a -> topics.add(a.topic()));
        return List.copyOf(topics);
    }

    /** Topics whose latest answer on some challenge was wrong, most recent first. */
    private static List<String> missedTopics(LearnerHistory history) {
        Set<String> topics = new LinkedHashSet<>();
        history.reviews().values().stream()
                .filter(r -> !r.lastCorrect())
                .sorted(Comparator.comparingLong(ReviewState::lastReviewAt).reversed())
                .forEach(r -> topics.add(r.topic()));
        return List.copyOf(topics);
    }

    /** The topic's easiest challenge the member has not answered (members see equally hard ones in different orders). */
    private Optional<Challenge> easiestUnanswered(String topic, LearnerHistory history) {
        Challenge best = null;
        long bestKey = 0;
        for (Challenge challenge : challengesOf(topic)) {
            if (history.reviews().containsKey(challenge.id())) {
                continue;
            }
            if (best != null && challenge.difficulty() > best.difficulty()) {
                break; // sorted easiest first: nothing easier follows
            }
            long key = Rotation.shuffleKey(history.userId() + ":" + challenge.id());
            if (best == null || Long.compareUnsigned(key, bestKey) < 0) {
                best = challenge;
                bestKey = key;
            }
        }
        return Optional.ofNullable(best);
    }
}
