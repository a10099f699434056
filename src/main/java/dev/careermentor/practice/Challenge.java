package dev.careermentor.practice;

import java.util.List;

/**
 * A daily practice challenge. Three kinds: multiple choice (buttons), a short answer (a form,
 * checked automatically) and a practice task (a form, self-assessed, with hints and a model solution).
 */
public sealed interface Challenge permits Challenge.MultipleChoice, Challenge.ShortAnswer, Challenge.PracticeTask {

    /** What every challenge has: id, difficulty (1 easy to 3 hard), topics, the knowledge section that explains it. */
    record Meta(String id, int difficulty, List<String> tags, String source, String prompt, String explanation,
            String file, int line) {
        public Meta {
            tags = List.copyOf(tags);
        }
    }

    Meta meta();

    default String id() {
        return meta().id();
    }

    default int difficulty() {
        return meta().difficulty();
    }

    /**
     * The roadmap topic the challenge practises: the topic of the card its {@code source} names
     * ({@code topic/slug}), so a topic is the unit of progress for cards and challenges alike.
     */
    default String topic() {
        return topicOf(meta().source());
    }

    /** The topic part of a card id or a citation: {@code interviews/hr-interview.md} is {@code interviews}. */
    static String topicOf(String cardIdOrCitation) {
        String text = cardIdOrCitation == null ? "" : cardIdOrCitation.strip();
        int end = 0;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return text.substring(0, end);
    }

    /** Points for a correct answer (or a submitted task): harder challenges are worth more. */
    default int points() {
        return meta().difficulty();
    }

    record MultipleChoice(Meta meta, List<String> options, int answer) implements Challenge {
        public MultipleChoice {
            options = List.copyOf(options);
        }

        /** The letters options are shown with, in order: "A) …". */
        public static final String LETTERS = "ABCDE";

        public String correctOption() {
            return options.get(answer);
        }

        /** An option as members see it: "B) a list". */
        public String lettered(int option) {
            return LETTERS.charAt(option) + ") " + options.get(option);
        }

        /** The option of this letter ("b" or "B"), or -1. */
        public static int optionOf(char letter) {
            return LETTERS.indexOf(Character.toUpperCase(letter));
        }
    }

    /**
     * @param accepted answers that count as correct, compared after normalisation
     * @param numeric an accepted number with its tolerance, or null
     */
    record ShortAnswer(Meta meta, List<String> accepted, Numeric numeric) implements Challenge {
        public ShortAnswer {
            accepted = List.copyOf(accepted);
        }

        /** The answer shown when revealing: the first accepted text, or the number. */
        public String expected() {
            return accepted.isEmpty() ? Double.toString(numeric.value()) : accepted.get(0);
        }
    }

    record Numeric(double value, double tolerance) {
    }

    record PracticeTask(Meta meta, List<String> hints, String solution) implements Challenge {
        public PracticeTask {
            hints = List.copyOf(hints);
        }
    }
}
