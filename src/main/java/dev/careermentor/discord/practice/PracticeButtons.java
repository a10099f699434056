package dev.careermentor.discord.practice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.learning.PracticeSessions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The practice buttons: "Practice this" under an answer (a challenge on the answering card's topic),
 * "Next challenge", and answering a practice item (option buttons, a form, hints). Everything is
 * private to the member who clicked.
 */
public final class PracticeButtons implements Feature.Components {

    private final PracticeSessions sessions;
    /** Hints a member looked at, per item; a right answer after a hint is reviewed sooner (FSRS "Hard"). */
    private final Cache<Long, AtomicInteger> hintsSeen = Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(2)).build();

    public PracticeButtons(PracticeSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public String feature() {
        return PracticeIds.FEATURE;
    }

    @Override
    public void onComponent(Requests.Component component) {
        Optional<PracticeIds.PracticeId> id = PracticeIds.parse(component.customId());
        long userId = component.caller().userId();
        if (id.isEmpty()) {
            component.reply(BotReply.ephemeral("I don't know that button."));
        } else if (id.get() instanceof PracticeIds.ThisTopic topic) {
            component.reply(hand(sessions.onTopic(userId, topic.cardId())));
        } else if (id.get() instanceof PracticeIds.Next) {
            component.reply(hand(sessions.next(userId)));
        } else if (id.get() instanceof PracticeIds.Pick pick) {
            component.reply(PracticeMessages.outcome(sessions.answer(pick.itemId(), userId, Integer.toString(pick.option()),
                    hints(pick.itemId()).get())));
        } else if (id.get() instanceof PracticeIds.Answer answer) {
            Optional<Challenge> challenge = mine(answer.itemId(), userId);
            if (challenge.isPresent()) {
                component.openModal(PracticeMessages.form(answer.itemId(), challenge.get()));
            } else {
                component.reply(BotReply.ephemeral("That practice challenge is not yours (any more): /practice gives you one."));
            }
        } else if (id.get() instanceof PracticeIds.Hint hint) {
            component.reply(hint(hint.itemId(), userId));
        } else {
            component.reply(BotReply.ephemeral("I don't know that button."));
        }
    }

    @Override
    public void onModal(Requests.ModalSubmit submit) {
        Optional<PracticeIds.PracticeId> id = PracticeIds.parse(submit.customId());
        String answer = submit.value(PracticeMessages.ANSWER_INPUT).orElse("").strip();
        if (id.isEmpty() || !(id.get() instanceof PracticeIds.Submit form)) {
            submit.reply(BotReply.ephemeral("That form is not one of mine."));
            return;
        }
        if (answer.isEmpty()) {
            submit.reply(BotReply.ephemeral("Your answer was empty."));
            return;
        }
        submit.reply(PracticeMessages.outcome(sessions.answer(form.itemId(), submit.caller().userId(), answer,
                hints(form.itemId()).get())));
    }

    private BotReply hand(Optional<PracticeSessions.Handed> handed) {
        return handed.map(h -> PracticeMessages.handed(h, sessions::topicTitle)).orElseGet(PracticeMessages::nothing);
    }

    private BotReply hint(long itemId, long userId) {
        Optional<Challenge> challenge = mine(itemId, userId);
        if (challenge.isEmpty() || !(challenge.get() instanceof Challenge.PracticeTask task)) {
            return BotReply.ephemeral("This challenge has no hints.");
        }
        int seen = hints(itemId).getAndUpdate(n -> Math.min(n + 1, task.hints().size()));
        int index = Math.min(seen, task.hints().size() - 1);
        return BotReply.ephemeral("💡 Hint " + (index + 1) + "/" + task.hints().size() + ": " + task.hints().get(index));
    }

    private Optional<Challenge> mine(long itemId, long userId) {
        return sessions.item(itemId).filter(item -> item.userId() == userId).flatMap(sessions::challengeOf);
    }

    private AtomicInteger hints(long itemId) {
        return hintsSeen.get(itemId, key -> new AtomicInteger());
    }
}
