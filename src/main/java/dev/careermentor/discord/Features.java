package dev.careermentor.discord;

import dev.careermentor.discord.admin.MentorAdminCommand;
import dev.careermentor.discord.ask.AskService;
import dev.careermentor.discord.ask.AskSlashCommand;
import dev.careermentor.discord.ask.Conversations;
import dev.careermentor.discord.ask.FeedbackButtons;
import dev.careermentor.discord.ask.RelatedQuestions;
import dev.careermentor.discord.ask.TryAgain;
import dev.careermentor.discord.help.HelpCommand;
import dev.careermentor.discord.help.TopicsCommand;
import dev.careermentor.discord.practice.PracticeButtons;
import dev.careermentor.discord.practice.PracticeCommand;
import dev.careermentor.discord.practice.ProgressCommand;
import dev.careermentor.discord.studygroup.ChallengeButtons;
import dev.careermentor.discord.studygroup.ChallengeCommand;
import dev.careermentor.discord.studygroup.LeaderboardCommand;
import dev.careermentor.discord.studygroup.StreakCommand;
import dev.careermentor.discord.studygroup.StudyGroupCommand;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.practice.ChallengeLibrary;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.questions.ConversationRepository;
import dev.careermentor.questions.FeedbackRepository;
import dev.careermentor.studygroup.StudyGroups;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every Discord feature of the bot, in one list: adding a feature means adding a line here. The
 * features live by feature in the sub-packages; this package is the plumbing they share.
 */
public final class Features {

    private Features() {
    }

    /** What the features need from the core; {@code shards} names the Discord shards this process holds. */
    public record Services(AskService ask, KnowledgeIndex knowledge, ChallengeLibrary challenges, AnswerLog answers,
            FeedbackRepository feedback, ConversationRepository conversations, StudyGroups studyGroups, Clock clock,
            Supplier<String> shards) {
    }

    public static List<Feature> createFeatures(Services services) {
        return List.of(
                // ask/: questions and answers
                new AskSlashCommand(services.ask(), services.knowledge()::knowledgeBase),
                new Conversations(services.ask(), services.conversations()),
                new FeedbackButtons(services.feedback(), services.answers()),
                new RelatedQuestions(services.ask(), services.knowledge()::knowledgeBase),
                new TryAgain(services.ask().undelivered()),
                // help/: what the bot covers and how to use it
                new TopicsCommand(services.knowledge()::knowledgeBase),
                new HelpCommand(),
                // admin/: for server managers
                new MentorAdminCommand(services.knowledge(), services.challenges(), services.answers(), services.clock(),
                        services.shards()),
                // studygroup/: daily challenges
                new StudyGroupCommand(services.studyGroups(), services.clock()),
                new ChallengeCommand(services.studyGroups(), services.clock()),
                new ChallengeButtons(services.studyGroups()),
                new StreakCommand(services.studyGroups()),
                new LeaderboardCommand(services.studyGroups()),
                // practice/: the learning loop
                new PracticeCommand(services.studyGroups().sessions()),
                new PracticeButtons(services.studyGroups().sessions()),
                new ProgressCommand(services.studyGroups()));
    }
}
