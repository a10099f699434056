package dev.careermentor.discord.practice;

import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.studygroup.learning.PracticeSessions;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /practice}: the member's next challenge, privately: a due review first, else one from their
 * gaps (topics they asked about, got wrong, or have not touched), easy to harder.
 */
public final class PracticeCommand implements Feature.SlashCommand {

    private final PracticeSessions sessions;

    public PracticeCommand(PracticeSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("practice", "Your next practice challenge: due reviews first, then your gaps");
    }

    @Override
    public void onCommand(Requests.Command command) {
        command.reply(sessions.next(command.caller().userId())
                .map(handed -> PracticeMessages.handed(handed, sessions::topicTitle))
                .orElseGet(PracticeMessages::nothing));
    }
}
