package dev.careermentor.practice;

import dev.careermentor.knowledge.LoadProblem;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** All loaded challenges, easiest first, and the problems found while loading. */
public final class ChallengeBank {

    private final List<Challenge> challenges;
    private final Map<String, Challenge> byId;
    private final List<LoadProblem> problems;

    public ChallengeBank(List<Challenge> challenges, List<LoadProblem> problems) {
        this.challenges = challenges.stream().sorted(Comparator.comparingInt(Challenge::difficulty)
                .thenComparing(Challenge::id)).toList();
        this.byId = challenges.stream().collect(Collectors.toMap(Challenge::id, Function.identity()));
        this.problems = List.copyOf(problems);
    }

    public List<Challenge> all() {
        return challenges;
    }

    public Optional<Challenge> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    public int size() {
        return challenges.size();
    }
}
