package dev.careermentor.discord;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Hands each Discord event to the feature that owns it, on a worker pool (features may block on the
 * database or an LLM). A failing handler never kills the bot: the member gets a short apology with
 * an error id, and the log has the stack trace under the same id. Log lines carry guild, channel and
 * interaction ids through the MDC.
 */
final class FeatureRouter extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(FeatureRouter.class);

    private final Map<String, Feature.SlashCommand> commands = new HashMap<>();
    private final Map<String, Feature.Autocompletes> autocompletes = new HashMap<>();
    private final Map<String, Feature.Components> components = new HashMap<>();
    private final List<Feature.Messages> messageFeatures;
    /** Enough workers that a few slow LLM answers never delay another interaction's 3-second acknowledgement. */
    private final ExecutorService workers = Executors.newFixedThreadPool(16, named("feature-"));
    /** Messages of one conversation, one at a time and in order, on the same workers. */
    private final OrderedWorkers conversations = new OrderedWorkers(workers);

    FeatureRouter(List<Feature> features) {
        for (Feature feature : features) {
            if (feature instanceof Feature.SlashCommand command) {
                commands.put(command.data().getName(), command);
            }
            if (feature instanceof Feature.Autocompletes autocomplete) {
                autocompletes.put(autocomplete.command(), autocomplete);
            }
            if (feature instanceof Feature.Components handler) {
                components.put(handler.feature(), handler);
            }
        }
        messageFeatures = features.stream().filter(Feature.Messages.class::isInstance).map(Feature.Messages.class::cast)
                .toList();
    }

    List<Feature.SlashCommand> commands() {
        return List.copyOf(commands.values());
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        Feature.SlashCommand command = commands.get(event.getName());
        if (command == null) {
            return;
        }
        var request = new JdaRequests.JdaCommand(event);
        dispatch(request.caller(), event.getId(), "/" + event.getFullCommandName(), () -> {
            // Discord's client enforces the declared options, but an interaction can be forged.
            Optional<String> problem = OptionCheck.problem(command.data(), event.getSubcommandGroup(),
                    event.getSubcommandName(), request.givenOptions());
            if (problem.isPresent()) {
                log.info("Refused /{}: {}", event.getFullCommandName(), problem.get());
                request.reply(BotReply.ephemeral(problem.get()));
            } else {
                command.onCommand(request);
            }
        }, errorId -> apologize(request, errorId));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        Feature.Autocompletes feature = autocompletes.get(event.getName());
        if (feature == null) {
            return;
        }
        var request = new JdaRequests.JdaAutocomplete(event);
        dispatch(request.caller(), event.getId(), "autocomplete " + event.getName(),
                () -> feature.onAutocomplete(request), errorId -> { });
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        onComponent(event);
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        onComponent(event);
    }

    private void onComponent(GenericComponentInteractionCreateEvent event) {
        Feature.Components feature = components.get(featureOf(event.getComponentId()));
        if (feature == null) {
            return;
        }
        var request = new JdaRequests.JdaComponent(event);
        dispatch(request.caller(), event.getId(), "component " + featureOf(event.getComponentId()),
                () -> feature.onComponent(request), errorId -> apologize(request, errorId));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        Feature.Components feature = components.get(featureOf(event.getModalId()));
        if (feature == null) {
            return;
        }
        var request = new JdaRequests.JdaModal(event);
        dispatch(request.caller(), event.getId(), "modal " + featureOf(event.getModalId()), () -> feature.onModal(request),
                errorId -> apologize(request, errorId));
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.getAuthor().isBot() || event.isWebhookMessage() || messageFeatures.isEmpty()) {
            return;
        }
        var message = new JdaRequests.JdaMessage(event);
        long conversation = conversationOf(event);
        for (Feature.Messages feature : messageFeatures) {
            conversations.execute(conversation, handling(message.caller(), event.getMessageId(), "message",
                    () -> feature.onMessage(message), errorId -> message.conversation().send(BotReply.text(apology(errorId)))));
        }
    }

    /**
     * The conversation a message belongs to, whose messages are answered one at a time, in order: a
     * thread's or a direct-message channel's follow-ups. A message in a channel may open a thread,
     * and a thread opened on a message has the message's id: keyed by that id, a follow-up typed
     * into the new thread waits for the answer that opened it.
     */
    static long conversationOf(MessageReceivedEvent event) {
        boolean mayOpenAThread = event.isFromGuild() && !event.getChannelType().isThread();
        return mayOpenAThread ? event.getMessageIdLong() : event.getChannel().getIdLong();
    }

    private void dispatch(Caller caller, String eventId, String what, Runnable handler, Consumer<String> onError) {
        workers.execute(handling(caller, eventId, what, handler, onError));
    }

    /** The handler, with the log context around it and the member told (with an error id) if it fails. */
    private static Runnable handling(Caller caller, String eventId, String what, Runnable handler,
            Consumer<String> onError) {
        return () -> {
            MDC.put("ctx", " [" + caller.logContext() + " e=" + eventId + "]");
            try {
                log.debug("Handling {}", what);
                handler.run();
            } catch (RuntimeException | Error e) {
                String errorId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
                log.error("Error {} while handling {}", errorId, what, e);
                try {
                    onError.accept(errorId);
                } catch (RuntimeException again) {
                    log.warn("Could not tell the member about error {}: {}", errorId, again.toString());
                }
            } finally {
                MDC.remove("ctx");
            }
        };
    }

    private static void apologize(Requests.Interaction request, String errorId) {
        BotReply reply = BotReply.ephemeral(apology(errorId));
        if (request.isAcknowledged()) {
            request.followUp(reply);
        } else {
            request.reply(reply);
        }
    }

    static String apology(String errorId) {
        return "Sorry, something went wrong on my side. Please try again in a moment. (error id `" + errorId + "`)";
    }

    /** The feature a custom id belongs to; an id the codec cannot read goes by its first word (its feature explains). */
    static String featureOf(String customId) {
        return ComponentId.parse(customId).map(ComponentId::feature).orElseGet(() -> {
            int colon = customId.indexOf(':');
            return colon < 0 ? customId : customId.substring(0, colon);
        });
    }

    void shutdown() {
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
