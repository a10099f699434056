package dev.careermentor.discord.studygroup;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.ModalForm;
import dev.careermentor.discord.Requests;
import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.PracticeService;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.model.StudyGroup;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answering challenges: a button per option for a multiple choice, a form for a short answer or a
 * practice task, and hints. Replies are private, so nobody's answer spoils it for the others.
 */
public final class ChallengeButtons implements Feature.Components {

    static final String ANSWER_INPUT = "answer";
    /** The longest typed answer, and the longest attempt at a practice task, the form takes. */
    static final int MAX_ANSWER = 200;
    static final int MAX_ATTEMPT = 4000;

    private final StudyGroups studyGroups;
    /** Hints a member looked at, per post; they lower the points of a right answer a little. */
    private final Cache<HintsKey, AtomicInteger> hintsSeen = Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(2)).build();

    public ChallengeButtons(StudyGroups studyGroups) {
        this.studyGroups = studyGroups;
    }

    @Override
    public String feature() {
        return ChallengeIds.FEATURE;
    }

    @Override
    public void onComponent(Requests.Component component) {
        Optional<ChallengeIds.ChallengeId> id = ChallengeIds.parse(component.customId());
        Optional<StudyGroup> group = id.flatMap(i -> studyGroups.groupOfPost(i.postId()));
        if (group.isEmpty()) {
            component.reply(BotReply.ephemeral("That challenge no longer exists."));
            return;
        }
        long postId = id.get().postId();
        long userId = component.caller().userId();
        if (id.get() instanceof ChallengeIds.Pick pick) {
            component.reply(ChallengeMessages.result(studyGroups.practice().answer(group.get(), postId, userId,
                    Integer.toString(pick.option()), hints(postId, userId).get())));
        } else if (id.get() instanceof ChallengeIds.Answer) {
            challenge(postId).ifPresentOrElse(
                    challenge -> component.openModal(form(postId, challenge)),
                    () -> component.reply(BotReply.ephemeral("That challenge was removed from the bank.")));
        } else if (id.get() instanceof ChallengeIds.Hint) {
            component.reply(hint(postId, userId));
        } else {
            component.reply(BotReply.ephemeral("I don't know that button."));
        }
    }

    @Override
    public void onModal(Requests.ModalSubmit submit) {
        Optional<Long> postId = ChallengeIds.parse(submit.customId()).map(ChallengeIds.ChallengeId::postId);
        Optional<StudyGroup> group = postId.flatMap(studyGroups::groupOfPost);
        String answer = submit.value(ANSWER_INPUT).orElse("").strip();
        if (group.isEmpty() || answer.isEmpty()) {
            submit.reply(BotReply.ephemeral(group.isEmpty() ? "That challenge no longer exists." : "Your answer was empty."));
            return;
        }
        int length = answer.codePointCount(0, answer.length());
        int max = challenge(postId.get()).map(ChallengeButtons::maxLength).orElse(MAX_ATTEMPT);
        if (length > max) { // the form allows no more, but a submission can be forged
            submit.reply(BotReply.ephemeral(String.format(Locale.ROOT,
                    "That answer is %,d characters long; the form takes up to %,d.", length, max)));
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
        return hintsSeen.get(new HintsKey(postId, userId), key -> new AtomicInteger());
    }

    /** One member's hints on one post. */
    private record HintsKey(long postId, long userId) {
    }

    private Optional<Challenge> challenge(long postId) {
        return studyGroups.post(postId).flatMap(studyGroups.practice()::challengeOf);
    }

    static ModalForm form(long postId, Challenge challenge) {
        boolean task = challenge instanceof Challenge.PracticeTask;
        String title = task ? "Submit your attempt" : "Your answer";
        return new ModalForm(ChallengeIds.encode(new ChallengeIds.Submit(postId)), title,
                List.of(new ModalForm.Input(ANSWER_INPUT, task ? "Your attempt (code or notes)" : "Answer",
                        task ? "Paste your code or write your answer" : "A word, a name or a number", task, 1,
                        maxLength(challenge), true)));
    }

    static int maxLength(Challenge challenge) {
        return challenge instanceof Challenge.PracticeTask ? MAX_ATTEMPT : MAX_ANSWER;
    }
}
