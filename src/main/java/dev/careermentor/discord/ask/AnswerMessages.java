package dev.careermentor.discord.ask;

import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Source;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.DiscordLimits;
import dev.careermentor.discord.practice.PracticeIds;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How an answer looks in Discord: an embed titled with the question the card answers (never the
 * member's own words, which would then appear as the bot's), the reply, its sources with their dates
 * (a card older than 18 months is flagged as possibly out of date), feedback buttons, buttons for the
 * related questions, and "Practice this" (a challenge on the answering card's topic).
 */
public final class AnswerMessages {

    static final int ANSWERED_COLOR = 0x3BA55D;
    static final int REFUSED_COLOR = 0xFAA61A;
    static final String REFUSED_TITLE = "Not in my knowledge base";

    private AnswerMessages() {
    }

    public static BotReply render(Answer answer, long answerId) {
        return render(answer, answerId, LocalDate.now(ZoneOffset.UTC));
    }

    /** @param today the date the sources' age is measured against */
    public static BotReply render(Answer answer, long answerId, LocalDate today) {
        StringBuilder description = new StringBuilder();
        answer.notes().forEach(note -> description.append('*').append(note).append("*\n\n"));
        description.append(answer.text());
        List<BotReply.Field> fields = answer.sources().isEmpty() ? List.of()
                : List.of(new BotReply.Field("Sources", sources(answer.sources(), today)));
        String footer = answer.refused()
                ? "Not in my knowledge base · /topics lists what I cover"
                : String.format(Locale.ROOT, "From the Career Mentor knowledge base · confidence %d%%",
                        Math.round(answer.confidence() * 100));
        String title = answer.refused() || answer.sources().isEmpty() ? REFUSED_TITLE : answer.sources().get(0).question();
        BotReply.Embed embed = new BotReply.Embed(DiscordLimits.trim(title, DiscordLimits.EMBED_TITLE),
                DiscordLimits.trim(description.toString(), DiscordLimits.EMBED_DESCRIPTION), fields, footer,
                answer.refused() ? REFUSED_COLOR : ANSWERED_COLOR);
        List<BotReply.Button> buttons = new ArrayList<>();
        if (answer.reason() != Answer.Refusal.EMPTY) {
            buttons.addAll(FeedbackIds.buttons(answerId));
        }
        buttons.addAll(RelatedIds.buttons(answer.related()));
        if (!answer.refused() && !answer.sources().isEmpty()) {
            buttons.add(PracticeIds.practiceThis(answer.sources().get(0).cardId()));
        }
        return BotReply.embed(embed).withButtons(buttons);
    }

    /**
     * One line per card, with the date it was last revised (and a note when that is more than 18
     * months ago), trimmed to the field limit without cutting a line.
     */
    static String sources(List<Source> sources, LocalDate today) {
        StringBuilder sb = new StringBuilder();
        for (Source source : sources) {
            String line = "• " + source.topic() + " › " + source.question() + " — `" + source.citation() + "`"
                    + (source.updated() == null ? "" : " · updated " + source.updated())
                    + (source.mayBeOutOfDate(today) ? " · ⚠️ may be out of date" : "");
            if (sb.length() + line.length() + 1 > DiscordLimits.EMBED_FIELD_VALUE) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : "\n").append(line);
        }
        return sb.length() == 0 ? DiscordLimits.trim("• " + sources.get(0).citation(), DiscordLimits.EMBED_FIELD_VALUE)
                : sb.toString();
    }
}
