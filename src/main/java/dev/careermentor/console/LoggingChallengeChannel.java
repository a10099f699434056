package dev.careermentor.console;

import dev.careermentor.studygroup.ChallengeChannel;
import dev.careermentor.studygroup.StudyGroup;
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
    public Optional<Long> findPosted(StudyGroup group, DailyPost post) {
        return Optional.empty();
    }

    @Override
    public void say(StudyGroup group, String text) {
        log.info("(console) reminder for group {}: {}", group.id(), text);
    }

    @Override
    public void directMessage(long userId, String text) {
        log.info("(console) message for {}: {}", userId, text);
    }
}
