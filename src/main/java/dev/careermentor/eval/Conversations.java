package dev.careermentor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Mentor;
import dev.careermentor.answer.Turn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversation set ({@code questions/conversations.jsonl}: {@code {"id", "turns": [...], "cards": [...],
 * "kind"}}) and how it is scored: every turn but the last is asked in order with the replies kept as the
 * history, as in a Discord thread, and the last reply is right when it leads with a named card (or
 * refuses, where none is named).
 */
public final class Conversations {

    public static final String RESOURCE = "questions/conversations.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Conversations() {
    }

    /** A scored conversation: the reply to its last turn. */
    public record Outcome(Conversation conversation, Answer answer) {
        public boolean passed() {
            if (conversation.cards().isEmpty()) {
                return answer.refused();
            }
            return !answer.refused() && conversation.cards().contains(answer.sources().get(0).cardId());
        }
    }

    public static List<Conversation> load(InputStream in) {
        List<Conversation> conversations = new ArrayList<>();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                List<String> turns = new ArrayList<>();
                node.path("turns").forEach(t -> turns.add(t.asText()));
                List<String> cards = new ArrayList<>();
                node.path("cards").forEach(c -> cards.add(c.asText()));
                conversations.add(new Conversation(node.path("id").asText(), turns, cards, node.path("kind").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return conversations;
    }

    public static List<Conversation> resource() {
        try (InputStream in = Conversations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? List.of() : load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Outcome> run(Mentor mentor, List<Conversation> conversations) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Conversation conversation : conversations) {
            List<Turn> history = new ArrayList<>();
            Answer answer = null;
            for (String turn : conversation.turns()) {
                answer = mentor.ask(turn, List.copyOf(history));
                history.add(Turn.of(turn, answer)); // as a Discord thread keeps it: refusals are turns too
            }
            outcomes.add(new Outcome(conversation, answer));
        }
        return outcomes;
    }
}
