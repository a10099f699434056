package dev.careermentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of the layering, read from the sources: the core never reaches up into the adapters
 * or Discord, the study-group slice is used only by the adapters, and store/ stands on nothing.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "careermentor");
    /** The adapters and the wiring: the only places that may know everything. */
    private static final Set<String> ADAPTERS = Set.of("discord", "console", "cli", "bench", "(root)");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
    /** Discord markup: a channel link, a user or role mention, a command mention. */
    private static final Pattern MARKUP = Pattern.compile("<#|<@|</[a-z]");

    private record Source(String pkg, Path file, String text) {
        List<String> imports() {
            List<String> imports = new ArrayList<>();
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                imports.add(m.group(1));
            }
            return imports;
        }

        boolean isCore() {
            return !ADAPTERS.contains(pkg);
        }

        boolean imports(String prefix) {
            return imports().stream().anyMatch(i -> i.startsWith(prefix));
        }
    }

    private static List<Source> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                Path relative = SOURCES.relativize(f);
                String pkg = relative.getNameCount() == 1 ? "(root)" : relative.getName(0).toString();
                try {
                    return new Source(pkg, relative, Files.readString(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCoreImportsNeitherJdaNorTheAdapters() {
        assertThat(sources().stream().filter(Source::isCore)
                .filter(s -> s.imports("net.dv8tion") || s.imports("dev.careermentor.discord")
                        || s.imports("dev.careermentor.console") || s.imports("dev.careermentor.cli")
                        || s.imports("dev.careermentor.bench") || s.imports("dev.careermentor.App")
                        || s.imports("dev.careermentor.BotRuntime") || s.imports("dev.careermentor.Config"))
                .map(Source::file)).isEmpty();
    }

    @Test
    void onlyTheStudyGroupSliceAndTheAdaptersUseStudyGroupTypes() {
        assertThat(sources().stream().filter(s -> s.isCore() && !s.pkg().equals("studygroup"))
                .filter(s -> s.imports("dev.careermentor.studygroup"))
                .map(Source::file)).isEmpty();
    }

    @Test
    void storeKeepsTheDatabaseAndStandsOnNothingElse() {
        assertThat(sources().stream().filter(s -> s.pkg().equals("store"))
                .filter(s -> s.imports().stream().anyMatch(i -> i.startsWith("dev.careermentor.")
                        && !i.startsWith("dev.careermentor.store.")))
                .map(Source::file)).isEmpty();
    }

    @Test
    void theCoreBuildsNoDiscordMarkup() {
        List<String> markup = new ArrayList<>();
        for (Source source : sources()) {
            if (source.isCore()) {
                Matcher literal = STRING.matcher(source.text());
                while (literal.find()) {
                    if (MARKUP.matcher(literal.group()).find()) {
                        markup.add(source.file() + ": " + literal.group());
                    }
                }
            }
        }
        assertThat(markup).isEmpty();
    }

    @Test
    void theRulesSeeTheSources() {
        assertThat(sources()).extracting(Source::pkg).contains("studygroup", "discord", "store", "(root)");
    }
}
