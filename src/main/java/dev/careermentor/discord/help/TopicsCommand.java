package dev.careermentor.discord.help;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Counts;
import dev.careermentor.discord.DiscordLimits;
import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.knowledge.KnowledgeBase;
import dev.careermentor.knowledge.Topic;
import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /topics}: what the knowledge base covers, with an example question per topic. */
public final class TopicsCommand implements Feature.SlashCommand {

    private final Supplier<KnowledgeBase> knowledge;

    public TopicsCommand(Supplier<KnowledgeBase> knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("topics", "What the mentor's knowledge base covers");
    }

    @Override
    public void onCommand(Requests.Command command) {
        command.reply(render(knowledge.get()).asEphemeral());
    }

    static BotReply render(KnowledgeBase kb) {
        StringBuilder sb = new StringBuilder();
        for (Topic topic : kb.topics()) {
            String summary = topic.summary().isEmpty() ? "" : " — " + topic.summary();
            sb.append("• **").append(topic.title()).append("**").append(summary).append('\n');
        }
        sb.append("\nAsk with `/ask`, or mention me in a channel to start a thread.");
        return BotReply.embed(new BotReply.Embed("What I can help with",
                DiscordLimits.trim(sb.toString(), DiscordLimits.EMBED_DESCRIPTION), List.of(),
                Counts.of(kb.topics().size(), "topic") + " · curated knowledge base", 0x5865F2));
    }
}
