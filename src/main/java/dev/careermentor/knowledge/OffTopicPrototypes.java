package dev.careermentor.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Example questions of the kinds the mentor must decline (cooking, sports, other careers, …). */
public final class OffTopicPrototypes {

    static final String RESOURCE = "refusal/off-topic-prototypes.txt";

    private OffTopicPrototypes() {
    }

    public static List<String> load() {
        try (InputStream in = OffTopicPrototypes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
