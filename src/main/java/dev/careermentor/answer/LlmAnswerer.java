package dev.careermentor.answer;

import dev.careermentor.knowledge.Card;
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
 * The model sees only the answering cards, numbered, and must cite them as [1], [2]; a reply without
 * a valid citation, an error or a timeout falls back to the cards as written.
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

    /**
     * @param partial the question asked for a judgement the cards do not make (a comparison, how hard something
     *     is): the model must say so
     */
    public Optional<String> answer(String question, List<Turn> history, List<Card> cards, boolean partial) {
        String user = prompts.answer(question, historyText(history), numberedPassages(cards))
                + (partial ? "\nThe passages do not make the judgement the member asks for (a comparison, a ranking,"
                        + " how hard something is): say so in one sentence first." : "");
        try {
            String reply = model.chat(SystemMessage.from(prompts.system()), UserMessage.from(user)).aiMessage().text();
            if (reply == null || !citesAPassage(reply, cards.size())) {
                log.warn("LLM reply without a valid citation; using the card as written");
                return Optional.empty();
            }
            String trimmed = reply.strip();
            return Optional.of(trimmed.length() > MAX_REPLY_CHARS ? trimmed.substring(0, MAX_REPLY_CHARS) + "…" : trimmed);
        } catch (RuntimeException e) {
            log.warn("LLM call failed ({}); using the card as written", e.toString());
            return Optional.empty();
        }
    }

    static String numberedPassages(List<Card> cards) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            sb.append('[').append(i + 1).append("] ").append(card.question()).append(" (").append(card.file()).append(")\n")
                    .append(card.body()).append("\n\n");
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
