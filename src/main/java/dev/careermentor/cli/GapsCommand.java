package dev.careermentor.cli;

import dev.careermentor.App;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.questions.gaps.Gap;
import dev.careermentor.questions.gaps.GapStubs;
import dev.careermentor.questions.gaps.KnowledgeGaps;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "gaps", description = {"What members ask that the knowledge base does not answer: refused career "
        + "questions and 👎 comments, grouped by similarity (every server in the database).",
        "With --export DIR, writes a card stub per gap to DIR/<topic>/<slug>.md, ready to complete and move into knowledge/."})
public final class GapsCommand implements Callable<Integer> {

    @Mixin
    AppOptions options;

    @Option(names = "--export", paramLabel = "DIR", description = "Write a Markdown card stub per gap into DIR.")
    Path export;

    @Option(names = "--days", defaultValue = "90", description = "Look back this many days (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many gaps, most asked first (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        App app = App.start(options.config());
        try {
            report(new KnowledgeGaps(new AnswerLog(app.database(), app.clock()), app.knowledge()), app.clock(), days, limit,
                    export, out);
            return 0;
        } finally {
            app.close();
        }
    }

    /** Prints the gaps of every server and, with {@code export}, writes their card stubs there. */
    static void report(KnowledgeGaps gaps, Clock clock, int days, int limit, Path export, PrintStream out)
            throws IOException {
        List<Gap> found = gaps.find(null, clock.instant().minus(Duration.ofDays(Math.max(1, days))), Math.max(1, limit));
        if (found.isEmpty()) {
            out.println("No knowledge gaps in the last " + days + " days.");
            return;
        }
        for (int i = 0; i < found.size(); i++) {
            Gap gap = found.get(i);
            out.printf("%2d. %d× %s  [%s]%n", i + 1, gap.count(), String.join(" | ", gap.examples()), gap.topic());
            gap.comments().stream().limit(2).forEach(comment -> out.println("      👎 " + comment));
        }
        if (export != null) {
            List<Path> written = GapStubs.write(found, export, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            out.println("Wrote " + written.size() + " card stubs:");
            written.forEach(path -> out.println("  " + path));
        }
    }
}
