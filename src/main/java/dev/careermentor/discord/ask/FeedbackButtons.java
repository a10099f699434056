package dev.careermentor.discord.ask;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.ModalForm;
import dev.careermentor.discord.Requests;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.questions.FeedbackRepository;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 👍 / 👎 buttons under every answer: one vote per member per answer (clicking again changes
 * it), stored in the database, so buttons keep working after a restart. A 👎 asks, in an ephemeral
 * follow-up, what was missing; the member's reply is stored with the vote.
 */
public final class FeedbackButtons implements Feature.Components {

    static final String MISSING_INPUT = "missing";
    /** The longest comment the form takes. */
    static final int MAX_COMMENT = 1000;

    private final FeedbackRepository feedback;
    private final AnswerLog answers;

    public FeedbackButtons(FeedbackRepository feedback, AnswerLog answers) {
        this.feedback = feedback;
        this.answers = answers;
    }

    @Override
    public String feature() {
        return FeedbackIds.FEATURE;
    }

    @Override
    public void onComponent(Requests.Component component) {
        Optional<FeedbackIds.Parsed> parsed = FeedbackIds.parse(component.customId());
        if (parsed.isEmpty() || !answers.exists(parsed.get().answerId())) {
            component.reply(BotReply.ephemeral("I can't find that answer any more, so I can't record feedback for it."));
            return;
        }
        long answerId = parsed.get().answerId();
        long userId = component.caller().userId();
        switch (parsed.get().action()) {
            case UP -> {
                Optional<FeedbackRepository.Vote> previous = feedback.vote(answerId, userId, FeedbackRepository.Vote.HELPFUL);
                component.reply(BotReply.ephemeral(previous.isEmpty() ? "Thanks for the 👍! Glad it helped."
                        : previous.get() == FeedbackRepository.Vote.HELPFUL ? "You already voted 👍 on this answer."
                        : "Changed your vote to 👍. Thanks!"));
            }
            case DOWN -> {
                Optional<FeedbackRepository.Vote> previous = feedback.vote(answerId, userId, FeedbackRepository.Vote.UNHELPFUL);
                component.defer(true); // acknowledged privately; the question comes as an ephemeral follow-up
                String vote = previous.isEmpty() ? "Thanks for the 👎."
                        : previous.get() == FeedbackRepository.Vote.UNHELPFUL ? "You already voted 👎 on this answer."
                        : "Changed your vote to 👎.";
                component.followUp(BotReply.ephemeral(vote + " What was missing or wrong? Your answer helps "
                        + "us improve the knowledge base.").withButtons(List.of(new BotReply.Button(
                        FeedbackIds.id(FeedbackIds.Action.WHY, answerId), "Tell us what was missing", "✍️",
                        BotReply.Style.PRIMARY))));
            }
            case WHY -> component.openModal(form(answerId));
            case MISSING -> component.reply(BotReply.ephemeral("Please use the form to tell us what was missing."));
        }
    }

    @Override
    public void onModal(Requests.ModalSubmit submit) {
        Optional<FeedbackIds.Parsed> parsed = FeedbackIds.parse(submit.customId());
        String text = submit.value(MISSING_INPUT).map(String::strip).orElse("");
        if (parsed.isEmpty() || text.isEmpty() || !answers.exists(parsed.get().answerId())) {
            submit.reply(BotReply.ephemeral("Nothing was recorded: the form was empty or the answer is gone."));
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_COMMENT) { // the form allows no more, but a submission can be forged
            submit.reply(BotReply.ephemeral(String.format(Locale.ROOT,
                    "Nothing was recorded: that is %,d characters; the form takes up to %,d.", length, MAX_COMMENT)));
            return;
        }
        feedback.comment(parsed.get().answerId(), submit.caller().userId(), text);
        submit.reply(BotReply.ephemeral("Thank you, noted. The maintainers read every comment."));
    }

    static ModalForm form(long answerId) {
        return new ModalForm(FeedbackIds.id(FeedbackIds.Action.MISSING, answerId), "What was missing?",
                List.of(new ModalForm.Input(MISSING_INPUT, "What was missing or wrong?",
                        "e.g. it answered a different question, or it left out interviews for juniors", true, 3, MAX_COMMENT,
                        true)));
    }
}
