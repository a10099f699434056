package dev.careermentor.discord;

import static dev.careermentor.discord.EndToEnd.WAIT;
import static dev.careermentor.discord.EndToEnd.await;
import static dev.careermentor.discord.EndToEnd.customId;
import static dev.careermentor.discord.EndToEnd.isEphemeral;
import static dev.careermentor.discord.EndToEnd.newMember;
import static dev.careermentor.discord.EndToEnd.threadNamed;
import static dev.careermentor.discord.EndToEnd.title;
import static dev.careermentor.discord.fake.FakeDiscord.CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.BotRuntime;
import dev.careermentor.discord.ask.FeedbackIds;
import dev.careermentor.discord.ask.TryAgain;
import dev.careermentor.discord.fake.FakeDiscord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: when Discord fails a send with a server error, the bot retries it (without posting
 * it twice), and when Discord keeps failing, it tells the member where they asked and keeps the
 * answer for "Try again" or the same question asked again. A failed first response to an
 * interaction falls back to the interaction's webhook.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordFaultsEndToEndTest {

    private FakeDiscord discord;
    private BotRuntime bot;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        discord = FakeDiscord.start();
        bot = EndToEnd.startBot(discord, dir, Map.of());
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
        discord.close();
    }

    /** A message the bot posts in a channel or thread whose body contains {@code text}. */
    private static Predicate<FakeDiscord.Request> postContaining(String text) {
        return r -> r.method().equals("POST") && r.path().matches("channels/\\d+/messages") && r.body().contains(text);
    }

    private static long feedbackAnswerId(JsonNode message) {
        return FeedbackIds.parse(customId(message, id -> FeedbackIds.parse(id).isPresent(), "a feedback button"))
                .orElseThrow().answerId();
    }

    @Test
    void anAnswerWhoseResponseWasLostIsRetriedAndPostedOnce() {
        // Discord stores the answer but the bot gets a 500: the retry carries the same nonce, so Discord keeps one.
        discord.failNextAfterProcessing(postContaining("What is a cron job?"), 500, 1);

        discord.messageCreate(CHANNEL_ID, newMember(), "What is a cron job?", true);

        long thread = threadNamed(discord, "What is a cron job?"::equals);
        List<FakeDiscord.Request> attempts = await(() -> {
            List<FakeDiscord.Request> posts = discord.requestsMatching(postContaining("What is a cron job?"));
            return posts.size() == 2 ? posts : null;
        });
        assertThat(attempts).extracting(discord::statusOf).containsExactly(500, 200);
        assertThat(attempts.get(1).json().path("nonce")).isEqualTo(attempts.get(0).json().path("nonce"));
        assertThat(attempts.get(1).json().path("enforce_nonce").asBoolean()).isTrue();
        assertThat(discord.messagesIn(thread)).singleElement().satisfies(m -> assertThat(title(m)).isEqualTo("What is a cron job?"));
    }

    @Test
    void anAnswerDiscordKeepsFailingIsKeptAndTryAgainPostsItInTheThread() {
        discord.failNext(postContaining("What is DNS?"), 500, Retry.SEND.attempts());
        long member = newMember();

        discord.messageCreate(CHANNEL_ID, member, "What is DNS?", true);

        long thread = threadNamed(discord, "What is DNS?"::equals);
        JsonNode notice = discord.awaitMessageIn(thread, WAIT);
        assertThat(notice.path("content").asText()).contains("Discord didn't take my answer").contains("Try again");
        List<FakeDiscord.Request> attempts = discord.requestsMatching(postContaining("What is DNS?"));
        assertThat(attempts).hasSize(Retry.SEND.attempts()).allSatisfy(a -> assertThat(discord.statusOf(a)).isEqualTo(500));
        for (int i = 1; i < attempts.size(); i++) {
            assertThat(Duration.ofNanos(discord.receivedNanos(attempts.get(i)) - discord.receivedNanos(attempts.get(i - 1))))
                    .as("pause before attempt %d", i + 1).isGreaterThanOrEqualTo(Retry.SEND.pauseAfter(i));
        }
        assertThat(discord.messagesIn(CHANNEL_ID)).as("nothing in the channel where the thread was opened")
                .noneSatisfy(m -> assertThat(m.toString()).containsAnyOf("DNS", "Sorry", "Try again"));

        String tryAgain = customId(notice, id -> id.contains(TryAgain.FEATURE), "Try again");
        FakeDiscord.Request pressed = discord.awaitCallback(discord.button(member, notice, tryAgain), WAIT);

        assertThat(pressed.json().path("type").asInt()).as("the notice is replaced by the answer").isEqualTo(7);
        JsonNode answer = discord.message(notice.path("id").asLong());
        assertThat(title(answer)).isEqualTo("What is DNS?");
        assertThat(answer.path("content").asText()).isEmpty();
        assertThat(feedbackAnswerId(answer)).as("the kept answer, not a new one")
                .isEqualTo(feedbackAnswerId(attempts.get(0).json()));
        assertThat(discord.messagesIn(thread)).hasSize(1);
    }

    @Test
    void askingTheSameQuestionAgainAfterALostAnswerReturnsTheKeptAnswer() {
        discord.failNext(postContaining("What is churn?"), 500, Retry.SEND.attempts());
        long member = newMember();
        discord.messageCreate(CHANNEL_ID, member, "What is churn?", true);
        long thread = threadNamed(discord, "What is churn?"::equals);
        discord.awaitMessageIn(thread, WAIT); // the notice
        long lostAnswer = feedbackAnswerId(discord.requestsMatching(postContaining("What is churn?")).get(0).json());

        discord.messageCreate(thread, member, "What is churn?", false);

        JsonNode answer = await(() -> discord.messagesIn(thread).size() >= 2 ? discord.messagesIn(thread).get(1) : null);
        assertThat(title(answer)).isEqualTo("What is churn?");
        assertThat(feedbackAnswerId(answer)).as("the kept answer, not a new one").isEqualTo(lostAnswer);
    }

    @Test
    void aServerErrorOnTheFirstResponseToAskFallsBackToTheInteractionsWebhook() {
        discord.failNextAfterProcessing(r -> r.path().matches("interactions/\\d+/[^/]+/callback")
                && r.body().contains("What is PEP 8?"), 500, 1);

        FakeDiscord.Interaction ask = discord.slashCommand(newMember(), "ask", Map.of("question", "What is PEP 8?"));

        assertThat(discord.statusOf(discord.awaitCallback(ask, WAIT))).isEqualTo(500);
        JsonNode answer = discord.awaitOriginalMessage(ask, WAIT);
        assertThat(title(answer)).isEqualTo("What is PEP 8?");
        assertThat(isEphemeral(answer)).as("public, as the answer was meant to be").isFalse();
        FakeDiscord.Request followUp = discord.awaitRequest(r -> r.method().equals("POST")
                && r.path().endsWith("/" + ask.token()) && r.path().startsWith("webhooks/"), WAIT);
        assertThat(discord.statusOf(followUp)).isEqualTo(200);
    }

    @Test
    void aPrivateReplyWhoseFirstResponseFailedStaysPrivate() {
        discord.failNextAfterProcessing(r -> r.path().matches("interactions/\\d+/[^/]+/callback")
                && r.body().contains("Mention me in a channel"), 500, 1);

        FakeDiscord.Interaction help = discord.slashCommand(newMember(), "help", Map.of());

        JsonNode reply = discord.awaitOriginalMessage(help, WAIT);
        assertThat(reply.path("content").asText()).contains("Career Mentor");
        assertThat(isEphemeral(reply)).isTrue();
    }
}
