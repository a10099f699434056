package dev.careermentor.discord;

import static dev.careermentor.discord.EndToEnd.await;
import static dev.careermentor.discord.EndToEnd.customId;
import static dev.careermentor.discord.fake.FakeDiscord.ADMIN_ID;
import static dev.careermentor.discord.fake.FakeDiscord.CHANNEL_ID;
import static dev.careermentor.discord.fake.FakeDiscord.GUILD_ID;
import static dev.careermentor.discord.fake.FakeDiscord.MEMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.BotRuntime;
import dev.careermentor.Config;
import dev.careermentor.TestKnowledge;
import dev.careermentor.discord.ask.FeedbackIds;
import dev.careermentor.discord.ask.RelatedIds;
import dev.careermentor.discord.fake.FakeDiscord;
import dev.careermentor.discord.studygroup.ChallengeIds;
import dev.careermentor.questions.FeedbackRepository;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.PostRepository;
import dev.careermentor.studygroup.store.ScheduleRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole bot, with the real JDA, against a Discord-compatible server on 127.0.0.1: REST over HTTP
 * and the gateway over a zlib-compressed WebSocket. Each test uses its own member, so the member's
 * question bucket only matters where it is the subject; the slow-down itself is tested on a second
 * bot whose bucket holds one question.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final AtomicLong NEXT_MEMBER = new AtomicLong(1300000000000000900L);

    private Path dataDir;

    private FakeDiscord discord;
    private BotRuntime bot;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        dataDir = dir;
        discord = FakeDiscord.start();
        bot = startBot(discord, dataDir, Map.of()); // the default question bucket
    }

    /** The bot on {@code server}, with its data in {@code dir} and the given settings added. */
    private static BotRuntime startBot(FakeDiscord server, Path dir, Map<String, String> settings) throws Exception {
        TestKnowledge.seedVectorCache(dir);
        Map<String, String> environment = new HashMap<>(Map.of(
                "DISCORD_TOKEN", FakeDiscord.TOKEN,
                "DISCORD_API_BASE_URL", server.restBaseUrl(),
                "DISCORD_GATEWAY_URL", server.gatewayUrl(),
                "DISCORD_DEV_GUILD", Long.toString(GUILD_ID),
                "MENTOR_DATA_DIR", dir.toString(),
                "MENTOR_KNOWLEDGE_DIR", "knowledge"));
        environment.putAll(settings);
        return BotRuntime.start(Config.from(environment), List.of(new ExplodingCommand()));
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

    private static String callbackText(FakeDiscord.Request callback) {
        return callback.json().toString();
    }

    private static void assertNoPings(JsonNode payload) {
        JsonNode allowed = payload.path("allowed_mentions");
        assertThat(allowed.isMissingNode()).as("allowed_mentions present in %s", payload).isFalse();
        assertThat(allowed.path("parse")).as("nothing parsed for pings").isEmpty();
        assertThat(allowed.path("roles")).isEmpty();
        assertThat(allowed.path("users")).isEmpty();
    }

    @Test
    void registersTheCommandsOnTheDevelopmentGuildWithManageServerWhereNeeded() {
        JsonNode commands = discord.registeredCommands(WAIT);

        List<String> names = StreamSupport.stream(commands.spliterator(), false).map(c -> c.path("name").asText()).toList();
        assertThat(names).contains("ask", "topics", "help", "mentor", "studygroup", "challenge", "streak", "leaderboard");
        for (JsonNode command : commands) {
            String name = command.path("name").asText();
            if (name.equals("mentor") || name.equals("studygroup")) {
                assertThat(command.path("default_member_permissions").asText()).isEqualTo("32");
            }
        }
        assertThat(discord.requestsMatching(r -> r.path().startsWith("applications/") && r.method().equals("PUT")))
                .allSatisfy(r -> assertThat(r.path()).contains("/guilds/" + GUILD_ID + "/commands"));
        JsonNode identify = discord.awaitIdentify(WAIT);
        long intents = identify.path("d").path("intents").asLong(identify.path("intents").asLong());
        assertThat(intents & (1 << 9)).as("GUILD_MESSAGES").isNotZero();
        assertThat(intents & (1 << 15)).as("MESSAGE_CONTENT").isNotZero();
        assertThat(intents & (1 << 1)).as("GUILD_MEMBERS is not requested").isZero();
    }

    @Test
    void askAnswersPubliclyWithSourcesAndFeedbackButtons() {
        FakeDiscord.Interaction ask = discord.slashCommand(newMember(), "ask",
                Map.of("question", "Where can I find freelance Python work?"));

        FakeDiscord.Request callback = discord.awaitCallback(ask, WAIT);
        JsonNode data = callback.json().path("data");
        assertThat(callback.json().path("type").asInt()).isEqualTo(4);
        assertThat(data.path("flags").asInt() & 64).as("public, not ephemeral").isZero();
        JsonNode embed = data.path("embeds").get(0);
        assertThat(embed.path("description").asText()).contains("Upwork");
        assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("Sources");
        assertThat(embed.path("fields").get(0).path("value").asText()).contains("freelancing/finding-clients.md");
        assertThat(data.path("components").toString()).contains("feedback:up:").contains("feedback:down:");
        assertNoPings(data);
    }

    @Test
    void theAnswerIsTitledWithTheCardsQuestionAndARelatedQuestionButtonAnswersPrivately() {
        FakeDiscord.Interaction spam = discord.slashCommand(newMember(), "ask",
                Map.of("question", "@everyone FREE NITRO at http://example.com what happens in the HR interview"));
        assertThat(discord.awaitOriginalMessage(spam, WAIT).toString()).doesNotContain("FREE NITRO").doesNotContain("example.com");
        FakeDiscord.Interaction ask = discord.slashCommand(newMember(), "ask", Map.of("question", "hr round, what do they ask?"));
        JsonNode answer = discord.awaitOriginalMessage(ask, WAIT);
        assertThat(answer.path("embeds").get(0).path("title").asText()).isEqualTo("What happens in the HR interview?");
        String related = customId(answer, id -> RelatedIds.parse(id).isPresent(), "a related question");

        FakeDiscord.Interaction click = discord.button(newMember(), answer, related);
        FakeDiscord.Request reply = discord.awaitCallback(click, WAIT);

        assertThat(reply.json().path("data").path("flags").asInt() & 64).as("answered privately").isNotZero();
        String card = RelatedIds.parse(related).orElseThrow();
        assertThat(reply.json().path("data").path("embeds").get(0).path("fields").get(0).path("value").asText())
                .contains(card + ".md");
    }

    @Test
    void aThumbsUpIsRecordedOncePerMemberAndSurvivesInTheDatabase() {
        long asker = newMember();
        FakeDiscord.Interaction ask = discord.slashCommand(asker, "ask", Map.of("question", "What is an ORM?"));
        JsonNode answer = discord.awaitOriginalMessage(ask, WAIT);
        String upId = feedbackButton(answer, FeedbackIds.Action.UP);
        long answerId = FeedbackIds.parse(upId).orElseThrow().answerId();
        long voter = newMember();

        FakeDiscord.Interaction up = discord.button(voter, answer, upId);
        FakeDiscord.Request thanks = discord.awaitCallback(up, WAIT);
        FakeDiscord.Interaction again = discord.button(voter, answer, upId);
        FakeDiscord.Request repeated = discord.awaitCallback(again, WAIT);

        assertThat(thanks.json().path("data").path("flags").asInt() & 64).as("ephemeral").isNotZero();
        assertThat(callbackText(thanks)).contains("👍");
        assertThat(callbackText(repeated)).contains("You already voted 👍").doesNotContain("Changed your vote");
        FeedbackRepository feedback = new FeedbackRepository(bot.app().database(), bot.app().clock());
        assertThat(feedback.find(answerId, voter)).contains(new FeedbackRepository.Entry(1, null));

        FakeDiscord.Interaction down = discord.button(voter, answer, feedbackButton(answer, FeedbackIds.Action.DOWN));
        discord.awaitCallback(down, WAIT);
        JsonNode changed = discord.awaitOriginalMessage(down, WAIT);
        assertThat(changed.path("content").asText()).startsWith("Changed your vote to 👎");
        assertThat(feedback.find(answerId, voter)).contains(new FeedbackRepository.Entry(-1, null));
    }

    @Test
    void aThumbsDownAsksWhatWasMissingAndRecordsTheReply() {
        FakeDiscord.Interaction ask = discord.slashCommand(newMember(), "ask", Map.of("question", "Which CI/CD tools should I know?"));
        JsonNode answer = discord.awaitOriginalMessage(ask, WAIT);
        String downId = feedbackButton(answer, FeedbackIds.Action.DOWN);
        long answerId = FeedbackIds.parse(downId).orElseThrow().answerId();
        long voter = newMember();

        FakeDiscord.Interaction down = discord.button(voter, answer, downId);
        FakeDiscord.Request deferred = discord.awaitCallback(down, WAIT);
        assertThat(deferred.json().path("data").path("flags").asInt() & 64).as("acknowledged privately").isNotZero();
        FakeDiscord.Request followUpPost = discord.awaitRequest(r -> r.method().equals("POST")
                && r.path().startsWith("webhooks/") && r.path().endsWith("/" + down.token()), WAIT);
        assertThat(followUpPost.json().path("flags").asInt() & 64).as("sent as an ephemeral follow-up").isNotZero();
        JsonNode followUp = discord.awaitOriginalMessage(down, WAIT); // Discord shows it in place of "thinking…"
        assertThat(followUp.path("content").asText()).contains("What was missing");
        assertThat(followUp.path("flags").asInt() & 64).as("an ephemeral follow-up").isNotZero();

        String whyId = feedbackButton(followUp, FeedbackIds.Action.WHY);
        assertThat(FeedbackIds.parse(whyId)).contains(new FeedbackIds.Parsed(FeedbackIds.Action.WHY, answerId));
        FakeDiscord.Interaction tell = discord.button(voter, followUp, whyId);
        FakeDiscord.Request modal = discord.awaitCallback(tell, WAIT);
        assertThat(modal.json().path("type").asInt()).as("a modal").isEqualTo(9);
        String formId = modal.json().path("data").path("custom_id").asText();
        assertThat(FeedbackIds.parse(formId)).contains(new FeedbackIds.Parsed(FeedbackIds.Action.MISSING, answerId));
        FakeDiscord.Interaction submit = discord.modalSubmit(voter, formId,
                Map.of("missing", "It did not say which CI tool to learn first."));
        assertThat(callbackText(discord.awaitCallback(submit, WAIT))).contains("Thank you");
        // A form opened before this release carries the unversioned id; it is still recorded.
        long earlierVoter = newMember();
        FakeDiscord.Interaction legacy = discord.modalSubmit(earlierVoter, "feedback:missing:" + answerId,
                Map.of("missing", "Nothing on GitHub Actions."));
        assertThat(callbackText(discord.awaitCallback(legacy, WAIT))).contains("Thank you");

        FeedbackRepository feedback = new FeedbackRepository(bot.app().database(), bot.app().clock());
        assertThat(feedback.find(answerId, voter)).contains(new FeedbackRepository.Entry(-1,
                "It did not say which CI tool to learn first."));
        assertThat(feedback.find(answerId, earlierVoter)).contains(new FeedbackRepository.Entry(-1,
                "Nothing on GitHub Actions."));
    }

    @Test
    void aMentionOpensAThreadAndAFollowUpThereUsesTheConversation() {
        long member = newMember();
        discord.messageCreate(CHANNEL_ID, member, "What happens in the HR interview?", true);

        JsonNode thread = await(() -> discord.threads().stream()
                .filter(t -> t.path("name").asText().startsWith("What happens in the HR interview")).findFirst().orElse(null));
        long threadId = thread.path("id").asLong();
        JsonNode first = discord.awaitMessageIn(threadId, WAIT);
        assertThat(first.toString()).contains("HR interview").contains("interviews/hr-interview.md");

        discord.messageCreate(threadId, member, "and the second one?", false);
        JsonNode second = await(() -> discord.messagesIn(threadId).size() >= 2 ? discord.messagesIn(threadId).get(1) : null);
        assertThat(second.path("embeds").get(0).path("description").asText()).startsWith("The technical interview");
        assertThat(discord.requestsMatching(r -> r.method().equals("POST") && r.path().equals("channels/" + threadId + "/messages")))
                .allSatisfy(r -> assertNoPings(r.json()));
    }

    /** A follow-up in the bot's thread is read against the conversation, for every kind of follow-up. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "ordinal       | Which Python web frameworks should I know? | tell me more about the second one | web-frameworks/what-is-django",
            "pronoun       | what is django?                             | who uses it?                      | web-frameworks/who-uses-django",
            "ellipsis      | is python used in finance?                  | and for games?                    | what-is-python/games",
            "why           | what happens in the technical interview?    | why the live exercise though?     | interviews/live-exercise",
            "clarification | what happens in the HR interview?           | sorry, i meant the technical one  | interviews/technical-interview",
            "switch        | how do I become a Python developer?         | unrelated: best pizza in Naples?  | -"})
    void aFollowUpInTheThreadIsReadAgainstTheConversation(String kind, String first, String followUp, String card) {
        long member = newMember();
        discord.messageCreate(CHANNEL_ID, member, first, true);
        JsonNode thread = await(() -> discord.threads().stream()
                .filter(t -> first.startsWith(t.path("name").asText())).findFirst().orElse(null));
        long threadId = thread.path("id").asLong();
        discord.awaitMessageIn(threadId, WAIT);

        discord.messageCreate(threadId, member, followUp, false);
        JsonNode reply = await(() -> discord.messagesIn(threadId).size() >= 2 ? discord.messagesIn(threadId).get(1) : null);

        JsonNode embed = reply.path("embeds").get(0);
        if (card.equals("-")) {
            assertThat(embed.path("title").asText()).isEqualTo("Not in my knowledge base");
        } else {
            assertThat(embed.path("fields").get(0).path("value").asText()).contains(card + ".md");
        }
    }

    @Test
    void aMentionInTheTextIsAnsweredEvenWhenTheMentionsArrayLacksTheBot() {
        discord.messageCreate(CHANNEL_ID, newMember(), "<@" + FakeDiscord.BOT_ID + "> where do companies post python jobs?",
                false);

        JsonNode thread = await(() -> discord.threads().stream()
                .filter(t -> t.path("name").asText().startsWith("where do companies post")).findFirst().orElse(null));
        assertThat(discord.awaitMessageIn(thread.path("id").asLong(), WAIT).toString()).contains("LinkedIn");
    }

    @Test
    void echoedMassMentionsNeverPing() {
        discord.messageCreate(CHANNEL_ID, newMember(), "@everyone @here <@&" + FakeDiscord.ADMIN_ROLE_ID
                + "> what is pytest?", true);

        JsonNode thread = await(() -> discord.threads().stream()
                .filter(t -> t.path("name").asText().contains("what is pytest")).findFirst().orElse(null));
        JsonNode reply = discord.awaitMessageIn(thread.path("id").asLong(), WAIT);

        assertThat(reply.path("mention_everyone").asBoolean()).isFalse();
        assertThat(reply.path("mention_roles")).isEmpty();
        discord.requestsMatching(r -> r.method().equals("POST") && r.path().equals("channels/" + thread.path("id").asText()
                + "/messages")).forEach(r -> assertNoPings(r.json()));
    }

    @Test
    void aMemberAsksThreeQuestionsInARowAMentionAFollowUpAndAskAndAllAreAnswered() {
        long member = newMember();
        discord.messageCreate(CHANNEL_ID, member, "What is a virtual environment?", true);
        JsonNode thread = await(() -> discord.threads().stream()
                .filter(t -> t.path("name").asText().startsWith("What is a virtual environment")).findFirst().orElse(null));
        long threadId = thread.path("id").asLong();
        discord.awaitMessageIn(threadId, WAIT);

        discord.messageCreate(threadId, member, "and how do I create one?", false);
        JsonNode followUp = await(() -> discord.messagesIn(threadId).size() >= 2 ? discord.messagesIn(threadId).get(1) : null);
        FakeDiscord.Request third = discord.awaitCallback(
                discord.slashCommand(member, "ask", Map.of("question", "What is pytest?")), WAIT);

        assertThat(followUp.toString()).doesNotContain("Slow down");
        assertThat(third.json().path("data").path("embeds").get(0).path("description").asText()).isNotBlank();
        assertThat(callbackText(third)).doesNotContain("Slow down");
    }

    /** A second bot whose question bucket holds one question, refilled every 30 s. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithABucketOfOneQuestion {

        private FakeDiscord discord;
        private BotRuntime bot;

        @BeforeAll
        void start(@TempDir Path dir) throws Exception {
            discord = FakeDiscord.start();
            bot = startBot(discord, dir, Map.of("MENTOR_QUESTION_BURST", "1", "MENTOR_QUESTION_REFILL_SECONDS", "30"));
        }

        @AfterAll
        void stop() {
            if (bot != null) {
                bot.close();
            }
            discord.close();
        }

        @Test
        void aSecondQuestionWithinTheCooldownGetsAFriendlyWait() {
            long member = newMember();
            discord.awaitCallback(discord.slashCommand(member, "ask", Map.of("question", "What is Git?")), WAIT);

            FakeDiscord.Request second = discord.awaitCallback(
                    discord.slashCommand(member, "ask", Map.of("question", "What is GitLab?")), WAIT);

            assertThat(second.json().path("data").path("content").asText()).matches("Slow down a little: try again in \\d+ s\\.");
            assertThat(second.json().path("data").path("flags").asInt() & 64).as("ephemeral").isNotZero();
        }
    }

    @Test
    void aFailingHandlerApologisesWithAnErrorIdAndTheBotCarriesOn() {
        FakeDiscord.Request apology = discord.awaitCallback(discord.slashCommand(newMember(), "explode", Map.of()), WAIT);
        assertThat(apology.json().path("data").path("content").asText())
                .matches("Sorry, something went wrong on my side\\. .*\\(error id `[0-9a-f]{8}`\\)");

        FakeDiscord.Request next = discord.awaitCallback(
                discord.slashCommand(newMember(), "ask", Map.of("question", "What is Flask?")), WAIT);
        assertThat(next.json().toString()).contains("Flask");
    }

    @Test
    void adminCommandsRequireManageServerWhenTheyRun() {
        FakeDiscord.Request refused = discord.awaitCallback(discord.slashSubcommand(MEMBER_ID, "mentor", "stats", Map.of()), WAIT);
        FakeDiscord.Request stats = discord.awaitCallback(discord.slashSubcommand(ADMIN_ID, "mentor", "stats", Map.of()), WAIT);

        assertThat(callbackText(refused)).contains("Manage Server");
        assertThat(callbackText(stats)).contains("Questions answered");
    }

    @Test
    void aRateLimitIsRiddenOut() {
        discord.rateLimitNext("POST", "channels/\\d+/messages", 1.0);
        discord.messageCreate(CHANNEL_ID, newMember(), "Which web frameworks should I learn?", true);

        JsonNode thread = await(() -> discord.threads().stream()
                .filter(t -> t.path("name").asText().startsWith("Which web frameworks")).findFirst().orElse(null));
        JsonNode answer = discord.awaitMessageIn(thread.path("id").asLong(), WAIT);

        assertThat(answer.toString()).contains("Django");
        List<FakeDiscord.Request> posts = discord.requestsMatching(r -> r.method().equals("POST")
                && r.path().equals("channels/" + thread.path("id").asText() + "/messages"));
        assertThat(posts).hasSize(2);
        assertThat(discord.statusOf(posts.get(0))).isEqualTo(429);
        assertThat(discord.statusOf(posts.get(1))).isEqualTo(200);
        assertThat(Duration.ofNanos(discord.receivedNanos(posts.get(1)) - discord.receivedNanos(posts.get(0))))
                .as("waited out retry_after").isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aGatewayDisconnectIsResumedAndTheBotKeepsAnswering() {
        int identifies = discord.identifyCount();
        discord.disconnectGateway();
        discord.awaitResumes(1, WAIT);

        FakeDiscord.Request answer = discord.awaitCallback(
                discord.slashCommand(newMember(), "ask", Map.of("question", "What does the Coverage tool do?")), WAIT);

        assertThat(answer.json().toString()).contains("Coverage");
        assertThat(discord.identifyCount()).as("resumed, not re-identified").isEqualTo(identifies);
    }

    @Test
    void aScheduledChallengeArrivesInTheChannelAndAButtonAnswerIsRecorded() {
        String now = ZonedDateTime.now(ZoneOffset.UTC).toLocalTime().withSecond(0).withNano(0).toString();
        FakeDiscord.Request setup = discord.awaitCallback(discord.slashSubcommand(ADMIN_ID, "studygroup", "setup",
                Map.of("channel", CHANNEL_ID, "time", now, "timezone", "UTC")), WAIT);
        assertThat(callbackText(setup)).contains("Study group ready");

        // The next post is tomorrow at this minute; bring today's forward to now, as if the day had come.
        StudyGroup group = bot.studyGroups().service().forChannel(CHANNEL_ID).orElseThrow();
        java.time.Instant due = java.time.Instant.now();
        new ScheduleRepository(bot.app().database()).setGroup(ScheduleRepository.Kind.POST, group.id(), due,
                group.schedule().dateAt(due));
        bot.studyGroups().routine().wake(due);

        JsonNode post = await(() -> discord.messagesIn(CHANNEL_ID).stream()
                .filter(m -> m.toString().contains("Daily challenge")).findFirst().orElse(null));
        assertThat(post.toString()).contains("ref P");
        String pick = customId(post, id -> ChallengeIds.parse(id).filter(c -> c instanceof ChallengeIds.Pick
                || c instanceof ChallengeIds.Answer).isPresent(), "an answer button");
        long member = newMember();
        FakeDiscord.Interaction click = discord.button(member, post, pick);
        FakeDiscord.Request result = discord.awaitCallback(click, WAIT);

        long postId = ChallengeIds.parse(pick).orElseThrow().postId();
        PostRepository posts = new PostRepository(bot.app().database(), bot.app().clock());
        if (!(ChallengeIds.parse(pick).orElseThrow() instanceof ChallengeIds.Pick)) { // a form, then the form is sent
            assertThat(result.json().path("type").asInt()).as("a form for a typed answer").isEqualTo(9);
            String formId = result.json().path("data").path("custom_id").asText();
            assertThat(ChallengeIds.parse(formId)).contains(new ChallengeIds.Submit(postId));
            result = discord.awaitCallback(discord.modalSubmit(member, formId, Map.of("answer", "pytest")), WAIT);
        }
        assertThat(result.json().path("data").path("flags").asInt() & 64).as("private result").isNotZero();
        assertThat(callbackText(result)).containsAnyOf("Correct", "Not quite", "Submitted").contains("Streak");
        assertThat(posts.answerOf(postId, member)).isPresent();
        // The row is marked sent when Discord's reply reaches the bot, which may be after the test saw the message.
        Post sent = await(() -> posts.find(postId).filter(p -> p.status() == Post.Status.SENT)
                .orElse(null));
        assertThat(sent.messageId()).isEqualTo(post.path("id").asLong());
    }

    private static String feedbackButton(JsonNode message, FeedbackIds.Action action) {
        return customId(message, id -> FeedbackIds.parse(id).filter(p -> p.action() == action).isPresent(),
                "a feedback button " + action);
    }

    /** A command whose handler always fails, to see the bot survive it. */
    private static final class ExplodingCommand implements Feature.SlashCommand {
        @Override
        public SlashCommandData data() {
            return Commands.slash("explode", "Fails on purpose (test only)");
        }

        @Override
        public void onCommand(Requests.Command command) {
            throw new IllegalStateException("boom");
        }
    }
}
