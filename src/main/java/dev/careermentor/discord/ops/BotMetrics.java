package dev.careermentor.discord.ops;

import dev.careermentor.answer.Answer;
import dev.careermentor.discord.ask.AskService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's metrics for its operators, in Prometheus' format: answers and refusals with a latency
 * histogram, questions slowed by the limits, daily posts sent, sent late and failed, how far the
 * study-group dispatcher is behind, and whether each gateway shard of this process is connected.
 * JVM memory, threads and CPU are included, so the memory a shard costs can be read off a process.
 */
public final class BotMetrics implements AskService.Meter {

    private static final Logger log = LoggerFactory.getLogger(BotMetrics.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter answered;
    private final Counter refused;
    private final Counter slowed;
    private final Timer latency;
    private final Counter postsSent;
    private final Counter postsLate;
    private final Counter postsFailedTransient;
    private final Counter postsFailedPermanent;

    public BotMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        answered = Counter.builder("mentor.answers").tag("outcome", "answered")
                .description("Questions answered from the knowledge base").register(registry);
        refused = Counter.builder("mentor.answers").tag("outcome", "refused")
                .description("Questions the mentor declined (not covered, figures, instructions)").register(registry);
        slowed = Counter.builder("mentor.questions.slowed")
                .description("Questions refused by the member's bucket or the server's budget").register(registry);
        latency = Timer.builder("mentor.answer.latency").description("Time to compose an answer")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30)).register(registry);
        postsSent = Counter.builder("mentor.posts.sent").description("Daily challenges delivered").register(registry);
        postsLate = Counter.builder("mentor.posts.late")
                .description("Daily challenges delivered late (more than 5 minutes after their time)").register(registry);
        postsFailedTransient = Counter.builder("mentor.posts.failed").tag("kind", "transient")
                .description("Deliveries that failed and are retried").register(registry);
        postsFailedPermanent = Counter.builder("mentor.posts.failed").tag("kind", "permanent")
                .description("Deliveries that failed for good (the group pauses)").register(registry);
    }

    @Override
    public void answered(Answer answer, Duration took) {
        (answer.refused() ? refused : answered).increment();
        latency.record(took);
    }

    @Override
    public void slowedDown() {
        slowed.increment();
    }

    /** A daily challenge reached its channel. */
    public void postSent(boolean late) {
        postsSent.increment();
        if (late) {
            postsLate.increment();
        }
    }

    /** A delivery failed: retried later, or for good. */
    public void postFailed(boolean permanent) {
        (permanent ? postsFailedPermanent : postsFailedTransient).increment();
    }

    /** {@code mentor_gateway_connected{shard="N"}}: 1 while shard N of this process is connected, else 0. */
    public void watchShards(Supplier<? extends Map<Integer, Boolean>> connected) {
        for (int shard : connected.get().keySet()) {
            Gauge.builder("mentor.gateway.connected", () -> connected.get().getOrDefault(shard, false) ? 1 : 0)
                    .tag("shard", String.valueOf(shard))
                    .description("1 while this gateway shard is connected").register(registry);
        }
    }

    /**
     * {@code mentor_dispatcher_lag_seconds}: how long the oldest due post, reminder or retry of this
     * process's guilds has been waiting (0 when nothing is overdue).
     */
    public void watchDispatcherLag(Supplier<Optional<Duration>> oldestDue) {
        Gauge.builder("mentor.dispatcher.lag", () -> {
            try {
                return oldestDue.get().map(d -> Math.max(0, d.toMillis()) / 1000.0).orElse(0.0);
            } catch (RuntimeException e) {
                log.debug("Dispatcher lag unavailable: {}", e.toString());
                return Double.NaN; // the database does not answer; /health says so
            }
        }).baseUnit("seconds").description("How long the oldest due item has been waiting").register(registry);
    }

    /** The metrics in Prometheus' text format. */
    public String scrape() {
        return registry.scrape();
    }
}
