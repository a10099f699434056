package dev.careermentor.discord.fake;

import static dev.careermentor.discord.fake.FakeDiscord.ADMIN_ID;
import static dev.careermentor.discord.fake.FakeDiscord.APPLICATION_ID;
import static dev.careermentor.discord.fake.FakeDiscord.CHANNEL_ID;
import static dev.careermentor.discord.fake.FakeDiscord.MEMBER_ID;
import static dev.careermentor.discord.fake.FakeDiscord.OTHER_MEMBER_ID;
import static dev.careermentor.discord.fake.FakeDiscord.SECOND_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.discord.fake.FakeDiscord.Interaction;
import dev.careermentor.discord.fake.FakeDiscord.Request;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.FileUpload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
  * Drives a plain JDA client (default zlib-stream compression) against {@link FakeDiscord} and proves each capability
  * the bot's end-to-end tests rely on. One server and one JDA session are shared; the order matters only for the
  * fault tests at the end, which make channels unusable.
  */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FakeDiscordSelfTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeDiscord fake;
    private JDA jda;
    private final BlockingQueue<String> seen = new LinkedBlockingQueue<>();

    /** A tiny bot: what it receives goes to {@link #seen}; it answers the way Career Mentor's features do. */
    private final class TestBot extends ListenerAdapter {
        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            boolean manager = event.getMember() != null && event.getMember().hasPermission(Permission.MANAGE_SERVER);
            switch (event.getName()) {
                case "ask": {
                    String question = event.getOption("question", OptionMapping::getAsString);
                    boolean hidden = event.getOption("private", false, OptionMapping::getAsBoolean);
                    seen.add("ask:" + question + ":private=" + hidden + ":manager=" + manager);
                    event.reply("You asked: " + question).setEphemeral(hidden)
                            .addComponents(ActionRow.of(Button.success("helpful:yes", "Helpful"),
                                    Button.danger("helpful:no", "Not helpful")))
                            .queue(hook -> seen.add("reply-message:" + (hook.hasCallbackResponse()
                                    ? hook.getCallbackResponse().getMessage().getContentRaw() : "none")));
                    break;
                }
                case "defer":
                    seen.add("defer");
                    event.deferReply().queue();
                    // Chained: sent concurrently, the follow-up could reach Discord first and, as the first message after
                    // deferReply(), replace the "thinking" message itself.
                    event.getHook().editOriginal("Deferred answer")
                            .queue(edited -> event.getHook().sendMessage("A follow-up").queue());
                    break;
                case "study":
                    seen.add("study:" + event.getSubcommandName() + ":" + event.getOption("group", OptionMapping::getAsLong));
                    event.reply("Joined group " + event.getOption("group", OptionMapping::getAsLong)).queue();
                    break;
                default:
                    event.reply("unknown").queue();
            }
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent event) {
            seen.add("button:" + event.getComponentId() + ":label=" + event.getButton().getLabel()
                    + ":message=" + event.getMessage().getId());
            if (event.getComponentId().equals("feedback:comment")) {
                event.replyModal(Modal.create("feedback-modal", "Your feedback")
                        .addComponents(Label.of("Comment", TextInput.create("comment", TextInputStyle.PARAGRAPH).build()))
                        .build()).queue();
            } else {
                event.editMessage("Thanks for the feedback!").setComponents().queue();
            }
        }

        @Override
        public void onStringSelectInteraction(StringSelectInteractionEvent event) {
            seen.add("select:" + event.getComponentId() + ":" + event.getValues());
            event.reply("Picked " + String.join(",", event.getValues())).setEphemeral(true).queue();
        }

        @Override
        public void onModalInteraction(ModalInteractionEvent event) {
            String comment = event.getValue("comment").getAsString();
            seen.add("modal:" + event.getModalId() + ":" + comment);
            event.reply("Noted: " + comment).setEphemeral(true).queue();
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            seen.add("autocomplete:" + event.getFocusedOption().getName() + "=" + event.getFocusedOption().getValue());
            event.replyChoices(new Command.Choice("Python basics", "python-basics"),
                    new Command.Choice("Python testing", "python-testing")).queue();
        }

        @Override
        public void onMessageReceived(MessageReceivedEvent event) {
            if (event.getAuthor().isBot()) {
                return;
            }
            Message message = event.getMessage();
            boolean mentioned = message.getMentions().isMentioned(event.getJDA().getSelfUser());
            seen.add("message:" + message.getContentRaw() + ":mentioned=" + mentioned);
            if (mentioned) {
                message.createThreadChannel("Help for " + event.getAuthor().getName())
                        .queue(thread -> thread.sendMessage("Let's work on it here.").queue());
            }
        }
    }

    @BeforeAll
    void startFakeDiscordAndJda() throws Exception {
        fake = FakeDiscord.start();
        String gateway = fake.gatewayUrl();
        jda = JDABuilder.createLight(FakeDiscord.TOKEN, GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
                .setRestConfig(new RestConfig().setBaseUrl(fake.restBaseUrl()))
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return gateway;
                    }
                })
                .addEventListeners(new TestBot())
                .build();
        jda.awaitReady();
        jda.updateCommands().addCommands(
                Commands.slash("ask", "Ask the mentor")
                        .addOption(OptionType.STRING, "question", "Your question", true, true)
                        .addOption(OptionType.BOOLEAN, "private", "Only you see the answer"),
                Commands.slash("defer", "A slow answer"),
                Commands.slash("study", "Study groups")
                        .addSubcommands(new SubcommandData("join", "Join a group")
                                .addOption(OptionType.INTEGER, "group", "Group number", true)))
                .complete();
    }

    @AfterAll
    void stop() throws Exception {
        if (jda != null) {
            jda.shutdownNow();
            jda.awaitShutdown(Duration.ofSeconds(5));
        }
        if (fake != null) {
            fake.close();
        }
    }

    private String nextSeen() throws InterruptedException {
        String s = seen.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(s).as("the bot received nothing within %s", WAIT).isNotNull();
        return s;
    }

    @Test
    @Order(1)
    void jdaConnectsWithIdentifyIntentsAndZlibAndRegistersCommands() throws Exception {
        JsonNode identify = fake.awaitIdentify(WAIT);
        int guildsIntent = 1; // GUILDS (1 << 0): JDA always sends it, it has no GatewayIntent constant
        int expected = guildsIntent | GatewayIntent.getRaw(EnumSet.of(GatewayIntent.GUILD_MESSAGES,
                GatewayIntent.MESSAGE_CONTENT));
        assertThat(identify.path("intents").asInt()).isEqualTo(expected);
        assertThat(identify.path("token").asText()).isEqualTo(FakeDiscord.TOKEN);
        assertThat(fake.identifyCount()).isEqualTo(1);
        assertThat(fake.gatewayConnections()).first().asString().contains("compress=zlib-stream");

        Request me = fake.awaitRequest(r -> r.method().equals("GET") && r.path().equals("users/@me"), WAIT);
        assertThat(me.headers().get("Authorization")).isEqualTo("Bot " + FakeDiscord.TOKEN);
        assertThat(fake.requestsMatching(r -> r.path().startsWith("gateway"))).isEmpty();

        assertThat(jda.getSelfUser().getIdLong()).isEqualTo(FakeDiscord.BOT_ID);
        assertThat(jda.getSelfUser().getApplicationIdLong()).isEqualTo(APPLICATION_ID);
        assertThat(jda.getGuildById(FakeDiscord.GUILD_ID)).isNotNull();
        assertThat(jda.getTextChannelById(CHANNEL_ID).getName()).isEqualTo("general");
        assertThat(jda.getTextChannelById(SECOND_CHANNEL_ID).getName()).isEqualTo("study");

        JsonNode commands = fake.registeredCommands(WAIT);
        assertThat(commands).hasSize(3);
        assertThat(commands.get(0).path("name").asText()).isEqualTo("ask");

        HttpResponse<String> unauthorized = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(fake.restBaseUrl() + "users/@me"))
                        .header("Authorization", "Bot wrong-token").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unauthorized.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void slashCommandWithOptionsIsReceivedAndAnswered() throws Exception {
        Interaction i = fake.slashCommand(MEMBER_ID, "ask", Map.of("question", "How do I learn Python?",
                "private", false));
        assertThat(nextSeen()).isEqualTo("ask:How do I learn Python?:private=false:manager=false");
        // JDA parsed the message of the 200 {interaction, resource:{type, message}} answer to with_response=true
        assertThat(nextSeen()).isEqualTo("reply-message:You asked: How do I learn Python?");
        Request callback = fake.awaitCallback(i, WAIT);
        assertThat(callback.query()).contains("with_response=true");
        assertThat(callback.json().path("type").asInt()).isEqualTo(4);
        assertThat(callback.json().path("data").path("content").asText()).isEqualTo("You asked: How do I learn Python?");
        assertThat(fake.statusOf(callback)).isEqualTo(200);
        JsonNode original = fake.awaitOriginalMessage(i, WAIT);
        assertThat(original.path("content").asText()).isEqualTo("You asked: How do I learn Python?");

        Interaction admin = fake.slashCommand(ADMIN_ID, "ask", Map.of("question", "Admin here", "private", true));
        assertThat(nextSeen()).isEqualTo("ask:Admin here:private=true:manager=true");
        assertThat(nextSeen()).isEqualTo("reply-message:You asked: Admin here");
        assertThat(fake.awaitCallback(admin, WAIT).json().path("data").path("flags").asInt() & 64).isEqualTo(64);

        Interaction sub = fake.slashSubcommand(OTHER_MEMBER_ID, "study", "join", Map.of("group", 3L));
        assertThat(nextSeen()).isEqualTo("study:join:3");
        assertThat(fake.awaitCallback(sub, WAIT).json().path("data").path("content").asText())
                .isEqualTo("Joined group 3");
    }

    @Test
    @Order(3)
    void deferredReplyIsEditedAndFollowedUp() throws Exception {
        Interaction i = fake.slashCommand(MEMBER_ID, "defer", Map.of());
        assertThat(nextSeen()).isEqualTo("defer");
        assertThat(fake.awaitCallback(i, WAIT).json().path("type").asInt()).isEqualTo(5);
        Request edit = fake.awaitRequest(r -> r.method().equals("PATCH")
                && r.path().equals("webhooks/" + APPLICATION_ID + "/" + i.token() + "/messages/@original"), WAIT);
        assertThat(edit.json().path("content").asText()).isEqualTo("Deferred answer");
        Request followUp = fake.awaitRequest(r -> r.method().equals("POST")
                && r.path().equals("webhooks/" + APPLICATION_ID + "/" + i.token()), WAIT);
        assertThat(followUp.query()).contains("wait=true");
        assertThat(fake.awaitOriginalMessage(i, WAIT).path("content").asText()).isEqualTo("Deferred answer");
        assertThat(fake.followUps(i)).singleElement().satisfies(m ->
                assertThat(m.path("content").asText()).isEqualTo("A follow-up"));
    }

    @Test
    @Order(4)
    void buttonAndSelectOnMessagesTheBotPosted() throws Exception {
        jda.getTextChannelById(CHANNEL_ID).sendMessage("Was this answer helpful?")
                .addComponents(ActionRow.of(Button.primary("feedback:yes", "Yes"), Button.secondary("feedback:comment",
                        "Comment")))
                .addComponents(ActionRow.of(StringSelectMenu.create("topic")
                        .addOption("Python", "python").addOption("Career", "career").build()))
                .complete();
        JsonNode posted = fake.awaitMessageIn(CHANNEL_ID, WAIT);
        assertThat(posted.path("content").asText()).isEqualTo("Was this answer helpful?");
        assertThat(posted.path("author").path("id").asLong()).isEqualTo(FakeDiscord.BOT_ID);

        Interaction pick = fake.stringSelect(OTHER_MEMBER_ID, posted, "topic", List.of("career"));
        assertThat(nextSeen()).isEqualTo("select:topic:[career]");
        assertThat(fake.awaitCallback(pick, WAIT).json().path("data").path("content").asText())
                .isEqualTo("Picked career");

        Interaction press = fake.button(MEMBER_ID, posted, "feedback:yes");
        assertThat(nextSeen()).isEqualTo("button:feedback:yes:label=Yes:message=" + posted.path("id").asText());
        Request update = fake.awaitCallback(press, WAIT);
        assertThat(update.json().path("type").asInt()).isEqualTo(7);
        JsonNode updated = fake.message(posted.path("id").asLong());
        assertThat(updated.path("content").asText()).isEqualTo("Thanks for the feedback!");
        assertThat(updated.path("components")).isEmpty();
    }

    @Test
    @Order(5)
    void buttonOpensAModalWhoseSubmitIsReadBack() throws Exception {
        jda.getTextChannelById(CHANNEL_ID).sendMessage("Tell us more")
                .addComponents(ActionRow.of(Button.secondary("feedback:comment", "Comment")))
                .complete();
        JsonNode posted = fake.messagesIn(CHANNEL_ID).get(fake.messagesIn(CHANNEL_ID).size() - 1);
        Interaction press = fake.button(MEMBER_ID, posted, "feedback:comment");
        assertThat(nextSeen()).startsWith("button:feedback:comment");
        Request showModal = fake.awaitCallback(press, WAIT);
        assertThat(showModal.json().path("type").asInt()).isEqualTo(9);
        assertThat(showModal.json().path("data").path("custom_id").asText()).isEqualTo("feedback-modal");

        Interaction submit = fake.modalSubmit(MEMBER_ID, "feedback-modal", Map.of("comment", "More examples please"));
        assertThat(nextSeen()).isEqualTo("modal:feedback-modal:More examples please");
        assertThat(fake.awaitCallback(submit, WAIT).json().path("data").path("content").asText())
                .isEqualTo("Noted: More examples please");

        assertThatThrownBy(() -> fake.modalSubmit(MEMBER_ID, "feedback-modal", Map.of("nope", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Order(6)
    void autocompleteIsAnsweredWithChoices() throws Exception {
        Interaction i = fake.autocomplete(MEMBER_ID, "ask", "question", "pyth");
        assertThat(nextSeen()).isEqualTo("autocomplete:question=pyth");
        Request callback = fake.awaitCallback(i, WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(8);
        assertThat(callback.json().path("data").path("choices")).hasSize(2);
        assertThat(callback.json().path("data").path("choices").get(0).path("value").asText())
                .isEqualTo("python-basics");
    }

    @Test
    @Order(7)
    void mentionIsReceivedAndTheBotAnswersInAThread() throws Exception {
        JsonNode message = fake.messageCreate(SECOND_CHANNEL_ID, MEMBER_ID, "can you review my CV?", true);
        assertThat(nextSeen()).isEqualTo("message:<@" + FakeDiscord.BOT_ID + "> can you review my CV?:mentioned=true");

        Request create = fake.awaitRequest(r -> r.method().equals("POST")
                && r.path().equals("channels/" + SECOND_CHANNEL_ID + "/messages/" + message.path("id").asText() + "/threads"),
                WAIT);
        assertThat(create.json().path("name").asText()).isEqualTo("Help for bob.member");
        JsonNode thread = fake.threads().get(0);
        assertThat(thread.path("type").asInt()).isEqualTo(11);
        assertThat(thread.path("parent_id").asLong()).isEqualTo(SECOND_CHANNEL_ID);
        assertThat(thread.path("owner_id").asLong()).isEqualTo(FakeDiscord.BOT_ID);
        JsonNode inThread = fake.awaitMessageIn(thread.path("id").asLong(), WAIT);
        assertThat(inThread.path("content").asText()).isEqualTo("Let's work on it here.");

        Interaction inThreadCommand = fake.slashCommand(thread.path("id").asLong(), OTHER_MEMBER_ID, "ask",
                Map.of("question", "Asked in the thread"));
        assertThat(nextSeen()).isEqualTo("ask:Asked in the thread:private=false:manager=false");
        assertThat(nextSeen()).isEqualTo("reply-message:You asked: Asked in the thread");
        assertThat(fake.awaitCallback(inThreadCommand, WAIT).json().path("data").path("content").asText())
                .isEqualTo("You asked: Asked in the thread");

        fake.messageCreate(CHANNEL_ID, OTHER_MEMBER_ID, "just chatting", false);
        assertThat(nextSeen()).isEqualTo("message:just chatting:mentioned=false");

        List<Message> history = jda.getThreadChannelById(thread.path("id").asLong()).getHistory().retrievePast(10)
                .complete();
        assertThat(history).extracting(Message::getContentRaw)
                .containsExactly("You asked: Asked in the thread", "Let's work on it here."); // newest first
        List<Message> general = jda.getTextChannelById(CHANNEL_ID).getHistory().retrievePast(2).complete();
        assertThat(general).extracting(Message::getContentRaw).first().isEqualTo("just chatting");
    }

    @Test
    @Order(8)
    void botCanDirectMessageAMember() {
        jda.openPrivateChannelById(MEMBER_ID).flatMap(dm -> dm.sendMessage("Your study reminder")).complete();
        JsonNode dm = fake.dmChannelOf(MEMBER_ID);
        assertThat(dm).isNotNull();
        assertThat(dm.path("type").asInt()).isEqualTo(1);
        assertThat(fake.messagesIn(dm.path("id").asLong())).singleElement().satisfies(m ->
                assertThat(m.path("content").asText()).isEqualTo("Your study reminder"));
    }

    @Test
    @Order(9)
    void fileUploadsArriveAsMultipartWithPayloadJson() {
        Message sent = jda.getTextChannelById(CHANNEL_ID).sendMessage("See the attached notes")
                .addFiles(FileUpload.fromData("print('hi')\n".getBytes(StandardCharsets.UTF_8), "notes.py"))
                .complete();
        assertThat(sent.getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.getFileName()).isEqualTo("notes.py");
            assertThat(a.getSize()).isEqualTo(12);
        });
        Request upload = fake.requestsMatching(r -> r.method().equals("POST")
                && r.path().equals("channels/" + CHANNEL_ID + "/messages")
                && r.headers().getOrDefault("content-type", "").startsWith("multipart/")).get(0);
        assertThat(upload.json().path("content").asText()).isEqualTo("See the attached notes");
        assertThat(upload.body()).contains("print('hi')");

        jda.getTextChannelById(CHANNEL_ID).sendTyping().complete();
        Message edited = sent.editMessage("See the attached notes (updated)").complete();
        assertThat(edited.getContentRaw()).isEqualTo("See the attached notes (updated)");
        assertThat(fake.message(sent.getIdLong()).path("content").asText())
                .isEqualTo("See the attached notes (updated)");
        assertThat(fake.message(sent.getIdLong()).path("attachments")).hasSize(1);
    }

    @Test
    @Order(10)
    void rateLimitIsRiddenOut() {
        String path = "channels/" + SECOND_CHANNEL_ID + "/messages";
        fake.rateLimitNext("POST", "channels/\\d+/messages", 1.0);
        Message sent = jda.getTextChannelById(SECOND_CHANNEL_ID).sendMessage("after the rate limit").complete();
        assertThat(sent.getContentRaw()).isEqualTo("after the rate limit");

        List<Request> posts = fake.requestsMatching(r -> r.method().equals("POST") && r.path().equals(path));
        assertThat(posts).hasSize(2);
        assertThat(fake.statusOf(posts.get(0))).isEqualTo(429);
        assertThat(fake.statusOf(posts.get(1))).isEqualTo(200);
        long gapMillis = TimeUnit.NANOSECONDS.toMillis(fake.receivedNanos(posts.get(1)) - fake.receivedNanos(posts.get(0)));
        assertThat(gapMillis).isGreaterThanOrEqualTo(1000);
        assertThat(fake.messagesIn(SECOND_CHANNEL_ID)).extracting(m -> m.path("content").asText())
                .containsExactly("after the rate limit");
    }

    @Test
    @Order(11)
    void disconnectIsResumedAndMissedDispatchesAreReplayed() throws Exception {
        int resumesBefore = fake.resumeCount();
        fake.disconnectGateway();
        // injected while JDA is disconnected: kept and replayed on RESUME
        Interaction i = fake.slashCommand(MEMBER_ID, "ask", Map.of("question", "Still there?"));
        fake.awaitResumes(resumesBefore + 1, WAIT);
        assertThat(nextSeen()).isEqualTo("ask:Still there?:private=false:manager=false");
        assertThat(nextSeen()).isEqualTo("reply-message:You asked: Still there?");
        assertThat(fake.awaitCallback(i, WAIT).json().path("data").path("content").asText())
                .isEqualTo("You asked: Still there?");
        assertThat(fake.identifyCount()).isEqualTo(1);
        assertThat(fake.gatewayConnections()).hasSize(2).allSatisfy(url -> assertThat(url).contains("compress=zlib-stream"));

        Interaction after = fake.slashCommand(ADMIN_ID, "ask", Map.of("question", "And now?"));
        assertThat(nextSeen()).isEqualTo("ask:And now?:private=false:manager=true");
        assertThat(nextSeen()).isEqualTo("reply-message:You asked: And now?");
        assertThat(fake.statusOf(fake.awaitCallback(after, WAIT))).isEqualTo(200);
    }

    @Test
    @Order(12)
    void faultsSurfaceAsDiscordErrors() throws Exception {
        fake.denySendIn(SECOND_CHANNEL_ID);
        assertThatThrownBy(() -> jda.getTextChannelById(SECOND_CHANNEL_ID).sendMessage("nope").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.MISSING_PERMISSIONS));

        long threadId = fake.threads().get(0).path("id").asLong();
        ThreadChannel thread = jda.getThreadChannelById(threadId);
        assertThat(thread).isNotNull();
        fake.deleteChannel(threadId);
        assertThatThrownBy(() -> thread.sendMessage("gone").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.UNKNOWN_CHANNEL));

        fake.setAckDeadline(Duration.ZERO);
        try {
            Interaction late = fake.slashCommand(MEMBER_ID, "ask", Map.of("question", "Too slow?"));
            assertThat(nextSeen()).startsWith("ask:Too slow?");
            assertThat(fake.statusOf(fake.awaitCallback(late, WAIT))).isEqualTo(404);
        } finally {
            fake.setAckDeadline(Duration.ofSeconds(3));
        }
    }

    @Test
    @Order(13)
    void noUnexpectedRoutes() {
        assertThat(fake.unhandledRequests()).isEmpty();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        fake.requests().forEach(r -> statuses.merge(r.method() + " " + fake.statusOf(r), 1, Integer::sum));
        assertThat(statuses).doesNotContainKey("POST 500");
    }

    @Test
    @Order(14)
    void uncompressedGatewayWorksToo() throws Exception {
        try (FakeDiscord plain = FakeDiscord.start()) {
            JDA client = JDABuilder.createLight(FakeDiscord.TOKEN, GatewayIntent.GUILD_MESSAGES)
                    .setRestConfig(plain.restConfig())
                    .setSessionController(plain.sessionController())
                    .setCompression(Compression.NONE)
                    .build();
            try {
                client.awaitReady();
                assertThat(plain.gatewayConnections()).singleElement().asString()
                        .doesNotContain("compress=");
                assertThat(client.getTextChannelById(CHANNEL_ID)).isNotNull();
            } finally {
                client.shutdownNow();
                client.awaitShutdown(Duration.ofSeconds(5));
            }
        }
    }

    @Test
    @Order(15)
    void serverErrorsStrikeBeforeOrAfterARequestIsProcessedAndANonceKeepsOneMessage() throws Exception {
        try (FakeDiscord faulty = FakeDiscord.start()) {
            JDA client = JDABuilder.createLight(FakeDiscord.TOKEN, GatewayIntent.GUILD_MESSAGES)
                    .setRestConfig(faulty.restConfig()).setSessionController(faulty.sessionController()).build();
            try {
                client.awaitReady();
                var channel = client.getTextChannelById(CHANNEL_ID);
                faulty.failNext("POST", "channels/\\d+/messages", 500, 1);
                assertThatThrownBy(() -> channel.sendMessage("lost before").complete())
                        .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.isServerError()).isTrue());
                assertThat(faulty.messagesIn(CHANNEL_ID)).as("nothing stored").isEmpty();

                faulty.failNextAfterProcessing(r -> r.body().contains("stored, answer lost"), 500, 1);
                assertThatThrownBy(() -> channel.sendMessage("stored, answer lost").setNonce("n1").complete())
                        .isInstanceOf(ErrorResponseException.class);
                Message again = channel.sendMessage("stored, answer lost").setNonce("n1").complete();
                assertThat(faulty.messagesIn(CHANNEL_ID)).singleElement()
                        .satisfies(m -> assertThat(m.path("id").asLong()).isEqualTo(again.getIdLong()));
            } finally {
                client.shutdownNow();
                client.awaitShutdown(Duration.ofSeconds(5));
            }
        }
    }

    @Test
    @Order(16)
    void aDisallowedIntentClosesTheGatewayWith4014() throws Exception {
        try (FakeDiscord strict = FakeDiscord.start()) {
            strict.disallowIntents(FakeDiscord.MESSAGE_CONTENT_INTENT);
            JDA client = JDABuilder.createLight(FakeDiscord.TOKEN, GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
                    .setRestConfig(strict.restConfig()).setSessionController(strict.sessionController()).build();
            try {
                assertThatThrownBy(client::awaitReady).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("intent");
            } finally {
                client.shutdownNow();
            }
        }
    }
}
