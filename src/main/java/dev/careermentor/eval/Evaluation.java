package dev.careermentor.eval;

import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Mentor;
import java.util.ArrayList;
import java.util.List;

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

    public static Report run(Mentor mentor, List<EvalQuestion> questions) {
        List<Outcome> outcomes = new ArrayList<>();
        for (EvalQuestion question : questions) {
            Answer answer = mentor.ask(question.question());
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
