package dev.careermentor.discord;

import dev.careermentor.discord.features.AskCommand;
import dev.careermentor.discord.features.Conversations;
import dev.careermentor.discord.features.FeedbackButtons;
import dev.careermentor.discord.features.HelpCommand;
import dev.careermentor.discord.features.MentorAdminCommand;
import dev.careermentor.discord.features.TopicsCommand;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.store.AnswerLog;
import dev.careermentor.store.ConversationRepository;
import dev.careermentor.store.FeedbackRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Every Discord feature of the bot, in one list: adding a feature means adding a line here. */
public final class Features {

    private Features() {
    }

    /** What the Q&A features need from the core. */
    public record QnA(AskService ask, KnowledgeIndex knowledge, AnswerLog answers, FeedbackRepository feedback,
            ConversationRepository conversations, Clock clock) {
    }

    public static List<Feature> createFeatures(QnA qna, List<Feature> more) {
        List<Feature> features = new ArrayList<>(List.of(
                new AskCommand(qna.ask(), qna.knowledge()::knowledgeBase),
                new TopicsCommand(qna.knowledge()::knowledgeBase),
                new HelpCommand(),
                new MentorAdminCommand(qna.knowledge(), qna.answers(), qna.clock()),
                new FeedbackButtons(qna.feedback(), qna.answers()),
                new Conversations(qna.ask(), qna.conversations())));
        features.addAll(more);
        return features;
    }
}
