package dev.careermentor.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.Test;

class RetryTest {

    private final Retry retry = new Retry(3, Duration.ofMillis(1));
    private final List<Long> attempts = new ArrayList<>();

    /** A call that fails with the given errors in turn, then succeeds. */
    private String failing(ErrorResponseException... errors) {
        attempts.add(System.nanoTime());
        if (attempts.size() <= errors.length) {
            throw errors[attempts.size() - 1];
        }
        return "sent";
    }

    @Test
    void aServerErrorOrNoAnswerIsTriedAgain() {
        String result = retry.call("posting", () -> failing(DiscordErrors.serverError(), DiscordErrors.unreachable()));

        assertThat(result).isEqualTo("sent");
        assertThat(attempts).hasSize(3);
    }

    @Test
    void aRefusalIsNotTriedAgainBecauseItWouldFailTheSameWay() {
        assertThatThrownBy(() -> retry.call("posting in channel 42",
                () -> failing(DiscordErrors.status(403, ErrorResponse.MISSING_PERMISSIONS))))
                .isInstanceOf(Requests.NotDelivered.class)
                .hasMessageStartingWith("posting in channel 42 failed after 1 attempt:")
                .hasCauseInstanceOf(ErrorResponseException.class);
        assertThat(attempts).hasSize(1);
    }

    @Test
    void itGivesUpAfterItsAttemptsAndSaysWhatWasLost() {
        ErrorResponseException error = DiscordErrors.serverError();

        assertThatThrownBy(() -> retry.call("posting", () -> failing(error, error, error, error)))
                .isInstanceOf(Requests.NotDelivered.class).hasMessageStartingWith("posting failed after 3 attempts");
        assertThat(attempts).hasSize(3);
    }

    @Test
    void thePausesDoubleFromTheFirst() {
        Retry send = new Retry(4, Duration.ofMillis(500));

        assertThat(List.of(send.pauseAfter(1), send.pauseAfter(2), send.pauseAfter(3)))
                .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void onlyServerErrorsAndMissingAnswersAreTransient() {
        assertThat(Retry.isTransient(DiscordErrors.serverError())).isTrue();
        assertThat(Retry.isTransient(DiscordErrors.status(503, ErrorResponse.SERVER_ERROR))).isTrue();
        assertThat(Retry.isTransient(DiscordErrors.unreachable())).isTrue();
        assertThat(Retry.isTransient(DiscordErrors.status(404, ErrorResponse.UNKNOWN_CHANNEL))).isFalse();
        assertThat(Retry.isTransient(new IllegalStateException("a bug"))).isFalse();
    }
}
