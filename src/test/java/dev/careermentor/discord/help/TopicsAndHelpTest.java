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
    void topicsListsEveryKnowledgeFileWithAnExampleQuestion() {
        new TopicsCommand(() -> TestKnowledge.index().knowledgeBase()).onCommand(command);

        BotReply reply = reply();
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.embeds().get(0).description()).contains("Job interviews for Python developers")
                .contains("Freelancing as a Python developer").contains("e.g. *").hasSizeLessThanOrEqualTo(4096);
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
