package dev.careermentor.discord;

import static dev.careermentor.discord.EndToEnd.WAIT;
import static dev.careermentor.discord.EndToEnd.assertNoPings;
import static dev.careermentor.discord.EndToEnd.await;
import static dev.careermentor.discord.EndToEnd.customId;
import static dev.careermentor.discord.EndToEnd.isEphemeral;
import static dev.careermentor.discord.EndToEnd.newMember;
import static dev.careermentor.discord.EndToEnd.threadNamed;
import static dev.careermentor.discord.EndToEnd.title;
import static dev.careermentor.discord.fake.FakeDiscord.ADMIN_ID;
import static dev.careermentor.discord.fake.FakeDiscord.CHANNEL_ID;
import static dev.careermentor.discord.fake.FakeDiscord.SECOND_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.BotRuntime;
import dev.careermentor.discord.ask.FeedbackIds;
import dev.careermentor.discord.fake.FakeDiscord;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.ReminderRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing amplified, every input checked, and the small things members notice: a flood gets one
 * notice and its answers in order, forged options and hostile text change nothing, lengths are
 * counted as members count them, times name their zone, and replies for one person are private.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordInputEndToEndTest {

    /** Sixteen follow-ups, each a card's own question, so each answer's title says which one it answers. */
    private static final List<String> FLOOD = List.of("What is a list comprehension?", "What is debugging?",
            "What is a design pattern?", "What is a generator in Python?", "What is object-oriented programming?",
            "What is machine learning?", "What is an ORM?", "What is NoSQL?", "What is SQL?", "What is DNS?",
            "What is CI/CD?", "What is a freelancer?", "What is PEP 8?", "What is pip?", "What is a cron job?",
            "What is a Python script?");

    private FakeDiscord discord;
    private BotRuntime bot;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        discord = FakeDiscord.start();
        bot = EndToEnd.startBot(discord, dir, Map.of()); // the default question bucket: five in a row, one per 15 s
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
        discord.close();
    }

    private static JsonNode data(FakeDiscord.Request callback) {
        return callback.json().path("data");
    }

    @Test
    void aFloodOfSixteenFollowUpsGetsOneNoticeAndItsAnswersInTheOrderAsked() {
        long member = newMember();
        discord.messageCreate(CHANNEL_ID, member, "What is a unit test?", true);
        long thread = threadNamed(discord, "What is a unit test?"::equals);
        discord.awaitMessageIn(thread, WAIT);

        FLOOD.forEach(question -> discord.messageCreate(thread, member, question, false));
        // Another member's question after the flood is answered after it: when it arrives, the flood is done.
        discord.messageCreate(thread, newMember(), "What is version control?", false);

        List<JsonNode> posts = await(() -> {
            List<JsonNode> all = discord.messagesIn(thread);
            return title(all.get(all.size() - 1)).equals("What is version control?") ? all : null;
        });
        List<JsonNode> replies = posts.subList(1, posts.size() - 1);
        List<JsonNode> notices = replies.stream().filter(m -> title(m).isEmpty()).toList();
        List<Integer> answered = replies.stream().filter(m -> !title(m).isEmpty()).map(m -> FLOOD.indexOf(title(m))).toList();
        assertThat(notices).as("one slow-down for the whole flood").singleElement()
                .satisfies(n -> assertThat(n.path("content").asText()).matches("Slow down a little: try again in \\d+ s\\."));
        assertThat(answered).as("the questions the member had left, then no more, in the order asked")
                .startsWith(0, 1, 2, 3).doesNotContain(-1).doesNotHaveDuplicates().isSorted();
        assertThat(replies.indexOf(notices.get(0))).as("the notice answers the first question over the limit")
                .isEqualTo(4);
    }

    @Test
    void aFollowUpTypedBeforeTheFirstAnswerArrivedIsAnsweredAfterIt() {
        // Discord fails the first answer twice, so it arrives only after pauses of 0.5 and 1 s.
        discord.failNext(r -> r.method().equals("POST") && r.path().matches("channels/\\d+/messages")
                && r.body().contains("What is a design pattern?"), 500, 2);
        long member = newMember();
        discord.messageCreate(CHANNEL_ID, member, "What is a design pattern?", true);
        long thread = threadNamed(discord, "What is a design pattern?"::equals);

        discord.messageCreate(thread, member, "What is debugging?", false);

        List<JsonNode> answers = await(() -> discord.messagesIn(thread).size() >= 2 ? discord.messagesIn(thread) : null);
        assertThat(answers).extracting(EndToEnd::title).containsExactly("What is a design pattern?", "What is debugging?");
    }

    @Test
    void aForgedOptionValueIsRefusedWithAMessageAndChangesNothing() {
        long member = newMember();

        FakeDiscord.Request maybe = discord.awaitCallback(
                discord.slashSubcommand(member, "challenge", "remind", Map.of("mode", "maybe")), WAIT);
        FakeDiscord.Request days = discord.awaitCallback(
                discord.slashSubcommand(ADMIN_ID, "mentor", "stats", Map.of("days", 5000L)), WAIT);
        FakeDiscord.Request period = discord.awaitCallback(
                discord.slashCommand(member, "leaderboard", Map.of("period", "year")), WAIT);

        assertThat(data(maybe).path("content").asText()).isEqualTo("`maybe` is not a choice for `mode`: use on or off.");
        assertThat(isEphemeral(data(maybe))).isTrue();
        StudyGroup track = bot.studyGroups().service().personalTrack(member);
        assertThat(new ReminderRepository(bot.app().database()).find(track.id(), member)).as("reminders stay off").isEmpty();
        assertThat(data(days).path("content").asText()).isEqualTo("`days` must be between 1 and 3,650, not 5000.");
        assertThat(data(days).path("embeds")).as("no stats, rather than stats for a clamped period").isEmpty();
        assertThat(data(period).path("content").asText())
                .isEqualTo("`year` is not a choice for `period`: use this week, this month or all time.");
    }

    @Test
    void hostileTextInAMentionIsNotShownAsTheBotsOwn() {
        discord.messageCreate(CHANNEL_ID, newMember(),
                "@everyone FREE NITRO at http://example.com/nitro <@&" + FakeDiscord.ADMIN_ROLE_ID + "> what is a code review?",
                true);

        long thread = threadNamed(discord, name -> name.contains("what is a code review?"));
        JsonNode answer = discord.awaitMessageIn(thread, WAIT);

        String name = discord.threads().stream().filter(t -> t.path("id").asLong() == thread).findFirst().orElseThrow()
                .path("name").asText();
        assertThat(name).doesNotContain("@everyone", "http", "example.com", "<@&");
        assertThat(title(answer)).as("the bot's own words (a card's question or a refusal)").isNotBlank()
                .doesNotContain("FREE NITRO", "everyone", "example.com");
        assertThat(answer.toString()).doesNotContain("FREE NITRO", "example.com");
        discord.requestsMatching(r -> r.method().equals("POST") && r.path().equals("channels/" + thread + "/messages"))
                .forEach(r -> assertNoPings(r.json()));
    }

    @Test
    void controlBidiAndZeroWidthCharactersAreRemovedFromWhatTheBotEchoes() {
        discord.messageCreate(CHANNEL_ID, newMember(), "what\u0007 is\u202E a\u200B generator\u2066 in\uFEFF Python?", true);

        long thread = threadNamed(discord, name -> name.contains("generator"));

        JsonNode threadJson = discord.threads().stream().filter(t -> t.path("id").asLong() == thread).findFirst()
                .orElseThrow();
        assertThat(threadJson.path("name").asText()).isEqualTo("what is a generator in Python?");
        assertThat(title(discord.awaitMessageIn(thread, WAIT))).isEqualTo("What is a generator in Python?");
    }

    @Test
    void threeThousandEmojiAreThreeThousandCharacters() {
        String emoji = "😀".repeat(3_000);

        FakeDiscord.Request ask = discord.awaitCallback(discord.slashCommand(newMember(), "ask", Map.of("question", emoji)),
                WAIT);
        discord.messageCreate(CHANNEL_ID, newMember(), emoji, true);

        assertThat(data(ask).path("content").asText()).contains("3,000 characters").contains("1,000");
        assertThat(isEphemeral(data(ask))).isTrue();
        JsonNode notice = await(() -> discord.messagesIn(CHANNEL_ID).stream()
                .filter(m -> m.path("content").asText().startsWith("That question is")).findFirst().orElse(null));
        assertThat(notice.path("content").asText()).contains("3,000 characters");
        FakeDiscord.Request fewer = discord.awaitCallback(discord.slashCommand(newMember(), "ask",
                Map.of("question", "😀".repeat(900) + " what is pip?")), WAIT);
        assertThat(data(fewer).toString()).as("913 characters, though 1,813 UTF-16 units").doesNotContain("characters long");
    }

    @Test
    void anEmptyAskGetsAPrivateHint() {
        FakeDiscord.Request reply = discord.awaitCallback(
                discord.slashCommand(newMember(), "ask", Map.of("question", "  \u200B ")), WAIT);

        assertThat(isEphemeral(data(reply))).isTrue();
        assertThat(data(reply).path("content").asText()).contains("Ask me a question");
        assertThat(data(reply).path("embeds")).isEmpty();
    }

    @Test
    void timesNameTheirZoneAndCountsArePlural() {
        long member = newMember();

        FakeDiscord.Request utc = discord.awaitCallback(
                discord.slashSubcommand(member, "challenge", "remind", Map.of("mode", "on")), WAIT);
        FakeDiscord.Request chatham = discord.awaitCallback(discord.slashSubcommand(member, "challenge", "remind",
                Map.of("mode", "on", "time", "8:07", "timezone", "Pacific/Chatham")), WAIT);

        assertThat(data(utc).path("content").asText()).contains("**18:00 UTC**").doesNotContain(" Z");
        assertThat(data(chatham).path("content").asText()).contains("**08:07 Pacific/Chatham**");

        JsonNode answer = discord.awaitOriginalMessage(discord.slashCommand(newMember(), "ask",
                Map.of("question", "What is pip?")), WAIT);
        long answerId = FeedbackIds.parse(customId(answer, id -> FeedbackIds.parse(id).isPresent(), "feedback"))
                .orElseThrow().answerId();
        FakeDiscord.Interaction comment = discord.modalSubmit(member, FeedbackIds.id(FeedbackIds.Action.MISSING, answerId),
                Map.of("missing", "How to pin versions."));
        discord.awaitCallback(comment, WAIT);
        FakeDiscord.Request stats = discord.awaitCallback(
                discord.slashSubcommand(ADMIN_ID, "mentor", "stats", Map.of("days", 1L)), WAIT);

        JsonNode embed = data(stats).path("embeds").path(0);
        assertThat(embed.path("title").asText()).isEqualTo("Career Mentor — last 1 day");
        assertThat(embed.path("description").asText()).endsWith("· 1 comment");
    }

    @Test
    void changingAStudyGroupsTimeAnswersTheAdminPrivatelyAndPostsOnlyAShortNote() {
        FakeDiscord.Request setup = discord.awaitCallback(discord.slashSubcommand(ADMIN_ID, "studygroup", "setup",
                Map.of("channel", SECOND_CHANNEL_ID, "time", "09:00", "timezone", "UTC")), WAIT);
        FakeDiscord.Request change = discord.awaitCallback(discord.slashSubcommand(ADMIN_ID, "studygroup", "setup",
                Map.of("channel", SECOND_CHANNEL_ID, "time", "18:30", "timezone", "Europe/Berlin")), WAIT);
        FakeDiscord.Request same = discord.awaitCallback(discord.slashSubcommand(ADMIN_ID, "studygroup", "setup",
                Map.of("channel", SECOND_CHANNEL_ID, "time", "18:30", "timezone", "Europe/Berlin")), WAIT);

        assertThat(List.of(setup, change, same)).allSatisfy(reply -> assertThat(isEphemeral(data(reply))).isTrue());
        assertThat(data(setup).path("content").asText()).contains("09:00 UTC");
        assertThat(data(change).path("content").asText()).contains("18:30 Europe/Berlin");
        // The channel hears of a new group once; a change of time is a short note, and no change says nothing.
        List<String> posts = discord.messagesIn(SECOND_CHANNEL_ID).stream().map(m -> m.path("content").asText())
                .filter(text -> !text.isEmpty()).toList();
        assertThat(posts).filteredOn(text -> text.contains("now a study group")).singleElement()
                .satisfies(text -> assertThat(text).contains("09:00 UTC"));
        assertThat(posts).filteredOn(text -> text.contains("New time")).containsExactly(
                "🗓️ New time for the daily challenge: 18:30 Europe/Berlin.");
    }
}
