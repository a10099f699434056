package dev.careermentor.answer;

import dev.careermentor.knowledge.Units;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional: rewrites the answer with an OpenAI-compatible chat model (OpenAI, Ollama, vLLM, …).
 * The model sees only the retrieved sections, numbered, and must cite them as [1], [2]; a reply
 * without a valid citation, an error or a timeout falls back to the extractive answer.
 */
public final class LlmAnswerer {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2})]");
    /** Discord embeds hold 4,096 characters; the reply stays well inside. */
    private static final int MAX_REPLY_CHARS = 1_800;

    private final ChatModel model;
    private final PromptTemplates prompts;

    public LlmAnswerer(ChatModel model, PromptTemplates prompts) {
        this.model = model;
        this.prompts = prompts;
    }

    public static LlmAnswerer openAiCompatible(String baseUrl, String modelName, String apiKey, Duration timeout,
            PromptTemplates prompts) {
        ChatModel model = OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey == null ? "none" : apiKey)
                .modelName(modelName)
                .temperature(0.1)
                .timeout(timeout)
                .maxRetries(0)
                .build();
        return new LlmAnswerer(model, prompts);
    }

    public Optional<String> answer(String question, List<Turn> history, ExtractiveComposer.Composition composition) {
        List<ExtractiveComposer.Quote> quotes = composition.quotes();
        String passages = numberedPassages(quotes);
        String user = prompts.answer(question, historyText(history), passages);
        try {
            String reply = model.chat(SystemMessage.from(prompts.system()), UserMessage.from(user)).aiMessage().text();
            if (reply == null || !citesAPassage(reply, quotes.size())) {
                log.warn("LLM reply without a valid citation; using the extractive answer");
                return Optional.empty();
            }
            String trimmed = reply.strip();
            return Optional.of(trimmed.length() > MAX_REPLY_CHARS ? trimmed.substring(0, MAX_REPLY_CHARS) + "…" : trimmed);
        } catch (RuntimeException e) {
            log.warn("LLM call failed ({}); using the extractive answer", e.toString());
            return Optional.empty();
        }
    }

    static String numberedPassages(List<ExtractiveComposer.Quote> quotes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < quotes.size(); i++) {
            var chunk = quotes.get(i).chunk();
            sb.append('[').append(i + 1).append("] ").append(chunk.title()).append(" › ").append(chunk.section())
                    .append(" (").append(chunk.file()).append('#').append(chunk.anchor()).append(")\n")
                    .append(Units.render(chunk.units())).append("\n\n");
        }
        return sb.toString().strip();
    }

    private static String historyText(List<Turn> history) {
        if (history.isEmpty()) {
            return "(none)";
        }
        return history.stream()
                .skip(Math.max(0, history.size() - 3))
                .map(turn -> "Member: " + turn.question() + "\nMentor: " + turn.answer())
                .collect(Collectors.joining("\n"));
    }

    private static boolean citesAPassage(String reply, int passages) {
        Matcher matcher = CITATION.matcher(reply);
        while (matcher.find()) {
            int n = Integer.parseInt(matcher.group(1));
            if (n >= 1 && n <= passages) {
                return true;
            }
        }
        return false;
    }
}
