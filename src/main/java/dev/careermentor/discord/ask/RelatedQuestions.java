package dev.careermentor.discord.ask;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.knowledge.Card;
import dev.careermentor.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The "related question" buttons under an answer: clicking one asks that card's question for the
 * member who clicked, and the answer comes privately, so exploring does not fill the channel. The
 * same limits apply as to any question.
 */
public final class RelatedQuestions implements Feature.Components {

    private final AskService ask;
    private final Supplier<KnowledgeBase> knowledge;

    public RelatedQuestions(AskService ask, Supplier<KnowledgeBase> knowledge) {
        this.ask = ask;
        this.knowledge = knowledge;
    }

    @Override
    public String feature() {
        return RelatedIds.FEATURE;
    }

    @Override
    public void onComponent(Requests.Component component) {
        Optional<Card> card = RelatedIds.parse(component.customId()).flatMap(id -> knowledge.get().card(id));
        if (card.isEmpty()) {
            component.reply(BotReply.ephemeral("That question is no longer in the knowledge base; try /ask."));
            return;
        }
        String question = card.get().question();
        Optional<BotReply> declined = ask.admit(component.caller(), question);
        if (declined.isPresent()) {
            component.reply(declined.get());
            return;
        }
        component.reply(ask.answer(component.caller(), question, List.of()).reply().asEphemeral());
    }
}
