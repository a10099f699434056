package dev.careermentor.discord.studygroup;

import dev.careermentor.discord.ComponentId;
import java.util.Optional;

/**
 * The challenge components' ids, through the {@link ComponentId} codec: a picked option, the
 * button that opens the answer form, a hint, and the submitted form, each naming its post.
 */
public final class ChallengeIds {

    public static final String FEATURE = "challenge";

    private ChallengeIds() {
    }

    /** What a challenge component is about. */
    public sealed interface ChallengeId permits Pick, Answer, Hint, Submit {
        long postId();
    }

    /** A multiple-choice option (its index) picked by button. */
    public record Pick(long postId, int option) implements ChallengeId {
    }

    /** The button that opens the form for a typed answer or a task. */
    public record Answer(long postId) implements ChallengeId {
    }

    public record Hint(long postId) implements ChallengeId {
    }

    /** The submitted answer form. */
    public record Submit(long postId) implements ChallengeId {
    }

    public static String encode(ChallengeId id) {
        if (id instanceof Pick pick) {
            return ComponentId.of(FEATURE, "pick", pick.postId(), pick.option()).encode();
        }
        String action = id instanceof Answer ? "answer" : id instanceof Hint ? "hint" : "submit";
        return ComponentId.of(FEATURE, action, id.postId()).encode();
    }

    /** Reads an id of this release or an earlier one ({@code challenge:pick:<post>:<option>}, ...). */
    public static Optional<ChallengeId> parse(String customId) {
        Optional<ComponentId> parsed = ComponentId.parse(customId).filter(id -> id.feature().equals(FEATURE));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ComponentId id = parsed.get();
        Optional<Long> postId = id.number(0);
        if (postId.isEmpty()) {
            return Optional.empty();
        }
        long post = postId.get();
        return switch (id.action()) {
            case "pick" -> id.number(1).filter(option -> option >= 0 && option < 25)
                    .map(option -> new Pick(post, option.intValue()));
            case "answer" -> Optional.of(new Answer(post));
            case "hint" -> Optional.of(new Hint(post));
            case "submit" -> Optional.of(new Submit(post));
            default -> Optional.empty();
        };
    }
}
