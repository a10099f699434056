package dev.careermentor.knowledge;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sentence that asks, in a long message that tells a story first ("hello, non native here, sorry
 * for my english. In my country python jobs are few. Where do people look for python vacancies?").
 * The story dilutes the message's embedding; retrieval compares the asking sentence too and keeps the
 * closer of the two readings.
 */
final class CoreQuestion {

    /** Shorter messages are read whole. */
    private static final int LONG = 80;
    /** An asking sentence shorter than this ("why?") says too little on its own. */
    private static final int MIN_CORE = 15;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private CoreQuestion() {
    }

    static Optional<String> of(String question) {
        if (question.length() < LONG) {
            return Optional.empty();
        }
        String[] sentences = SENTENCE_END.split(question.strip());
        if (sentences.length < 2) {
            return Optional.empty();
        }
        String core = sentences[sentences.length - 1];
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].endsWith("?")) {
                core = sentences[i];
                break;
            }
        }
        return core.length() < MIN_CORE ? Optional.empty() : Optional.of(core.strip());
    }
}
