package dev.careermentor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careermentor.TestKnowledge;
import dev.careermentor.eval.Conversation;
import dev.careermentor.eval.Conversations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code eval --conversations FILE --answers OUT}: every conversation with its last reply, for a judge. */
class EvalCommandTest {

    @Test
    void eachConversationIsWrittenWithItsTurnsAndItsLastReply() throws Exception {
        Conversation conversation = new Conversation("c-1",
                List.of("what is django?", "who uses it?"), List.of("web-frameworks/who-uses-django"), "pronoun");

        String lines = EvalCommand.lastReplies(Conversations.run(TestKnowledge.mentor(), List.of(conversation)));

        JsonNode line = new ObjectMapper().readTree(lines.strip());
        assertThat(line.get("id").asText()).isEqualTo("c-1");
        assertThat(line.get("turns")).hasSize(2);
        assertThat(line.get("turns").get(1).asText()).isEqualTo("who uses it?");
        assertThat(line.get("answer").asText()).contains("Instagram");
        assertThat(line.get("refused").asBoolean()).isFalse();
    }
}
