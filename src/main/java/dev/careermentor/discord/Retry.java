package dev.careermentor.discord;

import java.time.Duration;
import java.util.function.Supplier;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.requests.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a call to Discord that failed on Discord's side (a 5xx, or no answer at all) with growing
 * pauses, as the study-group dispatcher does for daily posts, but within seconds, because a member
 * is waiting. A refusal (a 4xx: a missing permission, an unknown channel) is not retried: it would
 * fail the same way. JDA itself rides out 429s, and retries 502-504 a few times before they get here.
 *
 * @param attempts how often the call is tried in all
 * @param firstPause the pause before the second attempt; each later pause doubles
 */
public record Retry(int attempts, Duration firstPause) {

    private static final Logger log = LoggerFactory.getLogger(Retry.class);

    /** Pauses of 0.5, 1 and 2 s: an answer Discord keeps failing is given up after 3.5 s. */
    public static final Retry SEND = new Retry(4, Duration.ofMillis(500));

    public Retry {
        if (attempts < 1 || firstPause.isNegative()) {
            throw new IllegalArgumentException("at least one attempt and no negative pause: " + attempts + ", " + firstPause);
        }
    }

    /**
     * Runs the call until it succeeds, fails for good, or runs out of attempts.
     *
     * @param what what the call does, for the log ("posting in channel 42")
     * @throws Requests.NotDelivered when Discord did not take it
     */
    public <T> T call(String what, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ErrorResponseException | PermissionException e) {
                if (!isTransient(e) || attempt == attempts) {
                    throw new Requests.NotDelivered(what, attempt, e);
                }
                Duration pause = pauseAfter(attempt);
                log.warn("{} failed ({}); attempt {} of {} in {} ms", what, e.getMessage(), attempt + 1, attempts,
                        pause.toMillis());
                sleep(pause, what, attempt, e);
            }
        }
    }

    /** The pause after the given (1-based) failed attempt. */
    Duration pauseAfter(int attempt) {
        return firstPause.multipliedBy(1L << Math.min(attempt - 1, 20));
    }

    /** Whether Discord may take the same request a moment later: a server error, or no response at all. */
    public static boolean isTransient(RuntimeException e) {
        if (!(e instanceof ErrorResponseException error)) {
            return false;
        }
        int status = error.getResponse() == null ? error.getErrorCode() : error.getResponse().code;
        return status == Response.ERROR_CODE || status >= 500;
    }

    private static void sleep(Duration pause, String what, int attempt, RuntimeException cause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: give up now, the caller says what was lost
            throw new Requests.NotDelivered(what, attempt, cause);
        }
    }
}
