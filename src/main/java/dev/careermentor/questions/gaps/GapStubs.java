package dev.careermentor.questions.gaps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a card stub per gap, in the card format of {@code knowledge/README.md}: front matter with
 * the example questions as phrasings and the closest card as related, the heading, and a note on
 * what to write. The files go to {@code DIR/<topic>/<slug>.md}, the layout of {@code knowledge/}, so
 * a maintainer completes a stub and moves it in.
 */
public final class GapStubs {

    private GapStubs() {
    }

    /** Writes the stubs and returns their paths; an existing file is never overwritten (a number is added). */
    public static List<Path> write(List<Gap> gaps, Path dir, LocalDate today) throws IOException {
        List<Path> written = new ArrayList<>();
        Set<Path> taken = new HashSet<>();
        for (Gap gap : gaps) {
            Path topicDir = dir.resolve(gap.topic());
            Files.createDirectories(topicDir);
            String slug = slug(gap.heading());
            Path file = topicDir.resolve(slug + ".md");
            for (int n = 2; Files.exists(file) || taken.contains(file); n++) {
                file = topicDir.resolve(slug + "-" + n + ".md");
            }
            taken.add(file);
            Files.writeString(file, stub(gap, today), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    /** The Markdown of one stub. */
    public static String stub(Gap gap, LocalDate today) {
        StringBuilder text = new StringBuilder("---\n");
        text.append("source: curated             # a stub from `gaps --export`: write the answer, check it, keep or change this\n");
        text.append("updated: ").append(today).append('\n');
        text.append("related: [").append(gap.nearestCard() == null ? "" : gap.nearestCard())
                .append("]   # the closest card today: keep it if a member would ask it next\n");
        text.append("phrasings:                  # how members asked; add more (5-15), see knowledge/README.md\n");
        for (String example : gap.examples()) {
            text.append("  - ").append(yamlString(example)).append('\n');
        }
        text.append("---\n");
        text.append("# ").append(gap.heading()).append("\n\n");
        text.append("TODO: answer the question in one or two short paragraphs (about 700 characters of prose). ")
                .append("Members asked this ").append(gap.count()).append(gap.count() == 1 ? " time" : " times")
                .append(".\n");
        if (!gap.comments().isEmpty()) {
            text.append("\nWhat members said was missing from the answer they got:\n\n");
            gap.comments().forEach(comment -> text.append("- ").append(comment.strip().replaceAll("\\s+", " ")).append('\n'));
        }
        return text.toString();
    }

    /** A double-quoted YAML scalar on one line. */
    static String yamlString(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : oneLine.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\');
            }
            if (c < 0x20) {
                continue;
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }

    /** lowercase-kebab from the first words of the heading: "How do I negotiate salary?" is how-do-i-negotiate-salary. */
    static String slug(String heading) {
        String[] words = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ");
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < words.length && i < 7; i++) {
            if (!words[i].isEmpty()) {
                slug.append(slug.length() == 0 ? "" : "-").append(words[i]);
            }
        }
        return slug.length() == 0 ? "gap" : slug.toString();
    }
}
