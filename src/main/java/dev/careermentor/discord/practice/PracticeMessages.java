package dev.careermentor.discord.practice;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.ChallengePrompt;
import dev.careermentor.discord.DiscordLimits;
import dev.careermentor.discord.ModalForm;
import dev.careermentor.discord.studygroup.ChallengeMessages;
import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.learning.PracticeSessions;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How practice looks in Discord: a challenge handed to a member (why it was chosen, the prompt, answer
 * buttons), and the private result (right or not, the explanation, when it comes back).
 */
public final class PracticeMessages {

    static final int COLOR = 0x5865F2;
    static final String ANSWER_INPUT = "answer";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private PracticeMessages() {
    }

    /** A challenge for one member, privately. */
    public static BotReply handed(PracticeSessions.Handed handed, UnaryOperator<String> topicTitle) {
        Challenge challenge = handed.challenge();
        String topic = topicTitle.apply(handed.topic());
        StringBuilder body = new StringBuilder("*").append(why(handed, topic)).append("*\n\n");
        ChallengePrompt.appendTo(body, challenge, "A practice task: try it, then press **Submit** to see a model solution.");
        BotReply.Embed embed = new BotReply.Embed("Practice · " + topic,
                DiscordLimits.trim(body.toString(), DiscordLimits.EMBED_DESCRIPTION), List.of(),
                "Difficulty " + "★".repeat(challenge.difficulty()) + " · reviews are scheduled with FSRS", COLOR);
        return new BotReply("", List.of(embed), buttons(handed.item().id(), challenge), true);
    }

    private static String why(PracticeSessions.Handed handed, String topic) {
        return switch (handed.item().reason()) {
            case REVIEW -> "🔁 A review: you answered this one " + handed.previous()
                    .map(p -> "on " + DAY.format(p.lastReview().atZone(ZoneOffset.UTC))).orElse("before")
                    + " and it is due again.";
            case ASKED -> "❓ You asked me about " + topic + " recently: try this.";
            case MISSED -> "💪 You missed one on " + topic + ": here is another.";
            case NEW -> "🆕 Next on your roadmap: " + topic + ".";
            case MORE -> "➕ One you have not tried yet.";
            case AHEAD -> "✨ You have answered everything: an early review.";
            case TOPIC -> "🎯 On " + topic + ".";
        };
    }

    static List<BotReply.Button> buttons(long itemId, Challenge challenge) {
        List<BotReply.Button> buttons = new ArrayList<>();
        if (challenge instanceof Challenge.MultipleChoice choice) {
            for (int i = 0; i < choice.options().size(); i++) {
                buttons.add(new BotReply.Button(PracticeIds.encode(new PracticeIds.Pick(itemId, i)),
                        DiscordLimits.trim(choice.lettered(i), 80), null,
                        BotReply.Style.SECONDARY));
            }
        } else {
            buttons.add(new BotReply.Button(PracticeIds.encode(new PracticeIds.Answer(itemId)),
                    challenge instanceof Challenge.PracticeTask ? "Submit" : "Answer", "✍️", BotReply.Style.PRIMARY));
            if (challenge instanceof Challenge.PracticeTask) {
                buttons.add(new BotReply.Button(PracticeIds.encode(new PracticeIds.Hint(itemId)), "Hint", "💡",
                        BotReply.Style.SECONDARY));
            }
        }
        return buttons;
    }

    /** The form for a typed answer or a task's attempt. */
    static ModalForm form(long itemId, Challenge challenge) {
        boolean task = challenge instanceof Challenge.PracticeTask;
        return new ModalForm(PracticeIds.encode(new PracticeIds.Submit(itemId)), task ? "Submit your attempt" : "Your answer",
                List.of(new ModalForm.Input(ANSWER_INPUT, task ? "Your attempt (code or notes)" : "Answer",
                        task ? "Paste your code or write your answer" : "A word, a name or a number", task, 1,
                        task ? 4000 : 200, true)));
    }

    /** The private result of an answer, with a button for the next challenge. */
    public static BotReply outcome(PracticeSessions.Outcome outcome) {
        if (outcome instanceof PracticeSessions.Answered answered) {
            Challenge challenge = answered.challenge();
            StringBuilder text = new StringBuilder();
            if (challenge instanceof Challenge.PracticeTask) {
                text.append("✅ Submitted. Here is a model solution:\n");
            } else if (answered.correct()) {
                text.append("✅ Correct!\n");
            } else {
                text.append("❌ Not quite. The answer is **").append(ChallengeMessages.expected(challenge)).append("**.\n");
            }
            text.append(ChallengeMessages.reveal(challenge));
            long days = Math.max(1, Duration.between(answered.review().lastReview(), answered.review().due()).toDays());
            text.append("\n🔁 It comes back for review in ").append(days).append(days == 1 ? " day." : " days.");
            if (answered.dueNow() > 0) {
                text.append(answered.dueNow() == 1 ? " 1 review is due now." : " " + answered.dueNow() + " reviews are due now.");
            }
            return new BotReply(DiscordLimits.trim(text.toString(), DiscordLimits.CONTENT), List.of(), List.of(nextButton()),
                    true);
        }
        if (outcome instanceof PracticeSessions.AlreadyAnswered already) {
            return new BotReply(DiscordLimits.trim("You already answered this one. "
                    + ChallengeMessages.reveal(already.challenge()), DiscordLimits.CONTENT), List.of(), List.of(nextButton()),
                    true);
        }
        return BotReply.ephemeral(((PracticeSessions.Unknown) outcome).why());
    }

    static BotReply.Button nextButton() {
        return new BotReply.Button(PracticeIds.encode(new PracticeIds.Next()), "Next challenge", "➡️",
                BotReply.Style.PRIMARY);
    }

    /** When the bank has nothing to give. */
    static BotReply nothing() {
        return BotReply.ephemeral("There is no challenge to practise right now: the challenge bank is empty or being reloaded.");
    }
}
