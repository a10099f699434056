package dev.careermentor.knowledge;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word a question asks with when it says what kind of answer it wants: "where", "who", "how many"…
 * Only where a sentence or clause begins ("when i was a kid" inside a story asks nothing). "What" and a bare
 * "how" ask for anything; "why?" after an answer asks about that answer, not for a card that opens with "why".
 */
final class QuestionWord {

    private static final Pattern ASKS = Pattern.compile("(?:^|[.!?;:,]\\s+|\\b(?:so|and|but|ok|lol|btw)\\s+)"
            + "(where|when|who|how\\s+many|how\\s+much|how\\s+long|how\\s+old)\\b", Pattern.CASE_INSENSITIVE);

    private QuestionWord() {
    }

    static Optional<String> of(String text) {
        Matcher matcher = ASKS.matcher(text.strip());
        return matcher.find()
                ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                : Optional.empty();
    }
}
