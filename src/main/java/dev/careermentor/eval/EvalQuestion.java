package dev.careermentor.eval;

import java.util.List;
import java.util.Locale;

/**
 * A labelled question: in-domain ones list the facts a correct answer contains (each fact may give
 * alternatives separated by {@code |}); out-of-domain ones must be refused.
 */
public record EvalQuestion(String id, boolean inDomain, String topic, String question, List<String> expect) {

    public EvalQuestion {
        expect = List.copyOf(expect);
    }

    /** The facts the answer is missing (case-insensitive substring match). */
    public List<String> missingFacts(String answer) {
        String text = answer.toLowerCase(Locale.ROOT);
        return expect.stream()
                .filter(fact -> java.util.Arrays.stream(fact.split("\\|"))
                        .noneMatch(alt -> text.contains(alt.strip().toLowerCase(Locale.ROOT))))
                .toList();
    }
}
