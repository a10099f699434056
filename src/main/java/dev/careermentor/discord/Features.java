package dev.careermentor.discord;

import dev.careermentor.discord.features.AskCommand;
import dev.careermentor.discord.features.ChallengeButtons;
import dev.careermentor.discord.features.ChallengeCommand;
import dev.careermentor.discord.features.Conversations;
import dev.careermentor.discord.features.FeedbackButtons;
import dev.careermentor.discord.features.HelpCommand;
import dev.careermentor.discord.features.LeaderboardCommand;
import dev.careermentor.discord.features.MentorAdminCommand;
import dev.careermentor.discord.features.StreakCommand;
import dev.careermentor.discord.features.StudyGroupCommand;
import dev.careermentor.discord.features.TopicsCommand;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.practice.ChallengeLibrary;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.questions.ConversationRepository;
import dev.careermentor.questions.FeedbackRepository;
import dev.careermentor.studygroup.StudyGroups;
import java.time.Clock;
import java.util.List;

/** Every Discord feature of the bot, in one list: adding a feature means adding a line here. */
public final class Features {

    private Features() {
    }

    /** What the features need from the core. */
    public record Services(AskService ask, KnowledgeIndex knowledge, ChallengeLibrary challenges, AnswerLog answers,
            FeedbackRepository feedback, ConversationRepository conversations, StudyGroups studyGroups, Clock clock) {
    }

    public static List<Feature> createFeatures(Services services) {
        return List.of(
                // questions and answers
                new AskCommand(services.ask(), services.knowledge()::knowledgeBase),
                new Conversations(services.ask(), services.conversations()),
                new FeedbackButtons(services.feedback(), services.answers()),
                new TopicsCommand(services.knowledge()::knowledgeBase),
                new HelpCommand(),
                new MentorAdminCommand(services.knowledge(), services.challenges(), services.answers(), services.clock()),
                // study groups
                new StudyGroupCommand(services.studyGroups(), services.clock()),
                new ChallengeCommand(services.studyGroups(), services.clock()),
                new ChallengeButtons(services.studyGroups()),
                new StreakCommand(services.studyGroups()),
                new LeaderboardCommand(services.studyGroups()));
    }
}
