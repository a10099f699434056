package dev.careermentor.discord.ask;

import dev.careermentor.answer.Turn;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.EchoedText;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.questions.ConversationRepository;
import java.util.List;
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
            if (ask.mayHint(message.caller())) { // a public reply: one now and then, however many empty mentions
                message.channel().send(BotReply.text("Hi! Ask me a question about becoming a Python developer, e.g. "
                        + "\"which web frameworks should I learn?\". I'll answer in a thread."));
            }
            return;
        }
        if (!admitted(message, message.channel())) {
            return;
        }
        if (message.inThread()) { // someone else's thread: answer in place rather than nest threads
            deliver(message.channel(), message, ask.answer(message.caller(), message.content(), List.of()));
            return;
        }
        Requests.Channel thread;
        try {
            thread = message.startThread(EchoedText.threadName(message.content()));
        } catch (RuntimeException e) { // no thread permission here (or a channel without threads): answer in place
            log.info("Could not open a thread ({}); answering in the channel", e.toString());
            deliver(message.channel(), message, ask.answer(message.caller(), message.content(), List.of()));
            return;
        }
        conversations.start(thread.id(), message.caller().guildId(), message.caller().channelId(),
                message.caller().userId());
        thread.typing();
        AskService.Answered answered = ask.answer(message.caller(), message.content(), List.of());
        // Remember the turn before sending: a quick follow-up must already find it.
        conversations.append(thread.id(), answered.turn(message.content()));
        deliver(thread, message, answered);
    }

    /** Answers in the channel; {@code remember} stores the turn (before the reply goes out). */
    private void answerIn(Requests.Channel channel, Requests.Message message, List<Turn> history,
            Consumer<Turn> remember) {
        if (message.content().isBlank() || !admitted(message, channel)) {
            return;
        }
        channel.typing();
        boolean askedBefore = ask.hasUndelivered(message.caller(), message.content());
        AskService.Answered answered = ask.answer(message.caller(), message.content(), history);
        if (!askedBefore) { // a question asked again after a lost answer is in the conversation already
            remember.accept(answered.turn(message.content()));
        }
        deliver(channel, message, answered);
    }

    /** Whether to answer; a refused member is told once in a while, in the place given, and otherwise not at all. */
    private boolean admitted(Requests.Message message, Requests.Channel where) {
        AskService.Admission admission = ask.admitMessage(message.caller(), message.content());
        if (admission instanceof AskService.Refused refused) {
            where.send(refused.notice());
        }
        return admission instanceof AskService.Admitted;
    }

    /**
     * Posts the answer where the member asked. If Discord does not take it even after retries, the
     * answer is kept, and the member is told in the same place, with a button that posts it.
     */
    private void deliver(Requests.Channel channel, Requests.Message message, AskService.Answered answered) {
        try {
            channel.send(answered.reply());
        } catch (Requests.NotDelivered e) {
            long kept = ask.keepUndelivered(message.caller(), message.content(), answered);
            log.warn("Answer {} was not delivered ({}); kept as {} for Try again", answered.answerId(), e.getMessage(),
                    kept);
            try {
                channel.send(TryAgain.notice(kept));
            } catch (Requests.NotDelivered again) {
                log.warn("Could not tell the member either: {}", again.getMessage());
            }
        }
    }
}
