package dev.careermentor.discord;

import static dev.careermentor.discord.EndToEnd.customId;
import static dev.careermentor.discord.fake.FakeDiscord.ADMIN_ID;
import static dev.careermentor.discord.fake.FakeDiscord.CHANNEL_ID;
import static dev.careermentor.discord.fake.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.BotRuntime;
import dev.careermentor.Config;
import dev.careermentor.TestKnowledge;
import dev.careermentor.discord.fake.FakeDiscord;
import dev.careermentor.discord.practice.PracticeIds;
import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.PracticeItem;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.progress.GroupMonthPicture;
import dev.careermentor.studygroup.progress.ProgressPicture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learning loop through the whole bot, with the real JDA, against the Discord-compatible test
 * server: "Practice this" under an answer, /practice answered with a button, /progress with its PNG
 * uploaded as a multipart attachment, and the month leaderboard with the group's picture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class PracticeAndProgressEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final AtomicLong NEXT_MEMBER = new AtomicLong(1300000000000007000L);

    private FakeDiscord discord;
    private BotRuntime bot;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        TestKnowledge.seedVectorCache(dir);
        discord = FakeDiscord.start();
        bot = BotRuntime.start(Config.from(Map.of(
                "DISCORD_TOKEN", FakeDiscord.TOKEN,
                "DISCORD_API_BASE_URL", discord.restBaseUrl(),
                "DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                "DISCORD_DEV_GUILD", Long.toString(GUILD_ID),
                "MENTOR_DATA_DIR", dir.toString(),
                "MENTOR_KNOWLEDGE_DIR", "knowledge")));
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
        discord.close();
    }

    private static long newMember() {
        return NEXT_MEMBER.incrementAndGet();
    }

    @Test
    void registersPracticeAndProgress() {
        JsonNode commands = discord.registeredCommands(WAIT);
        List<String> names = new ArrayList<>();
        commands.forEach(c -> names.add(c.path("name").asText()));
        assertThat(names).contains("practice", "progress", "leaderboard");
    }

    @Test
    void practiceThisUnderAnAnswerGivesAChallengeOnThatTopicAndItsAnswerIsScheduledForReview() {
        long member = newMember();
        JsonNode answer = discord.awaitOriginalMessage(discord.slashCommand(member, "ask",
                Map.of("question", "What does the Coverage tool do?")), WAIT);
        String practiceThis = customId(answer, id -> PracticeIds.parse(id).filter(p -> p instanceof PracticeIds.ThisTopic)
                .isPresent(), "Practice this");
        String cardId = ((PracticeIds.ThisTopic) PracticeIds.parse(practiceThis).orElseThrow()).cardId();
        assertThat(cardId).startsWith("testing/");

        FakeDiscord.Request reply = discord.awaitCallback(discord.button(member, answer, practiceThis), WAIT);

        JsonNode data = reply.json().path("data");
        assertThat(data.path("flags").asInt() & 64).as("private").isNotZero();
        assertThat(data.path("embeds").get(0).path("title").asText()).isEqualTo("Practice · Testing");
        JsonNode challengeMessage = discord.awaitOriginalMessage(discordInteraction(reply), WAIT);
        String button = customId(challengeMessage, id -> PracticeIds.parse(id)
                .filter(p -> p instanceof PracticeIds.Pick || p instanceof PracticeIds.Answer).isPresent(), "an answer button");
        PracticeIds.PracticeId parsed = PracticeIds.parse(button).orElseThrow();
        long itemId = parsed instanceof PracticeIds.Pick pick ? pick.itemId() : ((PracticeIds.Answer) parsed).itemId();
        PracticeItem item = bot.studyGroups().sessions().item(itemId).orElseThrow();
        Challenge challenge = bot.studyGroups().sessions().challengeOf(item).orElseThrow();
        assertThat(challenge.topic()).as("the topic of the card that answered").isEqualTo("testing");
        assertThat(item.userId()).isEqualTo(member);

        FakeDiscord.Request result;
        if (PracticeIds.parse(button).orElseThrow() instanceof PracticeIds.Pick) {
            result = discord.awaitCallback(discord.button(member, challengeMessage, button), WAIT);
        } else {
            FakeDiscord.Request form = discord.awaitCallback(discord.button(member, challengeMessage, button), WAIT);
            assertThat(form.json().path("type").asInt()).isEqualTo(9);
            result = discord.awaitCallback(discord.modalSubmit(member, form.json().path("data").path("custom_id").asText(),
                    Map.of("answer", "coverage")), WAIT);
        }
        assertThat(result.json().toString()).containsAnyOf("Correct", "Not quite", "Submitted")
                .contains("comes back for review");
        assertThat(bot.studyGroups().store().reviews().find(member, challenge.id())).isPresent();
    }

    @Test
    void progressRepliesWithAnEmbedAndItsPictureUploadedAsAMultipartAttachment() throws IOException {
        long member = newMember();
        FakeDiscord.Interaction progress = discord.slashCommand(member, "progress", Map.of());

        FakeDiscord.Request callback = discord.awaitCallback(progress, WAIT);

        assertThat(callback.headers().get("content-type")).startsWith("multipart/form-data");
        JsonNode data = callback.json().path("data");
        assertThat(data.path("flags").asInt() & 64).as("private").isNotZero();
        JsonNode embed = data.path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Your progress on the roadmap");
        assertThat(embed.path("description").asText()).contains("What Python is").contains("Other Python careers");
        assertThat(embed.path("image").path("url").asText()).isEqualTo("attachment://" + ProgressPicture.FILE_NAME);
        JsonNode message = discord.awaitOriginalMessage(progress, WAIT);
        JsonNode attachment = message.path("attachments").get(0);
        assertThat(attachment.path("filename").asText()).isEqualTo(ProgressPicture.FILE_NAME);
        assertThat(attachment.path("size").asInt()).isBetween(1_000, 200 * 1024);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(discord.attachmentBytes(attachment.path("id").asText())));
        assertThat(picture.getWidth()).isEqualTo(760);
    }

    @Test
    void theMonthLeaderboardAttachesTheGroupsPicture() throws IOException {
        String now = ZonedDateTime.now(ZoneOffset.UTC).toLocalTime().withSecond(0).withNano(0).toString();
        discord.awaitCallback(discord.slashSubcommand(ADMIN_ID, "studygroup", "setup",
                Map.of("channel", CHANNEL_ID, "time", now, "timezone", "UTC")), WAIT);
        StudyGroup group = bot.studyGroups().service().forChannel(CHANNEL_ID).orElseThrow();
        // Today's challenge, recorded as the dispatcher would, and two members' answers to it.
        var posts = bot.studyGroups().store().posts();
        Post post = posts.claim(group.id(), group.schedule().dateAt(java.time.Instant.now()),
                bot.app().challenges().current().all().get(0).id(), "test", false).post();
        posts.markSent(post.id(), 1L);
        long first = newMember();
        bot.studyGroups().practice().answer(group, post.id(), first, "0", 0);
        bot.studyGroups().practice().answer(group, post.id(), newMember(), "1", 0);

        FakeDiscord.Interaction leaderboard = discord.slashCommand(newMember(), "leaderboard", Map.of("period", "month"));
        FakeDiscord.Request callback = discord.awaitCallback(leaderboard, WAIT);

        assertThat(callback.headers().get("content-type")).startsWith("multipart/form-data");
        JsonNode embed = callback.json().path("data").path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("🏆 Leaderboard · this month");
        assertThat(embed.path("image").path("url").asText()).isEqualTo("attachment://" + GroupMonthPicture.FILE_NAME);
        JsonNode attachment = discord.awaitOriginalMessage(leaderboard, WAIT).path("attachments").get(0);
        assertThat(attachment.path("filename").asText()).isEqualTo(GroupMonthPicture.FILE_NAME);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(discord.attachmentBytes(attachment.path("id").asText())));
        assertThat(picture.getHeight()).as("two members' rows").isEqualTo(56 + 2 * 21 + 40);

        FakeDiscord.Request week = discord.awaitCallback(discord.slashCommand(newMember(), "leaderboard", Map.of()), WAIT);
        assertThat(week.headers().get("content-type")).as("the weekly board has no picture").startsWith("application/json");
    }

    /** The interaction a callback answered (its id and token are in the callback's path). */
    private FakeDiscord.Interaction discordInteraction(FakeDiscord.Request callback) {
        String[] parts = callback.path().split("/");
        return new FakeDiscord.Interaction(parts[1], parts[2], null);
    }
}
