package dev.careermentor.discord.ask;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.ComponentId;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import java.util.List;
import java.util.Optional;

/**
 * When Discord did not take an answer, the member is told where they asked (in the thread, or
 * privately under their {@code /ask}) with a "Try again" button; pressing it posts the kept answer
 * at once. In a thread the notice itself becomes the answer; under {@code /ask}, whose notice is
 * private, the answer is posted publicly, as the answer would have been.
 */
public final class TryAgain implements Feature.Components {

    public static final String FEATURE = "retry";
    /** Replace the notice with the answer. */
    static final String REPLACE = "replace";
    /** Post the answer as a new public message. */
    static final String POST = "post";

    private final UndeliveredAnswers undelivered;

    public TryAgain(UndeliveredAnswers undelivered) {
        this.undelivered = undelivered;
    }

    /** The notice for a thread or channel, where it is public and becomes the answer when pressed. */
    public static BotReply notice(long keptId) {
        return BotReply.text("⚠️ Discord didn't take my answer just now. Press **Try again** to get it, or ask the same "
                + "question again.").withButtons(List.of(button(REPLACE, keptId)));
    }

    /** The private notice under an {@code /ask} whose answer did not arrive. */
    public static BotReply privateNotice(long keptId) {
        return BotReply.ephemeral("⚠️ Discord didn't take my answer just now. Press **Try again** to post it, or ask the "
                + "same question again.").withButtons(List.of(button(POST, keptId)));
    }

    private static BotReply.Button button(String action, long keptId) {
        return new BotReply.Button(ComponentId.of(FEATURE, action, keptId).encode(), "Try again", "🔁",
                BotReply.Style.PRIMARY);
    }

    @Override
    public String feature() {
        return FEATURE;
    }

    @Override
    public void onComponent(Requests.Component component) {
        Optional<ComponentId> id = ComponentId.parse(component.customId()).filter(c -> c.feature().equals(FEATURE));
        Optional<AskService.Answered> answered = id.flatMap(c -> c.number(0)).flatMap(undelivered::take);
        if (answered.isEmpty()) {
            component.reply(BotReply.ephemeral("I no longer have that answer (or it was posted already). Please ask "
                    + "your question again."));
            return;
        }
        BotReply answer = answered.get().reply();
        if (id.get().action().equals(REPLACE)) {
            component.update(answer);
        } else {
            component.reply(answer);
        }
    }
}
