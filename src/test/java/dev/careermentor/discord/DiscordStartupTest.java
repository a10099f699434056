package dev.careermentor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DiscordStartupTest {

    @Test
    void whileDiscordIsUnreachableThePausesDoubleUpToOnceAMinute() {
        DiscordStartup.Backoff backoff = DiscordStartup.Backoff.DEFAULT;

        assertThat(IntStream.rangeClosed(1, 9).mapToObj(backoff::after).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theMessagesSayWhatToFixInOneLine() {
        assertThat(DiscordStartupException.rejectedToken().getMessage()).contains("401").contains("DISCORD_TOKEN")
                .doesNotContain("\n");
        assertThat(DiscordStartupException.disallowedIntents().getMessage()).contains("4014")
                .contains("Privileged Gateway Intents > Message Content Intent").doesNotContain("\n");
        assertThat(DiscordStartupException.refused("Was shutdown\nReason: whatever").getMessage())
                .isEqualTo("Discord refused the connection: Was shutdown Reason: whatever");
    }
}
