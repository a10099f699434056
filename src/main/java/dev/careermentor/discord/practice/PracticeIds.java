package dev.careermentor.discord.practice;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.ComponentId;
import java.util.List;
import java.util.Optional;

/**
 * The practice components' ids, through the {@link ComponentId} codec: "Practice this" under an
 * answer (with the answering card's id), "Next challenge", and the answer buttons, form and hint of
 * a practice item (with its id).
 */
public final class PracticeIds {

    public static final String FEATURE = "practice";

    private PracticeIds() {
    }

    /** What a practice component is about. */
    public sealed interface PracticeId permits ThisTopic, Next, Pick, Answer, Hint, Submit {
    }

    /** "Practice this": a challenge on the topic of the card that answered. */
    public record ThisTopic(String cardId) implements PracticeId {
    }

    /** "Next challenge": what {@code /practice} gives. */
    public record Next() implements PracticeId {
    }

    /** A multiple-choice option (its index) picked by button. */
    public record Pick(long itemId, int option) implements PracticeId {
    }

    /** The button that opens the form for a typed answer or a task. */
    public record Answer(long itemId) implements PracticeId {
    }

    public record Hint(long itemId) implements PracticeId {
    }

    /** The submitted answer form. */
    public record Submit(long itemId) implements PracticeId {
    }

    public static String encode(PracticeId id) {
        if (id instanceof ThisTopic topic) {
            return new ComponentId(ComponentId.CURRENT, FEATURE, "this", List.of(topic.cardId())).encode();
        }
        if (id instanceof Next) {
            return new ComponentId(ComponentId.CURRENT, FEATURE, "next", List.of()).encode();
        }
        if (id instanceof Pick pick) {
            return ComponentId.of(FEATURE, "pick", pick.itemId(), pick.option()).encode();
        }
        if (id instanceof Answer answer) {
            return ComponentId.of(FEATURE, "answer", answer.itemId()).encode();
        }
        if (id instanceof Hint hint) {
            return ComponentId.of(FEATURE, "hint", hint.itemId()).encode();
        }
        return ComponentId.of(FEATURE, "submit", ((Submit) id).itemId()).encode();
    }

    /** The "Practice this" button under an answer from the card {@code cardId}. */
    public static BotReply.Button practiceThis(String cardId) {
        return new BotReply.Button(encode(new ThisTopic(cardId)), "Practice this", "🎯", BotReply.Style.PRIMARY);
    }

    public static Optional<PracticeId> parse(String customId) {
        Optional<ComponentId> parsed = ComponentId.parse(customId).filter(id -> id.feature().equals(FEATURE));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ComponentId id = parsed.get();
        return switch (id.action()) {
            case "this" -> id.values().size() == 1 ? Optional.of(new ThisTopic(id.values().get(0))) : Optional.empty();
            case "next" -> Optional.of(new Next());
            case "pick" -> id.number(0).flatMap(item -> id.number(1).filter(o -> o >= 0 && o < 25)
                    .map(option -> new Pick(item, option.intValue())));
            case "answer" -> id.number(0).map(Answer::new);
            case "hint" -> id.number(0).map(Hint::new);
            case "submit" -> id.number(0).map(Submit::new);
            default -> Optional.empty();
        };
    }
}
