package dev.careermentor.discord.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import dev.careermentor.TestKnowledge;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Requests;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class TopicsAndHelpTest {

    private final Requests.Command command = mock(Requests.Command.class);

    private BotReply reply() {
        ArgumentCaptor<BotReply> reply = ArgumentCaptor.forClass(BotReply.class);
        verify(command).reply(reply.capture());
        return reply.getValue();
    }

    @Test
    void topicsListsEveryTopicOfTheRoadmapWithWhatItCovers() {
        var kb = TestKnowledge.index().knowledgeBase();
        new TopicsCommand(() -> kb).onCommand(command);

        BotReply reply = reply();
        assertThat(reply.ephemeral()).isTrue();
        String description = reply.embeds().get(0).description();
        assertThat(description).hasSizeLessThanOrEqualTo(4096);
        kb.topics().forEach(topic -> assertThat(description).contains("**" + topic.title() + "**"));
        assertThat(description.indexOf("What Python is")).isLessThan(description.indexOf("Job interviews"));
    }

    @Test
    void helpExplainsTheCommandsInAFewLines() {
        new HelpCommand().onCommand(command);

        BotReply reply = reply();
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).contains("/ask").contains("/topics").contains("thread");
        assertThat(reply.content().lines().count()).isLessThanOrEqualTo(8);
    }
}
