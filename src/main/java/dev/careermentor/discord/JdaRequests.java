package dev.careermentor.discord;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDA side of {@link Requests}: the only classes that touch Discord events. Calls block
 * ({@code complete()}), which is fine on the router's worker threads and keeps replies in order.
 */
final class JdaRequests {

    private static final Logger log = LoggerFactory.getLogger(JdaRequests.class);

    private JdaRequests() {
    }

    static Caller caller(User user, Member member, Guild guild, long channelId) {
        return new Caller(user.getIdLong(), user.getName(), guild == null ? null : guild.getIdLong(), channelId,
                member != null && member.hasPermission(Permission.MANAGE_SERVER));
    }

    /**
     * Reply logic shared by every interaction: answer directly, or edit the deferred response. If
     * Discord fails the first response with a server error, it may still have taken the
     * acknowledgement (the member sees "thinking…"); the reply then goes through the interaction's
     * webhook, which takes messages for 15 minutes, instead of being lost.
     */
    private abstract static class JdaInteraction<E extends IReplyCallback> implements Requests.Interaction {
        final E event;
        private boolean deferred;
        /** The interaction's webhook, once the first response failed; JDA's own hook refuses to send after that. */
        private InteractionHook webhook;

        JdaInteraction(E event) {
            this.event = event;
        }

        @Override
        public Caller caller() {
            return JdaRequests.caller(event.getUser(), event.getMember(), event.getGuild(), event.getChannelIdLong());
        }

        @Override
        public void defer(boolean ephemeral) {
            deferred = true;
            firstResponse("deferring", () -> event.deferReply(ephemeral).complete());
        }

        @Override
        public void reply(BotReply reply) {
            if (webhook != null) {
                followUp(reply);
            } else if (deferred) {
                Retry.SEND.call("editing the deferred reply to " + event.getId(),
                        () -> event.getHook().editOriginal(JdaRender.edit(reply)).complete());
            } else if (event.isAcknowledged()) {
                followUp(reply);
            } else if (!firstResponse("replying",
                    () -> event.reply(JdaRender.create(reply)).setEphemeral(reply.ephemeral()).complete())) {
                followUp(reply);
            }
        }

        @Override
        public void followUp(BotReply reply) {
            // A webhook message takes no nonce: a retry after a response lost on the way back may show it
            // twice, which is better than not at all.
            InteractionHook hook = webhook != null ? webhook : event.getHook();
            Retry.SEND.call("following up interaction " + event.getId(),
                    () -> hook.sendMessage(JdaRender.create(reply)).setEphemeral(reply.ephemeral()).complete());
        }

        @Override
        public boolean isAcknowledged() {
            return event.isAcknowledged();
        }

        /**
         * Sends the interaction's one callback. A callback cannot be sent twice, so a server error is
         * not retried here: the interaction's webhook takes over. Returns whether the callback went through.
         */
        boolean firstResponse(String what, Supplier<?> callback) {
            try {
                callback.get();
                return true;
            } catch (ErrorResponseException e) {
                if (!Retry.isTransient(e)) {
                    throw e;
                }
                log.warn("Discord failed {} to interaction {} ({}); answering through its webhook instead", what,
                        event.getId(), e.getMessage());
                webhook = InteractionHook.from(event.getJDA(), event.getToken());
                return false;
            }
        }
    }

    static final class JdaCommand extends JdaInteraction<SlashCommandInteractionEvent> implements Requests.Command {
        JdaCommand(SlashCommandInteractionEvent event) {
            super(event);
        }

        @Override
        public String name() {
            return event.getName();
        }

        @Override
        public Optional<String> subcommand() {
            return Optional.ofNullable(event.getSubcommandName());
        }

        @Override
        public Optional<String> option(String name) {
            return Optional.ofNullable(event.getOption(name)).map(OptionMapping::getAsString);
        }

        /** The options as they arrived, for {@link OptionCheck}. */
        List<OptionCheck.Given> givenOptions() {
            return event.getOptions().stream().map(o -> new OptionCheck.Given(o.getName(), o.getType(), o.getAsString(),
                    o.getType() == OptionType.CHANNEL ? o.getChannelType() : null)).toList();
        }

