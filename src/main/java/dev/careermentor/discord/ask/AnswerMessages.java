package dev.careermentor.discord.ask;

import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Source;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.DiscordLimits;
import java.util.List;
import java.util.Locale;

/** How an answer looks in Discord: an embed with the reply, its sources, and feedback buttons. */
public final class AnswerMessages {

    static final int ANSWERED_COLOR = 0x3BA55D;
    static final int REFUSED_COLOR = 0xFAA61A;

    private AnswerMessages() {
    }

    public static BotReply render(String question, Answer answer, long answerId) {
        StringBuilder description = new StringBuilder();
        answer.notes().forEach(note -> description.append('*').append(note).append("*\n\n"));
        description.append(answer.text());
        List<BotReply.Field> fields = answer.sources().isEmpty() ? List.of()
                : List.of(new BotReply.Field("Sources", sources(answer.sources())));
        String footer = answer.refused()
                ? "Not in my knowledge base · /topics lists what I cover"
                : String.format(Locale.ROOT, "From the Career Mentor knowledge base · confidence %d%%",
                        Math.round(answer.confidence() * 100));
        BotReply.Embed embed = new BotReply.Embed(DiscordLimits.trim(question, DiscordLimits.EMBED_TITLE),
                DiscordLimits.trim(description.toString(), DiscordLimits.EMBED_DESCRIPTION), fields, footer,
                answer.refused() ? REFUSED_COLOR : ANSWERED_COLOR);
        return BotReply.embed(embed).withButtons(answer.reason() == Answer.Refusal.EMPTY ? List.of()
                : FeedbackIds.buttons(answerId));
    }

    /** One line per section, trimmed to the field limit without cutting a line in half. */
    static String sources(List<Source> sources) {
        StringBuilder sb = new StringBuilder();
        for (Source source : sources) {
            String line = "• " + source.topic() + " › " + source.question() + " — `" + source.citation() + "`";
            if (sb.length() + line.length() + 1 > DiscordLimits.EMBED_FIELD_VALUE) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : "\n").append(line);
        }
        return sb.length() == 0 ? DiscordLimits.trim("• " + sources.get(0).citation(), DiscordLimits.EMBED_FIELD_VALUE)
                : sb.toString();
    }
}
