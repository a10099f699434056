package dev.careermentor.bench;

import dev.careermentor.knowledge.Chunk;
import dev.careermentor.knowledge.KnowledgeBase;
import dev.careermentor.knowledge.KnowledgeLoader;
import dev.careermentor.knowledge.KnowledgeRoot;
import dev.careermentor.knowledge.TextUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a large knowledge base for the benchmark: sections whose headings and sentences are
 * recombined from the real knowledge base (same vocabulary and sentence lengths), in files of 20
 * sections. Deterministic, and written only once per size.
 */
public final class SyntheticKnowledge {

    private static final int SECTIONS_PER_FILE = 20;
    private static final int SENTENCES_PER_SECTION = 3;

    private SyntheticKnowledge() {
    }

    public static Path generate(Path dir, int sections) throws IOException {
        Path marker = dir.resolve(".complete");
        if (Files.exists(marker)) {
            return dir;
        }
        KnowledgeBase real = new KnowledgeLoader().load(KnowledgeRoot.resolve(null, "knowledge"));
        List<String> headings = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Chunk chunk : real.chunks()) {
            headings.add(chunk.section());
            chunk.units().stream().filter(u -> u.kind() == TextUnit.Kind.SENTENCE).map(TextUnit::text).forEach(sentences::add);
        }
        Random random = new Random(42);
        Files.createDirectories(dir);
        for (int file = 0; file * SECTIONS_PER_FILE < sections; file++) {
            StringBuilder md = new StringBuilder("---\ntitle: Synthetic topic " + file
                    + "\ntags: [synthetic]\nsource: curated\nupdated: 2026-11-24\n---\n# Synthetic topic " + file + "\n");
            for (int s = 0; s < SECTIONS_PER_FILE && file * SECTIONS_PER_FILE + s < sections; s++) {
                md.append("\n## ").append(headings.get(random.nextInt(headings.size()))).append(" (").append(file)
                        .append('.').append(s).append(")\n");
                for (int k = 0; k < SENTENCES_PER_SECTION; k++) {
                    md.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
                }
                md.append('\n');
            }
            Files.writeString(dir.resolve(String.format("topic-%04d.md", file)), md, StandardCharsets.UTF_8);
        }
        Files.writeString(marker, Integer.toString(sections));
        return dir;
    }
}
