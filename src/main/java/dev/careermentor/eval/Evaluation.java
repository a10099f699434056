package dev.careermentor.eval;

import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Mentor;
import dev.careermentor.answer.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Runs a question set through the mentor and scores it. */
public final class Evaluation {

    private Evaluation() {
    }

    /** One question's outcome. */
    public record Outcome(EvalQuestion question, Answer answer, List<String> missing) {

        public boolean passed() {
            return question.inDomain() ? !answer.refused() && missing.isEmpty() : answer.refused();
        }
    }

    /**
     * @param recall in-domain questions answered with every expected fact
     * @param refusal out-of-domain questions refused
     * @param citation answered questions that cite at least one source
     */
    public record Report(List<Outcome> outcomes, double recall, double refusal, double citation) {

        public List<Outcome> failures() {
            return outcomes.stream().filter(o -> !o.passed()).toList();
        }
    }

    /** Earlier turns for {@link #runInConversation}: in-domain questions on unrelated topics. */
    static final List<String> OPENINGS = List.of("How do I become a Python developer?",
            "What happens in the HR interview?", "Which web frameworks should I learn?");

    public static Report run(Mentor mentor, List<EvalQuestion> questions) {
        return run(mentor, questions, i -> List.of());
    }

    /**
     * Asks every question as the next message of a conversation that began with an unrelated in-domain question:
     * an off-topic question must not borrow the earlier turn's confidence, and a complete question must not be
     * pulled towards it.
     */
    public static Report runInConversation(Mentor mentor, List<EvalQuestion> questions) {
        List<List<Turn>> histories = OPENINGS.stream().map(q -> List.of(Turn.of(q, mentor.ask(q)))).toList();
        return run(mentor, questions, i -> histories.get(i % histories.size()));
    }

    private static Report run(Mentor mentor, List<EvalQuestion> questions, IntFunction<List<Turn>> history) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            EvalQuestion question = questions.get(i);
            Answer answer = mentor.ask(question.question(), history.apply(i));
            outcomes.add(new Outcome(question, answer, question.inDomain() ? question.missingFacts(answer.text()) : List.of()));
        }
        return report(outcomes);
    }

    static Report report(List<Outcome> outcomes) {
        List<Outcome> in = outcomes.stream().filter(o -> o.question().inDomain()).toList();
        List<Outcome> out = outcomes.stream().filter(o -> !o.question().inDomain()).toList();
        List<Outcome> answered = outcomes.stream().filter(o -> !o.answer().refused()).toList();
        return new Report(outcomes,
                share(in.stream().filter(Outcome::passed).count(), in.size()),
                share(out.stream().filter(Outcome::passed).count(), out.size()),
                share(answered.stream().filter(o -> !o.answer().sources().isEmpty()).count(), answered.size()));
    }

    private static double share(long part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
