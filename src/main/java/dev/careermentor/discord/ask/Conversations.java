package dev.careermentor.discord.ask;

import dev.careermentor.answer.Turn;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.DiscordLimits;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.questions.ConversationRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Mentioning the bot with a question opens a thread on that message and answers there; follow-ups
 * in that thread are answered with the earlier turns as context. Conversations are stored, so a
 * restart does not forget them. In direct messages the bot simply answers.
 */
public final class Conversations implements Feature.Messages {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Conversations.class);

    /** How many earlier turns a follow-up sees. */
    static final int CONTEXT_TURNS = 4;

    private final AskService ask;
    private final ConversationRepository conversations;

    public Conversations(AskService ask, ConversationRepository conversations) {
        this.ask = ask;
        this.conversations = conversations;
    }

    @Override
    public void onMessage(Requests.Message message) {
        if (message.isDirect()) {
            answerIn(message.channel(), message, List.of(), turn -> { });
        } else if (message.inThread() && conversations.exists(message.channel().id())) {
            long thread = message.channel().id();
            answerIn(message.channel(), message, conversations.recentTurns(thread, CONTEXT_TURNS),
                    turn -> conversations.append(thread, turn));
        } else if (message.mentionsBot()) {
            startConversation(message);
        }
    }

    private void startConversation(Requests.Message message) {
        if (message.content().isBlank()) {
            message.channel().send(BotReply.text("Hi! Ask me a question about becoming a Python developer, e.g. "
                    + "\"which web frameworks should I learn?\". I'll answer in a thread."));
            return;
        }
        Optional<BotReply> declined = ask.admit(message.caller(), message.content());
        if (declined.isPresent()) {
            message.channel().send(declined.get());
            return;
        }
        if (message.inThread()) { // someone else's thread: answer in place rather than nest threads
            message.channel().send(ask.answer(message.caller(), message.content(), List.of()).reply());
            return;
        }
        Requests.Channel thread;
        try {
            thread = message.startThread(DiscordLimits.trim(message.content(), DiscordLimits.THREAD_NAME));
        } catch (RuntimeException e) { // no thread permission here (or a channel without threads): answer in place
            log.info("Could not open a thread ({}); answering in the channel", e.toString());
            message.channel().send(ask.answer(message.caller(), message.content(), List.of()).reply());
            return;
        }
        conversations.start(thread.id(), message.caller().guildId(), message.caller().channelId(),
                message.caller().userId());
        thread.typing();
        AskService.Answered answered = ask.answer(message.caller(), message.content(), List.of());
        // Remember the turn before sending: a quick follow-up must already find it.
        conversations.append(thread.id(), answered.turn(message.content()));
        thread.send(answered.reply());
    }

    /** Answers in the channel; {@code remember} stores the turn (before the reply goes out). */
    private void answerIn(Requests.Channel channel, Requests.Message message, List<Turn> history,
            Consumer<Turn> remember) {
        if (message.content().isBlank()) {
            return;
        }
        Optional<BotReply> declined = ask.admit(message.caller(), message.content());
        if (declined.isPresent()) {
            channel.send(declined.get());
            return;
        }
        channel.typing();
        AskService.Answered answered = ask.answer(message.caller(), message.content(), history);
        remember.accept(answered.turn(message.content()));
        channel.send(answered.reply());
    }
}
