package dev.careermentor.discord.ask;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.DiscordLimits;
import dev.careermentor.discord.EchoedText;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.knowledge.Card;
import dev.careermentor.knowledge.KnowledgeBase;
import dev.careermentor.knowledge.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ask question:} answers publicly with sources and feedback buttons. While the member types,
 * the option suggests questions the knowledge base answers (its section headings).
 */
public final class AskSlashCommand implements Feature.SlashCommand, Feature.Autocompletes {

    private static final Logger log = LoggerFactory.getLogger(AskSlashCommand.class);

    static final String NAME = "ask";
    static final String QUESTION = "question";
    /** The private reply to an {@code /ask} without a question. */
    static final String EMPTY_HINT = "Ask me a question about becoming a Python developer, e.g. `/ask question: which "
            + "web frameworks should I learn?`. `/topics` lists what I cover.";

    private final AskService ask;
    private final Supplier<KnowledgeBase> knowledge;

    public AskSlashCommand(AskService ask, Supplier<KnowledgeBase> knowledge) {
        this.ask = ask;
        this.knowledge = knowledge;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash(NAME, "Ask a career question about becoming a Python developer")
                .addOptions(new OptionData(OptionType.STRING, QUESTION, "Your question, in your own words", true, true)
                        .setMaxLength(AskService.MAX_QUESTION_CHARS));
    }

    @Override
    public void onCommand(Requests.Command command) {
        String question = command.option(QUESTION).orElse("");
        if (EchoedText.clean(question).isBlank()) { // Discord requires the option, but not that it says anything
            command.reply(BotReply.ephemeral(EMPTY_HINT));
            return;
        }
        Optional<BotReply> declined = ask.admit(command.caller(), question);
        if (declined.isPresent()) {
            command.reply(declined.get());
            return;
        }
        if (ask.usesLlm()) {
            command.defer(false); // an LLM may take longer than Discord's 3 seconds
        }
        AskService.Answered answered = ask.answer(command.caller(), question, List.of());
        try {
            command.reply(answered.reply());
        } catch (Requests.NotDelivered e) {
            long kept = ask.keepUndelivered(command.caller(), question, answered);
            log.warn("Answer {} was not delivered ({}); kept as {} for Try again", answered.answerId(), e.getMessage(),
                    kept);
            try {
                command.followUp(TryAgain.privateNotice(kept));
            } catch (RuntimeException again) {
                log.warn("Could not tell the member either: {}", again.getMessage());
            }
        }
    }

    @Override
    public String command() {
        return NAME;
    }

    @Override
    public void onAutocomplete(Requests.Autocomplete request) {
        request.suggest(suggestions(knowledge.get(), request.typed()));
    }

    /** Card questions (what the knowledge base answers) containing every typed word, in roadmap order. */
    static List<Requests.Choice> suggestions(KnowledgeBase kb, String typed) {
        String[] words = typed.toLowerCase(Locale.ROOT).strip().split("\\s+");
        List<Requests.Choice> choices = new ArrayList<>();
        for (Card card : kb.cards()) {
            String title = kb.topic(card.topic()).map(Topic::title).orElse("");
            String haystack = (card.question() + " " + title).toLowerCase(Locale.ROOT);
            boolean matches = true;
            for (String word : words) {
                matches &= word.isEmpty() || haystack.contains(word);
            }
            if (matches && choices.stream().noneMatch(c -> c.value().equals(card.question()))) {
                String label = DiscordLimits.trim(card.question(), DiscordLimits.CHOICE_NAME);
                choices.add(new Requests.Choice(label, label));
            }
            if (choices.size() == DiscordLimits.CHOICES) {
                return choices;
            }
        }
        return choices;
    }
}
