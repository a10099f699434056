package dev.careermentor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.knowledge.Card;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TwoPartsTest {

    private static final Card PIP = card("python-tools/pip");
    private static final Card FIRST_LANGUAGE = card("learning-python/good-first-language");
    private static final Card UNIT_TEST = card("testing/unit-test");
    private static final Card VERSION_CONTROL = card("version-control/what-is-version-control");

    private static final java.util.function.Function<String, Optional<String>> NO_SUBJECT = part -> Optional.empty();

    /** Reads each part from a fixed table, and remembers which parts it was asked. */
    private static final class TableReader implements TwoParts.Reader {
        final Map<String, Card> table;
        final List<String> asked = new ArrayList<>();

        TableReader(Map<String, Card> table) {
            this.table = table;
        }

        @Override
        public Optional<TwoParts.Found> apply(String part) {
            asked.add(part);
            return Optional.ofNullable(table.get(part)).map(card -> new TwoParts.Found(card, 0.95));
        }
    }

    @Test
    void aQuestionAfterAStoryIsItsLastSentence() {
        TableReader reader = new TableReader(Map.of("is python a sensible one to start with", FIRST_LANGUAGE,
                "what is pip?", PIP));

        List<Card> cards = cardsOf(TwoParts.cards("never coded in my life. is python a sensible one to start with? and btw "
                + "what is pip?", Optional.of(new TwoParts.Found(FIRST_LANGUAGE, 0.9)), reader, NO_SUBJECT));

        assertThat(cards).containsExactly(FIRST_LANGUAGE, PIP);
    }

    @Test
    void aSecondQuestionMayOpenWithACondition() {
        TableReader reader = new TableReader(Map.of("what is pip", PIP,
                "if my team already tracks changes, why would i write a test for one function?", UNIT_TEST));

        List<Card> cards = cardsOf(TwoParts.cards("what is pip? and if my team already tracks changes, why would i write "
                + "a test for one function?", Optional.of(new TwoParts.Found(UNIT_TEST, 0.9)), reader, NO_SUBJECT));

        assertThat(cards).containsExactly(PIP, UNIT_TEST); // two questions joined by "and": in the order asked
    }

    @Test
    void partsJoinedByAQuestionMarkAloneLeadWithTheCardOfTheWhole() {
        // "…something about cache? what is cache management" may ask one thing twice: the whole reading leads
        TableReader reader = new TableReader(Map.of("what is pip", PIP,
                "why would i write a test for one function?", UNIT_TEST));

        List<Card> cards = cardsOf(TwoParts.cards("what is pip? why would i write a test for one function?",
                Optional.of(new TwoParts.Found(UNIT_TEST, 0.9)), reader, NO_SUBJECT));

        assertThat(cards).containsExactly(UNIT_TEST, PIP);
    }

    @Test
    void aMessageThatFoundNothingAsAWholeIsAnsweredByItsTwoParts() {
        TableReader reader = new TableReader(Map.of("what is the whole idea of tracking every change to code",
                VERSION_CONTROL, "what's a test that checks just one function?", UNIT_TEST));

        List<Card> cards = cardsOf(TwoParts.cards("my bootcamp skipped 2 things: what is the whole idea of tracking every "
                + "change to code, and what's a test that checks just one function?", Optional.empty(), reader, NO_SUBJECT));

        assertThat(cards).containsExactly(VERSION_CONTROL, UNIT_TEST); // "a test that checks" points at nothing before
    }

    @Test
    void aMessageThatFoundNothingAsAWholeStaysUnansweredWhenAPartIsUnanswered() {
        TableReader reader = new TableReader(Map.of("what is pip", PIP));

        assertThat(TwoParts.cards("what is pip and what did pip 21.3 change in its resolver?", Optional.empty(), reader,
                NO_SUBJECT))
                .isEmpty();
    }

    @Test
    void aPartThatPointsBackIsReadWithWhatItPointsAt() {
        TableReader reader = new TableReader(Map.of());

        TwoParts.cards("my senior wrote 'prefer composition over inheritance' and won't elaborate. what does that "
                + "mean and when should i pick which one?", Optional.empty(), reader, NO_SUBJECT);

        assertThat(reader.asked).doesNotContain("what does that mean");
    }

    @Test
    void aSecondPartAboutTheFirstPartsThingIsReadAsAskedOfIt() {
        TableReader reader = new TableReader(Map.of("who came up with python", FIRST_LANGUAGE,
                "why name python after a snake?", PIP));

        List<Card> cards = cardsOf(TwoParts.cards("who came up with python, and why name it after a snake?",
                Optional.of(new TwoParts.Found(FIRST_LANGUAGE, 0.9)), reader, part -> Optional.of("python")));

        assertThat(cards).containsExactly(FIRST_LANGUAGE, PIP);
    }

    @Test
    void aSecondPartThatPointsAtNothingNamedIsNoSecondQuestion() {
        TableReader reader = new TableReader(Map.of("what is pip", PIP, "why do people use it?", FIRST_LANGUAGE));

        assertThat(cardsOf(TwoParts.cards("what is pip and why do people use it?",
                Optional.of(new TwoParts.Found(PIP, 0.9)), reader, NO_SUBJECT))).containsExactly(PIP);
    }

    @Test
    void aSecondQuestionAfterAndBtwOrSeparatelyIsReadAlone() {
        TableReader reader = new TableReader(Map.of("what is pip", PIP, "who invented python in the first place",
                FIRST_LANGUAGE, "where do i keep my code", VERSION_CONTROL, "when is a test a unit test?", UNIT_TEST));

        assertThat(cardsOf(TwoParts.cards("what is pip and btw who invented python in the first place", Optional.empty(),
                reader, NO_SUBJECT))).containsExactly(PIP, FIRST_LANGUAGE);
        assertThat(cardsOf(TwoParts.cards("where do i keep my code, and separately, when is a test a unit test?",
                Optional.empty(), reader, NO_SUBJECT))).containsExactly(VERSION_CONTROL, UNIT_TEST);
    }

    @Test
    void anItThatStandsForNothingIsReadAsAsked() {
        TableReader reader = new TableReader(Map.of("do i need a degree for this", FIRST_LANGUAGE,
                "how long does it take to get job ready", PIP));

        assertThat(cardsOf(TwoParts.cards("do i need a degree for this, and how long does it take to get job ready",
                Optional.empty(), reader, NO_SUBJECT))).containsExactly(FIRST_LANGUAGE, PIP);
    }

    private static List<Card> cardsOf(List<TwoParts.Found> found) {
        return found.stream().map(TwoParts.Found::card).toList();
    }

    private static Card card(String id) {
        return new Card(id, id.substring(0, id.indexOf('/')), id, "Body.", List.of(), List.of(), List.of(),
                Card.Provenance.ARTICLE, LocalDate.of(2026, 12, 1));
    }
}
