package dev.careermentor.discord.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.careermentor.lifecycle.Routine;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operators' HTTP port: {@code GET /metrics} (Prometheus' text format) and {@code GET /health}
 * (200 with {@code "status":"UP"} when every held shard is connected and the database answers,
 * else 503). Started before Discord connects, so a probe sees a starting process as not ready.
 */
public final class OpsEndpoint implements Routine {

    private static final Logger log = LoggerFactory.getLogger(OpsEndpoint.class);

    private final String host;
    private final int port;
    private final BotMetrics metrics;
    private final HealthCheck health;
    private HttpServer server;
    private ExecutorService threads;

    public OpsEndpoint(String host, int port, BotMetrics metrics, HealthCheck health) {
        this.host = host;
        this.port = port;
        this.metrics = metrics;
        this.health = health;
    }

    @Override
    public String name() {
        return "metrics and health endpoint";
    }

    @Override
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "ops-endpoint");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/metrics", exchange -> answer(exchange, 200, "text/plain; version=0.0.4; charset=utf-8",
                metrics.scrape()));
        server.createContext("/health", exchange -> {
            HealthCheck.Health verdict = health.check();
            answer(exchange, verdict.up() ? 200 : 503, "application/json", verdict.json());
        });
        server.start();
        log.info("Metrics on http://{}:{}/metrics, health on /health", host, server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void stop() {
        server.stop(0);
        threads.shutdownNow();
    }
}
