package dev.careermentor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which things a member's own sentence lists, for "the second one" or "the first two" to count. */
class MemberListTest {

    @Test
    void aPartThatAsksOrNamesNothingIsNoItem() {
        // "in what order" asks and "there" names nothing
        assertThat(MemberList.of("how many interviews are there and in what order")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "sql vs nosql, whats the deal | sql, nosql",
            "scikit and tensorflow keep popping up in every ml tutorial i open | scikit, tensorflow",
            "two things i don't get tho: range() and the ** thing | range(), **",
            "devs work with designers, other devs, product managers and project managers i guess"
                    + " | designers, other devs, product managers, project managers",
            // a remark about the member after the last option is no option; another option is
            "im confused by git, pip and venvs, all new to me | git, pip, venvs",
            "i heard names like scikit and tensorflow and also pandas, numpy | scikit, tensorflow, pandas, numpy"})
    void aListEndsBeforeWhatFollowsItsLastThing(String question, String items) {
        assertThat(MemberList.of(question)).containsExactly(items.split(", "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi, i'm new here", "what is a cron job and how do i use it with a script",
            "As a beginner, should I learn Python?"})
    void aSentenceThatListsNothingHasNoOwnList(String question) {
        assertThat(MemberList.of(question)).isEmpty();
    }

    @Test
    void thePickedItemCanStandInForTheWholeListInTheMembersSentence() {
        assertThat(MemberList.inPlaceOfTheList("i read python is used for websites, machine learning, finance and even"
                + " games", "games")).contains("i read python is used for games");
    }

    @Test
    void theItemStandsInForTheListOnlyAtWordBoundaries() {
        assertThat(MemberList.inPlaceOfTheList("i'm into html and xml: ml or ai?", "ai")).hasValueSatisfying(
                sentence -> assertThat(sentence).contains("html").doesNotContain("htai"));
        assertThat(MemberList.inPlaceOfTheList("i read python is used for websites and games", "finance")).isEmpty();
    }

    @Test
    @Timeout(value = 15, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a regex cannot be interrupted
    void longAndOddInputIsReadInLinearTime() {
        assertThat(MemberList.of("a" + " ".repeat(200_000) + "and b" + " ".repeat(200_000) + "for c right")).isNotNull();
        assertThat(MemberList.of("x, " + "a ".repeat(100_000) + "or b")).isNotNull();
        assertThat(MemberList.of("a and b" + ", right".repeat(50_000) + "x")).isNotNull();
    }
}
