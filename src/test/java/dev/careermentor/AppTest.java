package dev.careermentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careermentor.console.LoggingChallengeChannel;
import dev.careermentor.studygroup.StudyGroupModule;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppTest {

    @TempDir
    Path dir;

    private App app;

    @BeforeEach
    void start() {
        app = new App(Config.from(Map.of()).withDataDir(dir), TestKnowledge.index(), TestKnowledge.mentor());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theStudyGroupsAreBuiltOnceForTheirChannel() {
        LoggingChallengeChannel channel = new LoggingChallengeChannel();

        StudyGroupModule first = app.studyGroups(channel);

        assertThat(app.studyGroups(channel)).isSameAs(first);
    }

    @Test
    void aSecondChannelIsRefusedInsteadOfSilentlyIgnored() {
        app.studyGroups(new LoggingChallengeChannel());

        assertThatThrownBy(() -> app.studyGroups(new LoggingChallengeChannel()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already deliver through");
    }
}
