package dev.careermentor.discord.features;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.ChallengeMessages;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.ModalForm;
import dev.careermentor.discord.Requests;
import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.PracticeService;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.model.StudyGroup;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answering challenges: a button per option for a multiple choice, a form for a short answer or a
 * practice task, and hints. Replies are private, so nobody's answer spoils it for the others.
 */
public final class ChallengeButtons implements Feature.Components {

    static final String ANSWER_INPUT = "answer";

    private final StudyGroups studyGroups;
    /** Hints a member looked at, per post; they lower the points of a right answer a little. */
    private final Cache<String, AtomicInteger> hintsSeen = Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(2)).build();

    public ChallengeButtons(StudyGroups studyGroups) {
        this.studyGroups = studyGroups;
    }

    @Override
    public String prefix() {
        return ChallengeMessages.PREFIX;
    }

    @Override
    public void onComponent(Requests.Component component) {
        String[] parts = component.customId().split(":");
        Optional<Long> postId = parts.length >= 3 ? parseLong(parts[2]) : Optional.empty();
        Optional<StudyGroup> group = postId.flatMap(studyGroups::groupOfPost);
        if (group.isEmpty()) {
            component.reply(BotReply.ephemeral("That challenge no longer exists."));
            return;
        }
        long userId = component.caller().userId();
        switch (parts[1]) {
            case "pick" -> component.reply(ChallengeMessages.result(studyGroups.practice().answer(group.get(), postId.get(),
                    userId, parts.length > 3 ? parts[3] : "", hints(postId.get(), userId).get())));
            case "answer" -> challenge(postId.get()).ifPresentOrElse(
                    challenge -> component.openModal(form(postId.get(), challenge)),
                    () -> component.reply(BotReply.ephemeral("That challenge was removed from the bank.")));
            case "hint" -> component.reply(hint(postId.get(), userId));
            default -> component.reply(BotReply.ephemeral("I don't know that button."));
        }
    }

    @Override
    public void onModal(Requests.ModalSubmit submit) {
        String[] parts = submit.customId().split(":");
        Optional<Long> postId = parts.length >= 3 ? parseLong(parts[2]) : Optional.empty();
        Optional<StudyGroup> group = postId.flatMap(studyGroups::groupOfPost);
        String answer = submit.value(ANSWER_INPUT).orElse("").strip();
        if (group.isEmpty() || answer.isEmpty()) {
            submit.reply(BotReply.ephemeral(group.isEmpty() ? "That challenge no longer exists." : "Your answer was empty."));
            return;
        }
        long userId = submit.caller().userId();
        PracticeService.Result result = studyGroups.practice().answer(group.get(), postId.get(), userId, answer,
                hints(postId.get(), userId).get());
        submit.reply(ChallengeMessages.result(result));
    }

    private BotReply hint(long postId, long userId) {
        Optional<Challenge> challenge = challenge(postId);
        if (challenge.isEmpty() || !(challenge.get() instanceof Challenge.PracticeTask task)) {
            return BotReply.ephemeral("This challenge has no hints.");
        }
        int seen = hints(postId, userId).getAndUpdate(n -> Math.min(n + 1, task.hints().size()));
        int index = Math.min(seen, task.hints().size() - 1);
        return BotReply.ephemeral("💡 Hint " + (index + 1) + "/" + task.hints().size() + ": " + task.hints().get(index));
    }

    private AtomicInteger hints(long postId, long userId) {
        return hintsSeen.get(postId + ":" + userId, key -> new AtomicInteger());
    }

    private Optional<Challenge> challenge(long postId) {
        return studyGroups.post(postId).flatMap(studyGroups.practice()::challengeOf);
    }

    static ModalForm form(long postId, Challenge challenge) {
        boolean task = challenge instanceof Challenge.PracticeTask;
        return new ModalForm(ChallengeMessages.PREFIX + ":submit:" + postId, task ? "Submit your attempt" : "Your answer",
                List.of(new ModalForm.Input(ANSWER_INPUT, task ? "Your attempt (code or notes)" : "Answer",
                        task ? "Paste your code or write your answer" : "A word, a name or a number", task, 1,
                        task ? 4000 : 200, true)));
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
