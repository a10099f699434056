package dev.careermentor.discord.ask;

import dev.careermentor.answer.Answer;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.ComponentId;
import dev.careermentor.discord.DiscordLimits;
import java.util.List;
import java.util.Optional;

/** The "related question" buttons' ids, through the {@link ComponentId} codec: {@code ask} with the card id. */
public final class RelatedIds {

    public static final String FEATURE = "related";
    static final String ASK = "ask";

    private RelatedIds() {
    }

    public static String id(String cardId) {
        return new ComponentId(ComponentId.CURRENT, FEATURE, ASK, List.of(cardId)).encode();
    }

    /** One button per related question, labelled with the question itself. */
    public static List<BotReply.Button> buttons(List<Answer.Related> related) {
        return related.stream()
                .map(r -> new BotReply.Button(id(r.cardId()), DiscordLimits.trim(r.question(), DiscordLimits.BUTTON_LABEL),
                        "❔", BotReply.Style.SECONDARY))
                .toList();
    }

    /** The card a related-question button asks about. */
    public static Optional<String> parse(String customId) {
        return ComponentId.parse(customId)
                .filter(id -> id.feature().equals(FEATURE) && id.action().equals(ASK) && id.values().size() == 1)
                .map(id -> id.values().get(0));
    }
}
