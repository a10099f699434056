package dev.careermentor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.discord.Throttle;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void withNothingSetAMemberHasTheDefaultQuestionBucket() {
        assertThat(Config.from(Map.of()).throttle()).isEqualTo(Throttle.Limits.DEFAULT);
    }

    @Test
    void theQuestionBucketAndTheServerBudgetAreSetByTheEnvironment() {
        Throttle.Limits limits = Config.from(Map.of("MENTOR_QUESTION_BURST", "1", "MENTOR_QUESTION_REFILL_SECONDS", "30",
                "MENTOR_GUILD_BUDGET", "50", "MENTOR_GUILD_BUDGET_MINUTES", "5")).throttle();

        assertThat(limits).isEqualTo(new Throttle.Limits(1, Duration.ofSeconds(30), 50, Duration.ofMinutes(5)));
    }

    @Test
    void theOldCooldownSettingIsReadAsTheRefillIntervalUnlessTheNewOneIsSet() {
        assertThat(Config.from(Map.of("MENTOR_USER_COOLDOWN_SECONDS", "20")).throttle().refill())
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(Config.from(Map.of("MENTOR_USER_COOLDOWN_SECONDS", "20", "MENTOR_QUESTION_REFILL_SECONDS", "8"))
                .throttle().refill()).isEqualTo(Duration.ofSeconds(8));
        assertThat(Config.from(Map.of("MENTOR_FOLLOW_UPS_PER_MINUTE", "3")).throttle()).as("no longer used")
                .isEqualTo(Throttle.Limits.DEFAULT);
    }

    @Test
    void theMetricsPortIsOffByDefaultAndMustBeAPort() {
        Config.Operations defaults = Config.from(Map.of()).operations();
        assertThat(defaults.metricsPort()).isEmpty();
        assertThat(defaults.scheduleRecheck()).isEqualTo(Duration.ofMinutes(1));
        Config.Operations set = Config.from(Map.of("MENTOR_METRICS_PORT", "9400", "MENTOR_METRICS_HOST", "127.0.0.1",
                "MENTOR_SCHEDULE_RECHECK_SECONDS", "5")).operations();
        assertThat(set.metricsPort()).contains(9400);
        assertThat(set.metricsHost()).isEqualTo("127.0.0.1");
        assertThat(set.scheduleRecheck()).isEqualTo(Duration.ofSeconds(5));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Config.from(Map.of("MENTOR_METRICS_PORT", "70000")))
                .hasMessageContaining("MENTOR_METRICS_PORT");
    }
}
