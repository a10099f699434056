package dev.careermentor.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * The acceptance bar on the project's own question set, at the shipped threshold. A change to the
 * knowledge base, retrieval or confidence model that breaks it fails the build.
 */
class EvaluationGateTest {

    @Test
    void theProjectQuestionSetMeetsTheAcceptanceBar() {
        Evaluation.Report report = Evaluation.run(TestKnowledge.mentor(), QuestionSet.load(null));

        assertThat(report.outcomes().stream().filter(o -> o.question().inDomain()).count()).isGreaterThanOrEqualTo(80);
        assertThat(report.outcomes().stream().filter(o -> !o.question().inDomain()).count()).isGreaterThanOrEqualTo(25);
        assertThat(report.recall()).as("in-domain recall").isGreaterThanOrEqualTo(0.95);
        assertThat(report.refusal()).as("off-topic refusal").isGreaterThanOrEqualTo(0.95);
        assertThat(report.citation()).as("citation rate").isEqualTo(1.0);
    }

    @Test
    void anEarlierTurnInTheConversationNeitherRescuesOffTopicQuestionsNorDerailsCompleteOnes() {
        Evaluation.Report report = Evaluation.runInConversation(TestKnowledge.mentor(), QuestionSet.load(null));

        assertThat(report.recall()).as("in-domain recall in a conversation").isGreaterThanOrEqualTo(0.95);
        assertThat(report.refusal()).as("off-topic refusal in a conversation").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void factsAreMatchedCaseInsensitivelyWithAlternatives() {
        EvalQuestion question = new EvalQuestion("q", true, "t", "?", java.util.List.of("Upwork", "HR|human resources"));

        assertThat(question.missingFacts("Try UPWORK; the Human Resources round comes first.")).isEmpty();
        assertThat(question.missingFacts("Try Upwork.")).containsExactly("HR|human resources");
    }
}
