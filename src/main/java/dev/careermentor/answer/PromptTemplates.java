package dev.careermentor.answer;

import dev.careermentor.knowledge.KnowledgeRoot;
import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

/**
 * The LLM prompts, kept as files in {@code prompts/} so they can be read and changed without
 * touching code: {@code system.md} (the rules) and {@code answer.md} (the question with its
 * passages, filled through LangChain4j's {@link PromptTemplate}).
 */
public record PromptTemplates(String system, PromptTemplate answer) {

    public static PromptTemplates load(KnowledgeRoot root) {
        return new PromptTemplates(read(root, "system.md"), PromptTemplate.from(read(root, "answer.md")));
    }

    public String answer(String question, String history, String passages) {
        return answer.apply(Map.of("question", question, "history", history, "passages", passages)).text();
    }

    private static String read(KnowledgeRoot root, String name) {
        try {
            return Files.readString(root.path().resolve(name), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the prompt " + name + " from " + root.description(), e);
        }
    }
}
