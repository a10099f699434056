package dev.careermentor.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged bot ({@code java -jar target/career-mentor.jar bot}) as a separate operating-system
 * process, with its log in a file and its health endpoint on a given port: what an operator runs,
 * one per shard range. Only the variables given here reach it (no DISCORD_ or MENTOR_ setting of
 * the test's own environment).
 */
final class BotProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "career-mentor.jar");
    private static final Path CLASS_DATA = Path.of("target", "career-mentor.jsa");

    private final String name;
    private final Process process;
    private final Path log;
    private final int metricsPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private BotProcess(String name, Process process, Path log, int metricsPort) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.metricsPort = metricsPort;
    }

    /** Starts the jar with {@code settings} as its only DISCORD_/MENTOR_ variables; its output goes to {@code log}. */
    static BotProcess start(String name, Map<String, String> settings, int metricsPort, Path log) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " does not exist: run the integration tests with mvn verify");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+UseSerialGC")); // the README's run command
        if (Files.exists(CLASS_DATA)) {
            command.add("-XX:SharedArchiveFile=" + CLASS_DATA);
        }
        command.addAll(List.of("-jar", JAR.toString(), "bot"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("DISCORD_") || key.startsWith("MENTOR_"));
        builder.environment().putAll(settings);
        builder.environment().put("MENTOR_METRICS_PORT", Integer.toString(metricsPort));
        builder.environment().put("MENTOR_METRICS_HOST", "127.0.0.1");
        try {
            return new BotProcess(name, builder.start(), log, metricsPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Waits until {@code /health} answers 200: every shard of the process connected and the database up. */
    void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " before it was healthy:\n" + tail());
            }
            if (healthStatus() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + " was not healthy within " + timeout + ":\n" + tail());
    }

    /** The status {@code /health} answers, or -1 while nothing listens. */
    int healthStatus() {
        try {
            return get("/health").statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String metrics() throws IOException, InterruptedException {
        return get("/metrics").body();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Its log so far. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** SIGKILL: the process dies at once, mid-whatever, as in a crash or an OOM kill. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not die after SIGKILL");
        }
    }

    /** SIGTERM, then SIGKILL if it has not stopped in 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
