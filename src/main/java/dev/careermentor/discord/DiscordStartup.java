package dev.careermentor.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connecting to Discord at start-up, as a bot under a supervisor should. While Discord cannot be
 * reached, it says which URL it tried and tries again with growing pauses, logging each attempt, for
 * as long as it takes (a supervisor stops it). When Discord refuses the bot (a rejected token, a
 * privileged intent that is not enabled), trying again would fail the same way: it stops with a
 * {@link DiscordStartupException} whose one line says what to fix. The token is never shown.
 */
final class DiscordStartup {

    private static final Logger log = LoggerFactory.getLogger(DiscordStartup.class);

    /**
     * The pauses between attempts: {@code first}, doubling up to {@code max}.
     */
    record Backoff(Duration first, Duration max) {
        /** 1 s, 2 s, 4 s ... then once a minute. */
        static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

        /** The pause after the given (1-based) failed attempt. */
        Duration after(int attempt) {
            Duration pause = first.multipliedBy(1L << Math.min(attempt - 1, 20));
            return pause.compareTo(max) > 0 ? max : pause;
        }
    }

    /**
     * One attempt to connect: log in (JDA does it over REST, {@code GET users/@me}, when it builds),
     * open the gateway and wait until the guilds are loaded. An attempt that fails cleans up after itself.
     */
    interface Attempt<T> {
        T connect() throws InterruptedException;
    }

    private final DiscordBot.Connection connection;
    private final Backoff backoff;
    private final GatewayClose close = new GatewayClose();

    DiscordStartup(DiscordBot.Connection connection, Backoff backoff) {
        this.connection = connection;
        this.backoff = backoff;
    }

    /**
     * The listener that tells why Discord closed the gateway for good; add it to the JDA (or shard
     * manager) builder before {@link #connect(Attempt)}, so a refusal can be explained.
     */
    Object gatewayCloses() {
        return close;
    }

    /** Runs the attempt until it succeeds, trying again while Discord cannot be reached. */
    <T> T connect(Attempt<T> connecting) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return connecting.connect();
            } catch (InvalidTokenException e) {
                throw DiscordStartupException.rejectedToken();
            } catch (ErrorResponseException e) {
                if (!Retry.isTransient(e)) {
                    throw DiscordStartupException.refused(scrub(e.getMeaning()));
                }
                pause(attempt, reason(e));
            } catch (UncheckedIOException | CompletionException e) {
                // the shard manager asks for the shard count first; a network failure surfaces wrapped
                if (e instanceof CompletionException && !(e.getCause() instanceof IOException)) {
                    throw e;
                }
                Throwable cause = e.getCause() == null ? e : e.getCause();
                pause(attempt, cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            } catch (IllegalStateException e) { // JDA shut down while connecting: the gateway closed for good
                throw close.explain(scrub(e.getMessage()));
            }
        }
    }

    private void pause(int attempt, String reason) throws InterruptedException {
        Duration pause = backoff.after(attempt);
        log.warn("Cannot reach Discord at {} ({}); attempt {} failed, trying again in {} s", connection.apiBaseUrl(),
                scrub(reason), attempt, Math.max(1, pause.toSeconds()));
        Thread.sleep(pause.toMillis());
    }

    /** Why a request got no answer: "ConnectException: Failed to connect to /127.0.0.1:4321", or the status. */
    private static String reason(ErrorResponseException e) {
        Throwable cause = e.getResponse() == null ? null : e.getResponse().getException();
        if (cause == null) {
            return "HTTP " + e.getResponse().code + " " + e.getMeaning();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** The text without the token, however it got there. */
    private String scrub(String text) {
        return text == null ? "" : text.replace(connection.token(), "***");
    }

    /** Remembers how Discord closed the gateway, to explain a start that ended in a shutdown. */
    private static final class GatewayClose extends ListenerAdapter {
        private final CountDownLatch closed = new CountDownLatch(1);
        private volatile CloseCode code;

        @Override
        public void onShutdown(ShutdownEvent event) {
            code = event.getCloseCode();
            closed.countDown();
        }

        DiscordStartupException explain(String jdaMessage) throws InterruptedException {
            // JDA reports the shutdown just before it tells its listeners why
            closed.await(5, TimeUnit.SECONDS);
            CloseCode why = code;
            if (why == CloseCode.DISALLOWED_INTENTS) {
                return DiscordStartupException.disallowedIntents();
            }
            if (why == CloseCode.AUTHENTICATION_FAILED) {
                return DiscordStartupException.rejectedToken();
            }
            String meaning = why == null ? jdaMessage.lines().reduce((first, last) -> last).orElse("")
                    : why.getCode() + " " + why.getMeaning();
            return DiscordStartupException.refused(meaning);
        }
    }
}
