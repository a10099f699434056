package dev.careermentor.console;

import dev.careermentor.studygroup.ChallengeChannel;
import dev.careermentor.studygroup.StudyGroupMessage;
import dev.careermentor.studygroup.model.StudyGroup;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console has no channels: its member practises on a personal track and no scheduler runs, so
 * nothing should be delivered here; if something is, it is logged rather than lost silently.
 */
public final class LoggingChallengeChannel implements ChallengeChannel {

    private static final Logger log = LoggerFactory.getLogger(LoggingChallengeChannel.class);

    @Override
    public long post(StudyGroup group, DailyPost post) {
        log.info("(console) post for group {}: {}", group.id(), post.challenge().meta().prompt());
        return 0;
    }

    @Override
    public Optional<Long> findPosted(StudyGroup group, long postId) {
        return Optional.empty();
    }

    @Override
    public void say(StudyGroup group, StudyGroupMessage message) {
        log.info("(console) message for group {}: {}", group.id(), ConsoleTexts.render(message));
    }

    @Override
    public void directMessage(long userId, StudyGroupMessage message) {
        log.info("(console) message for {}: {}", userId, ConsoleTexts.render(message));
    }
}
