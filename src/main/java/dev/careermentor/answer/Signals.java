package dev.careermentor.answer;

/**
 * The evidence that the knowledge base answers a question with its best card, each scaled to about [0, 1].
 *
 * @param question similarity of the question to the closest way of asking for the best card
 * @param body similarity of the question to the best card's answer
 * @param margin how far the best card's score is ahead of the runner-up's
 * @param unanswered similarity of the question to the closest labelled question the knowledge base does
 *     not answer (off-topic, or a covered topic's uncovered specific)
 * @param neighbours similarity-weighted share of the closest labelled questions that ask for the best card
 * @param vocabulary share of the question's content words (weighted by how specific they are) that
 *     occur anywhere in the knowledge base; low for "how do I become a nurse"
 * @param focus share of the question's content words found in the best card itself
 * @param explained share of the question's content words that members asking for the best card have
 *     used (its text, phrasings and labelled questions)
 * @param unexplainedTerm how specific the most specific word is that no one asking for the best card
 *     used ("logo" in "who designed the git logo?"); 0 when every word is explained
 * @param typicality the question's similarity to the best card minus how similar the card's own ways of
 *     asking are to each other: above 0, the question is as typical as the card's examples
 * @param foreignTerm how specific the most specific word is that the knowledge base never uses
 *     ("javascript", "logo"); 0 when every word is known
 * @param unknownNumbers numbers in the question that the best card does not mention ("Django 1.0")
 * @param missingAnswerType whether the question asks for a kind of fact (a person, a year, a version, a
 *     count) that the best card does not hold
 * @param domainTerm whether the question names a term that is rare in English but used by the
 *     knowledge base ("FastAPI", "Upwork"): a clear topic even in a question too short to embed well
 */
public record Signals(double question, double body, double margin, double unanswered,
        double neighbours, double vocabulary, double focus, double explained, double unexplainedTerm, double typicality,
        double foreignTerm, int unknownNumbers, boolean missingAnswerType, boolean domainTerm) {

    public static final Signals NONE = new Signals(0, 0, 0, 1, 0, 0, 0, 0, 1, -1, 1, 0, false, false);

    public double[] asVector() {
        return new double[] {question, body, margin, unanswered, question - unanswered, neighbours, vocabulary,
            focus, explained, unexplainedTerm, typicality, foreignTerm, Math.min(unknownNumbers, 2),
            missingAnswerType ? 1 : 0};
    }

    public static final String[] NAMES = {"question", "body", "margin", "unanswered", "lead", "neighbours",
        "vocabulary", "focus", "explained", "unexplainedTerm", "typicality", "foreignTerm", "unknownNumbers",
        "missingAnswerType"};
}