        @Override
        public Optional<Long> longOption(String name) {
            try {
                return Optional.ofNullable(event.getOption(name)).map(OptionMapping::getAsLong);
            } catch (IllegalStateException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        @Override
        public void openModal(ModalForm form) {
            event.replyModal(JdaRender.modal(form)).complete();
        }
    }

    static final class JdaComponent extends JdaInteraction<GenericComponentInteractionCreateEvent>
            implements Requests.Component {
        JdaComponent(GenericComponentInteractionCreateEvent event) {
            super(event);
        }

        @Override
        public String customId() {
            return event.getComponentId();
        }

        @Override
        public List<String> values() {
            return event instanceof StringSelectInteractionEvent select ? select.getValues() : List.of();
        }

        @Override
        public void openModal(ModalForm form) {
            event.replyModal(JdaRender.modal(form)).complete();
        }

        @Override
        public void update(BotReply reply) {
            if (!firstResponse("updating the message", () -> event.editMessage(JdaRender.edit(reply)).complete())) {
                followUp(reply);
            }
        }
    }

    static final class JdaModal extends JdaInteraction<ModalInteractionEvent> implements Requests.ModalSubmit {
        JdaModal(ModalInteractionEvent event) {
            super(event);
        }

        @Override
        public String customId() {
            return event.getModalId();
        }

        @Override
        public Optional<String> value(String inputId) {
            return Optional.ofNullable(event.getValue(inputId)).map(ModalMapping::getAsString);
        }
    }

    static final class JdaAutocomplete implements Requests.Autocomplete {
        private final CommandAutoCompleteInteractionEvent event;

        JdaAutocomplete(CommandAutoCompleteInteractionEvent event) {
            this.event = event;
        }

        @Override
        public Caller caller() {
            return JdaRequests.caller(event.getUser(), event.getMember(), event.getGuild(), event.getChannelIdLong());
        }

        @Override
        public String command() {
            return event.getName();
        }

        @Override
        public String focusedOption() {
            return event.getFocusedOption().getName();
        }

        @Override
        public String typed() {
            return event.getFocusedOption().getValue();
        }

        @Override
        public void suggest(List<Requests.Choice> choices) {
            event.replyChoices(choices.stream().limit(DiscordLimits.CHOICES)
                    .map(c -> new Command.Choice(DiscordLimits.trim(c.label(), DiscordLimits.CHOICE_NAME),
                            DiscordLimits.trim(c.value(), DiscordLimits.CHOICE_NAME)))
                    .toList()).complete();
        }
    }

    static final class JdaMessage implements Requests.Message {
        private final MessageReceivedEvent event;
        /** The thread opened for this message, once it is. */
        private volatile Requests.Channel thread;

        JdaMessage(MessageReceivedEvent event) {
            this.event = event;
        }

        @Override
        public Caller caller() {
            return JdaRequests.caller(event.getAuthor(), event.getMember(), event.isFromGuild() ? event.getGuild() : null,
                    event.getChannel().getIdLong());
        }

        @Override
        public String content() {
            String self = event.getJDA().getSelfUser().getId();
            return event.getMessage().getContentRaw().replace("<@" + self + ">", " ").replace("<@!" + self + ">", " ")
                    .strip();
        }

        @Override
        public boolean mentionsBot() {
            // the content check also covers a message whose mentions array came without the bot in it
            String self = event.getJDA().getSelfUser().getId();
            String raw = event.getMessage().getContentRaw();
            return event.getMessage().getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER)
                    || raw.contains("<@" + self + ">") || raw.contains("<@!" + self + ">");
        }

        @Override
        public boolean inThread() {
            return event.getChannelType().isThread();
        }

        @Override
        public boolean isDirect() {
            return event.getChannelType() == ChannelType.PRIVATE;
        }

        @Override
        public Requests.Channel startThread(String name) {
            thread = new JdaChannel(event.getMessage().createThreadChannel(name).complete());
            return thread;
        }

        @Override
        public Requests.Channel channel() {
            return new JdaChannel(event.getChannel());
        }

        /** Where the member follows the answer: the thread opened for the message, else where they wrote it. */
        Requests.Channel conversation() {
            Requests.Channel opened = thread;
            return opened != null ? opened : channel();
        }
    }

    static final class JdaChannel implements Requests.Channel {
        private final MessageChannel channel;

        JdaChannel(MessageChannel channel) {
            this.channel = channel;
        }

        @Override
        public long id() {
            return channel.getIdLong();
        }

        @Override
        public void send(BotReply reply) {
            for (BotReply part : parts(reply)) {
                // One nonce for all attempts: Discord keeps one message per nonce (enforce_nonce), so a retry
                // after a response that was lost on the way back never posts the answer twice.
                String nonce = Long.toUnsignedString(ThreadLocalRandom.current().nextLong());
                Retry.SEND.call("posting in channel " + channel.getId(),
                        () -> channel.sendMessage(JdaRender.create(part)).setNonce(nonce).complete());
            }
        }

        @Override
        public void typing() {
            channel.sendTyping().queue(null, error -> { }); // a lost typing indicator does not matter
        }
    }

    /** A plain-text reply longer than one message is sent as several; embeds carry their own limits. */
    static List<BotReply> parts(BotReply reply) {
        if (reply.content().length() <= DiscordLimits.CONTENT) {
            return List.of(reply);
        }
        List<String> texts = MessageSplitter.split(reply.content(), DiscordLimits.CONTENT);
        List<BotReply> parts = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean last = i == texts.size() - 1;
            parts.add(new BotReply(texts.get(i), last ? reply.embeds() : List.of(), last ? reply.buttons() : List.of(),
                    reply.ephemeral(), last ? reply.files() : List.of()));
        }
        return parts;
    }
}
