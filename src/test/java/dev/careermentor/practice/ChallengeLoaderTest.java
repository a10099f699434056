package dev.careermentor.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.TestKnowledge;
import dev.careermentor.knowledge.Card;
import dev.careermentor.knowledge.LoadProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChallengeLoaderTest {

    @TempDir
    Path dir;

    private final ChallengeLoader loader = new ChallengeLoader(source -> source.startsWith("testing/"));

    @Test
    void aMalformedChallengeIsReportedWithFileAndLineAndTheRestStillLoad() throws IOException {
        Files.writeString(dir.resolve("testing.yaml"), """
                - id: good-one
                  kind: choice
                  difficulty: 1
                  tags: [testing]
                  source: testing/which
                  prompt: Which tool?
                  options: [pytest, Jenkins]
                  answer: pytest
                  explanation: pytest is a test framework.
                - id: bad-answer
                  kind: choice
                  difficulty: 2
                  source: testing/which
                  prompt: Which?
                  options: [a, b]
                  answer: c
                  explanation: x
                - id: bad-source
                  kind: short
                  difficulty: 1
                  source: nowhere/x
                  prompt: Year?
                  accept: ["1735"]
                  explanation: x
                - id: good-task
                  kind: task
                  difficulty: 3
                  source: testing/which
                  prompt: Write a test.
                  hints: [Use assert.]
                  solution: |
                    def test_add():
                        assert 1 + 1 == 2
                  explanation: Tests use assert.
                """);
        Files.writeString(dir.resolve("broken.yaml"), "- id: [unclosed\n");

        ChallengeBank bank = loader.load(dir);

        assertThat(bank.all()).extracting(Challenge::id).containsExactly("good-one", "good-task");
        assertThat(bank.problems()).extracting(LoadProblem::toString).containsExactlyInAnyOrder(
                "testing.yaml:10: the answer must be one of the options",
                "testing.yaml:18: source 'nowhere/x' is not a card of the knowledge base (topic/slug)",
                bank.problems().stream().filter(p -> p.file().equals("broken.yaml")).findFirst().orElseThrow().toString());
        assertThat(bank.problems()).filteredOn(p -> p.file().equals("broken.yaml")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid YAML"));
        assertThat(((Challenge.PracticeTask) bank.find("good-task").orElseThrow()).solution()).contains("assert 1 + 1 == 2");
    }

    @Test
    void duplicateIdsAreRejected() throws IOException {
        String one = """
                - id: same
                  kind: short
                  difficulty: 1
                  source: testing/a
                  prompt: p
                  accept: [x]
                  explanation: e
                """;
        Files.writeString(dir.resolve("a.yaml"), one);
        Files.writeString(dir.resolve("b.yaml"), one);

        ChallengeBank bank = loader.load(dir);

        assertThat(bank.size()).isEqualTo(1);
        assertThat(bank.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("duplicate id"));
    }

    @Test
    void theProjectBankIsValidAndLargeEnough() {
        Set<String> cards = TestKnowledge.index().knowledgeBase().cards().stream().map(Card::id)
                .collect(Collectors.toSet());

        ChallengeBank bank = new ChallengeLoader(cards::contains).load(Path.of("knowledge", "challenges"));

        assertThat(bank.problems()).isEmpty();
        assertThat(bank.size()).isGreaterThanOrEqualTo(60);
        for (Class<?> kind : new Class<?>[] {Challenge.MultipleChoice.class, Challenge.ShortAnswer.class,
                Challenge.PracticeTask.class}) {
            assertThat(bank.all()).filteredOn(kind::isInstance).hasSizeGreaterThanOrEqualTo(10);
        }
        assertThat(bank.all()).extracting(Challenge::difficulty).contains(1, 2, 3);
        assertThat(bank.all()).allSatisfy(c -> assertThat(c.meta().explanation()).isNotBlank());
    }
}
