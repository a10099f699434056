package dev.careermentor.bench;

import dev.careermentor.knowledge.Card;
import dev.careermentor.knowledge.KnowledgeBase;
import dev.careermentor.knowledge.KnowledgeLoader;
import dev.careermentor.knowledge.KnowledgeRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a large knowledge base for the benchmark: cards whose questions, phrasings and sentences
 * are recombined from the real knowledge base (same vocabulary and lengths), 20 cards per topic.
 * Deterministic, and written only once per size.
 */
public final class SyntheticKnowledge {

    private static final int CARDS_PER_TOPIC = 20;
    private static final int SENTENCES_PER_CARD = 4;
    private static final int PHRASINGS_PER_CARD = 8;

    private SyntheticKnowledge() {
    }

    public static Path generate(Path dir, int cards) throws IOException {
        Path marker = dir.resolve(".complete");
        if (Files.exists(marker)) {
            return dir;
        }
        KnowledgeBase real = new KnowledgeLoader().load(KnowledgeRoot.resolve(null, "knowledge"));
        List<String> questions = new ArrayList<>();
        List<String> phrasings = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Card card : real.cards()) {
            questions.add(card.question());
            phrasings.addAll(card.phrasings());
            for (String sentence : card.prose().split("(?<=[.!?])\\s+")) {
                sentences.add(sentence.replace('\n', ' '));
            }
        }
        Random random = new Random(42);
        Files.createDirectories(dir);
        StringBuilder topics = new StringBuilder();
        for (int topic = 0; topic * CARDS_PER_TOPIC < cards; topic++) {
            String id = String.format("topic-%04d", topic);
            topics.append("- id: ").append(id).append("\n  title: Synthetic topic ").append(topic).append('\n');
            Files.createDirectories(dir.resolve(id));
            for (int c = 0; c < CARDS_PER_TOPIC && topic * CARDS_PER_TOPIC + c < cards; c++) {
                StringBuilder md = new StringBuilder("---\nsource: curated\nupdated: 2026-12-01\nphrasings:\n");
                for (int p = 0; p < PHRASINGS_PER_CARD; p++) {
                    md.append("  - \"").append(pick(phrasings, random).replace("\"", "'")).append(' ').append(topic)
                            .append('.').append(c).append("\"\n");
                }
                md.append("---\n# ").append(pick(questions, random)).append(" (").append(topic).append('.').append(c)
                        .append(")\n\n");
                for (int k = 0; k < SENTENCES_PER_CARD; k++) {
                    md.append(pick(sentences, random)).append(' ');
                }
                Files.writeString(dir.resolve(id).resolve(String.format("card-%02d.md", c)), md.append('\n'),
                        StandardCharsets.UTF_8);
            }
        }
        Files.writeString(dir.resolve("topics.yaml"), topics, StandardCharsets.UTF_8);
        Files.writeString(marker, Integer.toString(cards));
        return dir;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
