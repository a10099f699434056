package dev.careermentor.discord.help;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /help}: the bot in a few lines. */
public final class HelpCommand implements Feature.SlashCommand {

    static final String TEXT = """
            **Career Mentor** answers questions about becoming a professional Python developer, from a curated \
            knowledge base, and cites the sections it used. If the knowledge base does not cover something, it says so \
            instead of guessing.
            • `/ask question:` ask anything about the path: skills, frameworks, SQL and ORMs, interviews, finding work.
            • Mention me in a channel to start a thread; follow-up questions in that thread keep the context.
            • `/topics` lists what I cover. 👍 / 👎 under an answer tells the maintainers whether it helped.
            • Practice: `/practice` gives your next challenge (due reviews first, then your gaps); "Practice this" under an             answer gives one on its topic; `/progress` shows your roadmap and your month.
            • Study groups: `/challenge today`, `/streak`, `/leaderboard` (admins set a group up with `/studygroup setup`).""";

    @Override
    public SlashCommandData data() {
        return Commands.slash("help", "How to use Career Mentor");
    }

    @Override
    public void onCommand(Requests.Command command) {
        command.reply(BotReply.ephemeral(TEXT));
    }
}
