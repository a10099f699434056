package dev.careermentor.discord.studygroup;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.ChallengePrompt;
import dev.careermentor.discord.Counts;
import dev.careermentor.discord.DiscordLimits;
import dev.careermentor.discord.EchoedText;
import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.ChallengeChannel;
import dev.careermentor.studygroup.PracticeService;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How challenges and answers look in Discord; their buttons' ids are {@link ChallengeIds}. */
public final class ChallengeMessages {

    static final int COLOR = 0x5865F2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private ChallengeMessages() {
    }

    /** The daily post (or a personal challenge): the prompt, how to answer, and the buttons. */
    public static BotReply post(ChallengeChannel.DailyPost post, String heading) {
        Challenge challenge = post.challenge();
        StringBuilder body = new StringBuilder();
        if (post.lateNote() != null) {
            body.append('*').append(post.lateNote()).append("*\n\n");
        }
        ChallengePrompt.appendTo(body, challenge,
                "A practice task: try it, then press **Submit** to share your attempt and see a model solution.");
        String footer = "Difficulty " + "★".repeat(challenge.difficulty()) + " · "
                + String.join(", ", challenge.meta().tags()) + " · " + post.marker();
        BotReply.Embed embed = new BotReply.Embed(heading + " · " + DAY.format(post.date()),
                DiscordLimits.trim(body.toString(), DiscordLimits.EMBED_DESCRIPTION), List.of(), footer, COLOR);
        String content = post.roleId() == null ? "" : "<@&" + post.roleId() + "> today's challenge is here!";
        List<BotReply.Embed> embeds = new ArrayList<>(List.of(embed));
        if (post.previous() != null) {
            embeds.add(new BotReply.Embed("Yesterday's challenge: the answer",
                    DiscordLimits.trim("*" + post.previous().meta().prompt() + "*\n**" + expected(post.previous()) + "**\n"
                            + reveal(post.previous()), DiscordLimits.EMBED_DESCRIPTION - 1_000), List.of(), "", 0x99AAB5));
        }
        return new BotReply(content, embeds, buttons(post.postId(), challenge), false);
    }

    static List<BotReply.Button> buttons(long postId, Challenge challenge) {
        List<BotReply.Button> buttons = new ArrayList<>();
        if (challenge instanceof Challenge.MultipleChoice choice) {
            for (int i = 0; i < choice.options().size(); i++) {
                buttons.add(new BotReply.Button(ChallengeIds.encode(new ChallengeIds.Pick(postId, i)),
                        DiscordLimits.trim(choice.lettered(i), 80), null, BotReply.Style.SECONDARY));
            }
        } else {
            buttons.add(new BotReply.Button(ChallengeIds.encode(new ChallengeIds.Answer(postId)),
                    challenge instanceof Challenge.PracticeTask ? "Submit" : "Answer", "✍️", BotReply.Style.PRIMARY));
            if (challenge instanceof Challenge.PracticeTask) {
                buttons.add(new BotReply.Button(ChallengeIds.encode(new ChallengeIds.Hint(postId)), "Hint", "💡", BotReply.Style.SECONDARY));
            }
        }
        return buttons;
    }

    /** The private reply to an answer: right or wrong, why, where to read more, and the streak. */
    public static BotReply result(PracticeService.Result result) {
        if (result instanceof PracticeService.Recorded recorded) {
            Challenge challenge = recorded.challenge();
            StringBuilder text = new StringBuilder();
            if (challenge instanceof Challenge.PracticeTask) {
                text.append("✅ Submitted, +").append(Counts.of(recorded.answer().points(), "point"))
                        .append(". Here is a model solution:\n");
            } else if (recorded.answer().correct()) {
                text.append("✅ Correct! +").append(Counts.of(recorded.answer().points(), "point")).append('\n');
            } else {
                text.append("❌ Not quite. The answer is **").append(expected(challenge)).append("**.\n");
            }
            text.append(reveal(challenge));
            PracticeService.Streak streak = recorded.streak();
            text.append("\n🔥 Streak: ").append(streak.current()).append(streak.current() == 1 ? " day" : " days")
                    .append(" (best ").append(streak.best()).append(")");
            return BotReply.ephemeral(DiscordLimits.trim(text.toString(), DiscordLimits.CONTENT));
        }
        if (result instanceof PracticeService.AlreadyAnswered already) {
            return BotReply.ephemeral(DiscordLimits.trim("You already answered this one (**"
                    + DiscordLimits.trim(EchoedText.clean(already.answer().answer()), 200) + "**, " + (already.answer().correct() ? "correct" : "not correct") + "). Only the first answer counts.\n"
                    + reveal(already.challenge()), DiscordLimits.CONTENT));
        }
        if (result instanceof PracticeService.Closed closed) {
            return BotReply.ephemeral(DiscordLimits.trim("This challenge closed at the end of its day, so answers no "
                    + "longer count. The answer was **" + expected(closed.challenge()) + "**.\n" + reveal(closed.challenge()),
                    DiscordLimits.CONTENT));
        }
        return BotReply.ephemeral(((PracticeService.Unknown) result).why());
    }

    /** The explanation (and for tasks the model solution) with the knowledge section to read. */
    public static String reveal(Challenge challenge) {
        StringBuilder text = new StringBuilder(challenge.meta().explanation());
        if (challenge instanceof Challenge.PracticeTask task) {
            text.insert(0, task.solution().strip() + "\n");
        }
        text.append("\n📖 Learn more: `").append(challenge.meta().source()).append("` (or ask me with /ask)");
        return text.toString();
    }

    public static String expected(Challenge challenge) {
        if (challenge instanceof Challenge.MultipleChoice choice) {
            return choice.lettered(choice.answer());
        }
        if (challenge instanceof Challenge.ShortAnswer shortAnswer) {
            return shortAnswer.expected();
        }
        return "see the model solution";
    }
}
