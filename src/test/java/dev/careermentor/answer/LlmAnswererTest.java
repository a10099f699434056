package dev.careermentor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.TestKnowledge;
import dev.careermentor.knowledge.KnowledgeRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The optional LLM path against a local OpenAI-compatible stub server. */
class LlmAnswererTest {

    private StubChatServer server;
    private Mentor mentor;

    @BeforeEach
    void start() throws Exception {
        server = new StubChatServer();
        PromptTemplates prompts = PromptTemplates.load(KnowledgeRoot.directory(Path.of("prompts")));
        LlmAnswerer llm = LlmAnswerer.openAiCompatible(server.baseUrl(), "stub-model", "test-key", Duration.ofSeconds(2),
                prompts);
        mentor = new Mentor(TestKnowledge.index(), ConfidenceModel.load(), TestKnowledge.english(), Optional.of(llm));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void thePromptHoldsTheTemplatesFromPromptsAndTheRetrievedPassages() throws Exception {
        server.reply = "Upwork is a good place to start [1].";

        Answer answer = mentor.ask("Where can I find freelance Python work?");

        assertThat(server.requests).hasSize(1);
        String prompt = server.lastPrompt();
        String system = Files.readString(Path.of("prompts", "system.md")).strip();
        assertThat(prompt).contains(system);
        assertThat(prompt).contains("Passages from the knowledge base:").contains("Member's question:")
                .contains("Where can I find freelance Python work?");
        assertThat(prompt).contains("[1] ").contains("freelancing/finding-clients.md").contains("Upwork");
        assertThat(server.requests.get(0).path("model").asText()).isEqualTo("stub-model");

        assertThat(answer.refused()).isFalse();
        assertThat(answer.text()).isEqualTo("Upwork is a good place to start [1].");
        assertThat(answer.sources()).isNotEmpty().first().extracting(Source::cardId).isEqualTo("freelancing/finding-clients");
    }

    @Test
    void aServerErrorFallsBackToTheExtractiveAnswer() {
        server.status = 500;

        Answer answer = mentor.ask("Which CI/CD tools should a Python developer know?");

        assertThat(server.requests).isNotEmpty();
        assertThat(answer.refused()).isFalse();
        assertThat(answer.text()).contains("Jenkins").doesNotContain("boom");
    }

    @Test
    void aTimeoutFallsBackToTheExtractiveAnswer() {
        server.delayMillis = 4_000;

        long start = System.nanoTime();
        Answer answer = mentor.ask("Which version control tools should a Python developer know?");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(answer.text()).contains("Git");
    }

    @Test
    void aReplyThatCitesNoPassageIsNotTrusted() {
        server.reply = "Python developers earn 200,000 dollars a year.";

        Answer answer = mentor.ask("Which Python web frameworks should I learn?");

        assertThat(answer.text()).doesNotContain("200,000").contains("Django");
    }

    @Test
    void offTopicQuestionsNeverReachTheModel() {
        Answer answer = mentor.ask("how do i make a good lasagna?");

        assertThat(answer.refused()).isTrue();
        assertThat(server.requests).isEmpty();
    }

    @Test
    void theConversationSoFarIsPartOfThePrompt() {
        mentor.ask("and the second one?", List.of(new Turn("What happens in the HR interview?", "The HR interview ...",
                List.of("interviews/hr-interview"))));

        assertThat(server.lastPrompt()).contains("Member: What happens in the HR interview?");
    }
}
