package dev.careermentor.eval;

import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Mentor;
import dev.careermentor.answer.Source;
import dev.careermentor.answer.Turn;
import dev.careermentor.knowledge.LabelledQuestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Runs a labelled question set through the mentor and scores it as a member would read the replies:
 * answered or refused as it should be, with the right card first, in a shape a mentor could post.
 * Whether some expected words appear somewhere in a long reply is deliberately not a measure.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /** One question's outcome. */
    public record Outcome(LabelledQuestion question, Answer answer, double millis) {

        /**
         * Answered when it should be; refused when it should be, or, for a comparison or ranking the knowledge
         * base does not make, answered in part: saying so first, then giving what it does say.
         */
        public boolean passed() {
            return question.answerable() ? !answer.refused() : answer.refused() || answer.partial();
        }

        /** The reply leads with a card the question asks for (for a two-part question: holds both). */
        public boolean rightCard() {
            List<String> cited = answer.sources().stream().map(Source::cardId).toList();
            if (answer.refused() || cited.isEmpty()) {
                return false;
            }
            if (question.kind().equals("two")) {
                return cited.containsAll(question.cards().subList(0, Math.min(2, question.cards().size())));
            }
            return question.cards().contains(cited.get(0));
        }

        public List<String> shapeProblems() {
            return answer.refused() ? List.of() : AnswerShape.problems(answer.text());
        }
    }

    /**
     * @param recall in-domain questions answered (not refused)
     * @param topCard in-domain questions whose reply leads with a right card
     * @param refusal questions the knowledge base does not answer that were refused (all kinds)
     * @param nearMissRefusal of those, the near misses (a covered topic's uncovered specific)
     * @param citation answered questions that cite at least one card
     * @param shape answered questions whose reply passes the shape lint
     * @param medianChars median length of an answered reply
     * @param partial questions answered in part (a comparison or a judgement of difficulty the knowledge base does not make)
     */
    public record Report(List<Outcome> outcomes, double recall, double topCard, double refusal, double nearMissRefusal,
            double citation, double shape, int medianChars, long partial) {

        public List<Outcome> failures() {
            return outcomes.stream().filter(o -> !o.passed() || o.question().answerable() && !o.rightCard()).toList();
        }
    }

    /** Earlier turns for {@link #runInConversation}: in-domain questions on unrelated topics. */
    static final List<String> OPENINGS = List.of("How do I become a Python developer?",
            "What happens in the HR interview?", "Which web frameworks should I learn?");

    public static Report run(Mentor mentor, List<LabelledQuestion> questions) {
        return run(mentor, questions, i -> List.of());
    }

    /**
     * Asks every question as the next message of a conversation that began with an unrelated in-domain question:
     * an off-topic question must not borrow the earlier turn's confidence, and a complete question must not be
     * pulled towards it.
     */
    public static Report runInConversation(Mentor mentor, List<LabelledQuestion> questions) {
        List<List<Turn>> histories = OPENINGS.stream().map(q -> List.of(Turn.of(q, mentor.ask(q)))).toList();
        return run(mentor, questions, i -> histories.get(i % histories.size()));
    }

    private static Report run(Mentor mentor, List<LabelledQuestion> questions, IntFunction<List<Turn>> history) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            LabelledQuestion question = questions.get(i);
            long start = System.nanoTime();
            Answer answer = mentor.ask(question.question(), history.apply(i));
            outcomes.add(new Outcome(question, answer, (System.nanoTime() - start) / 1e6));
        }
        return report(outcomes);
    }

    public static Report report(List<Outcome> outcomes) {
        List<Outcome> in = outcomes.stream().filter(o -> o.question().answerable()).toList();
        List<Outcome> out = outcomes.stream().filter(o -> !o.question().answerable()).toList();
        List<Outcome> near = out.stream().filter(o -> o.question().kind().equals("near")).toList();
        List<Outcome> answered = outcomes.stream().filter(o -> !o.answer().refused()).toList();
        List<Integer> lengths = answered.stream().map(o -> o.answer().text().length()).sorted(Comparator.naturalOrder())
                .toList();
        return new Report(outcomes,
                share(in.stream().filter(Outcome::passed).count(), in.size()),
                share(in.stream().filter(Outcome::rightCard).count(), in.size()),
                share(out.stream().filter(Outcome::passed).count(), out.size()),
                share(near.stream().filter(Outcome::passed).count(), near.size()),
                share(answered.stream().filter(o -> !o.answer().sources().isEmpty()).count(), answered.size()),
                share(answered.stream().filter(o -> o.shapeProblems().isEmpty()).count(), answered.size()),
                lengths.isEmpty() ? 0 : lengths.get(lengths.size() / 2),
                outcomes.stream().filter(o -> o.answer().partial()).count());
    }

    private static double share(long part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
