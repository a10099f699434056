package dev.careermentor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.knowledge.Card;
import dev.careermentor.knowledge.Mentions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a follow-up is read against the turn before, word by word (the mentor then scores each reading). */
class FollowUpsTest {

    private static final String LIST_ANSWER = "Three matter most:\n- Communication\n- Empathy\n- Time management\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tell me more about the second one | Empathy",
            "and the last one? | Time management",
            "what does the first item mean | Communication"})
    void anOrdinalPicksThatItemOfTheList(String message, String item) {
        assertThat(FollowUps.ordinalItem(message, LIST_ANSWER, List.of())).contains(item);
    }

    @Test
    void aBulletNamedBeforeItsColonIsThatName() {
        String skills = "Employers look for:\n- fluent Python: the syntax, the built-ins and clean code;\n"
                + "- software principles: design patterns and tests;\n- a short item, with a comma: and a colon later;\n";

        assertThat(FollowUps.ordinalItem("the first thing on your list", skills, List.of())).contains("fluent Python");
        assertThat(FollowUps.ordinalItem("and the second one?", skills, List.of())).contains("software principles");
        assertThat(FollowUps.ordinalItem("and the last one?", skills, List.of()))
                .contains("a short item, with a comma: and a colon later;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"what about step 7?", "and step 0"})
    void anOrdinalPastTheListPointsAtNothing(String message) {
        assertThat(FollowUps.ordinalItem(message, LIST_ANSWER, List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "should i take a regular job or go freelance? | what does the second option mean | freelance",
            "which is better, vscode or vim? | tell me about the first one | vscode",
            "flask, django or fastapi? | the last one? | fastapi",
            // the question's own list: its lead-in counts only in a yes-or-no question, and it stops at its sentence
            "what does a dev do all day? write, test, debug? | the last of those three | debug",
            "is python more for websites, AI or games? trying to figure out where i fit | the first one | websites",
            "is python more for websites, AI or games? trying to figure out where i fit | the last one | games",
            "which is better for web dev, django or flask? | the first one | django"})
    void anOrdinalAfterAQuestionThatOffersAlternativesPicksOne(String question, String message, String item) {
        assertThat(FollowUps.ordinalAlternative(message, question)).contains(item);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "the interview is like two parts right? hr and then technical? | how do i get ready for the first part | hr",
            "the interview is like two parts right? hr and then technical? | and the second one? | technical"})
    void anOrdinalCountsTwoThingsTheMembersSentenceNamesAndNothingElse(String question, String message, String item) {
        assertThat(FollowUps.ordinalAlternative(message, question)).contains(item);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            // the last item ends where the question goes on; a tag after the list is no part of it
            "should i learn sql or nosql first for python backend | whats the second one actually? | nosql",
            "in the hr interview they ask about your studies, experience and salary right? | the last one | salary",
            "my friend said learn pip, virtualenv and pep 8 before anything else | what's the middle one | virtualenv",
            // the first item is named by the words after its lead-in; a clause that sets the scene is no item
            "apart from coding, i read you can be a data analyst, ml specialist or tech writer | the first one?"
                    + " | data analyst",
            "im thinking data analyst, ml specialist or tech writer instead of pure dev | the first one | data analyst",
            "people keep mentioning git, github and gitlab | and the first one? | git",
            "so there's the hr interview and then a technical one right? | the first one | hr interview",
            // after a colon, a pair is a list
            "two things confuse me: unit tests and code coverage | lets start with the second | code coverage",
            "i'm stuck choosing: pycharm, vs code or just notepad | the middle one, is it free? | vs code"})
    void anOrdinalCountsTheThingsTheMembersOwnSentenceLists(String question, String message, String item) {
        assertThat(FollowUps.ordinalAlternative(message, question)).contains(item);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "my cousin keeps talking about pandas, numpy and scikit-learn | ok forget the last one, what are the first"
                    + " two? | pandas and numpy",
            "people keep mentioning git, github and gitlab | whats the difference between the last two"
                    + " | github and gitlab"})
    void aPluralOrdinalAsksForSeveralItemsAtOnce(String question, String message, String items) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.ORDINAL);
        assertThat(FollowUps.ordinalAlternative(message, question)).contains(items);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "they said watch out for cache management and dns ttl when we go live | what's the latter about? | dns ttl",
            "i keep hearing about flask, django and fastapi | the one in the middle, is it old? | django",
            // what follows the options is no option, even when it is no question
            "and product managers and project managers, they work in those teams too? | and the first? | product managers"})
    void anOrdinalMayBeTheLatterOrTheOneInTheMiddle(String question, String message, String item) {
        assertThat(FollowUps.ordinalAlternative(message, question)).contains(item);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"which tools tho", "which ones exactly?", "any other kinds?", "which tools specifically?",
            "what languages then?"})
    void aPickAmongTheKindsOfTheThingBeforeContinuesIt(String message) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.ELLIPSIS);
        assertThat(FollowUps.picksAmong(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"which is better?", "what does?", "which tools do teams use for testing?", "what else?",
            "what helps?", "what happens?", "which versions?"})
    void aQuestionOfItsOwnIsNoPick(String message) {
        assertThat(FollowUps.picksAmong(message)).isFalse();
    }

    @Test
    void aPickIsReadAsTheKindsOfTheThingBefore() {
        Card softSkills = new Card("soft-skills/which-soft-skills", "soft-skills", "Which soft skills matter?",
                "Communication first.", List.of(), List.of(), List.of("soft skills"), Card.Provenance.ARTICLE,
                LocalDate.of(2026, 12, 1));

        List<FollowUps.Reading> readings = FollowUps.readings(FollowUps.Kind.ELLIPSIS, "which ones exactly?",
                "do programmers really need soft skills", Optional.empty(), "", new Mentions(List.of(softSkills)));

        assertThat(readings).filteredOn(FollowUps.Reading::resolved).extracting(FollowUps.Reading::text)
                .containsExactly("which soft skills");
    }

    @Test
    void anOrdinalAfterAListTheAnswerDidNotMakeCountsTheListOfARelatedCard() {
        Card need = new Card("soft-skills/need-soft-skills", "soft-skills", "Do programmers really need soft skills?",
                "They do: you work with people every day.", List.of(), List.of("soft-skills/which-soft-skills"), List.of(),
                Card.Provenance.ARTICLE, LocalDate.of(2026, 12, 1));
        Card which = new Card("soft-skills/which-soft-skills", "soft-skills", "Which soft skills should a developer work on?",
                "The key ones are communication, empathy and creativity.", List.of(), List.of(), List.of("soft skills"),
                Card.Provenance.ARTICLE, LocalDate.of(2026, 12, 1));

        List<FollowUps.Reading> asked = FollowUps.readings(FollowUps.Kind.ORDINAL, "the second one, why?",
                "which soft skills matter for a programmer job", Optional.of(need), need.body(), List.of(which),
                new Mentions(List.of(need, which)));
        List<FollowUps.Reading> notAsked = FollowUps.readings(FollowUps.Kind.ORDINAL, "the second one, why?",
                "do programmers need people skills", Optional.of(need), need.body(), List.of(which),
                new Mentions(List.of(need, which)));

        assertThat(asked).extracting(FollowUps.Reading::text).contains("empathy, why?");
        assertThat(notAsked).extracting(FollowUps.Reading::text).noneMatch(text -> text.contains("empathy"));
    }

    @Test
    void emojiSayHowTheMemberFeelsNotWhatTheyAsk() {
        assertThat(FollowUps.withoutEmoji("games too?? 🎮")).isEqualTo("games too??");
        assertThat(FollowUps.kind(FollowUps.withoutEmoji("games too?? 🎮"))).isEqualTo(FollowUps.Kind.ELLIPSIS);
        assertThat(FollowUps.withoutEmoji("🎮🎮")).isEqualTo("🎮🎮"); // nothing else to read
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the hr one i mean, technical im fine with | the hr one",
            "with becoming a python dev i mean. i'm at zero, never coded | with becoming a python dev",
            "the testing tool i mean, not insurance lol | the testing tool"})
    void whatWasMeantMayBeFollowedByWhatIsFineOrARemark(String message, String meant) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.CLARIFICATION);
        assertThat(FollowUps.meant(message)).isEqualTo(meant);
    }

    @Test
    void aClarificationThatNamesAKindOfThingPicksTheSenseOfTheThingAskedAbout() {
        List<FollowUps.Reading> readings = FollowUps.readings(FollowUps.Kind.CLARIFICATION,
                "the testing tool i mean, not insurance lol", "what's coverage", Optional.empty(), "",
                new Mentions(List.of()));

        assertThat(readings).contains(FollowUps.Reading.resolved("what's coverage, the testing tool"));
    }

    @Test
    void besidesNarrowsTheQuestionBefore() {
        List<FollowUps.Reading> readings = FollowUps.readings(FollowUps.Kind.CLARIFICATION,
                "no i mean besides being a developer", "what jobs can i get with python", Optional.empty(), "",
                new Mentions(List.of()));

        assertThat(readings).extracting(FollowUps.Reading::text)
                .contains("what jobs can i get with python besides being a developer");
    }

    @Test
    void aListMayGoOnWithThenAndNameSymbols() {
        assertThat(MemberList.of("in the pi example there's range, then ** and then an f in front of the string"))
                .containsExactly("range", "**", "f");
        assertThat(FollowUps.ordinalAlternative("could you explain the second term, please?",
                "Two terms I keep hearing at work: code review and cross-functional team.")).contains("cross-functional team");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Sorry, I should have said: for version control. | for version control",
            "The HR interview specifically, not the coding one. | The HR interview",
            "with python i mean, besides being a developer | with python besides being a developer",
            "python i mean, on my laptop. sorry, new here | python",
            "no i mean in data science specifically | in data science specifically",
            "oops wrong q, which editor should i use | which editor should i use",
            "nah i meant how long till im job ready | how long till im job ready",
            "sorry churn, not cron | churn",
            "wait no, the technical one i meant | the technical one"})
    void whatWasMeantIsReadWithoutItsExamplesAndWithItsNarrowing(String message, String meant) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.CLARIFICATION);
        assertThat(FollowUps.meant(message)).isEqualTo(meant);
    }

    @Test
    void aClarificationSaysWhatTheQuestionBeforePointedAt() {
        List<FollowUps.Reading> readings = FollowUps.readings(FollowUps.Kind.CLARIFICATION,
                "python i mean, on my laptop. sorry, new here", "How do I install it", Optional.empty(), "",
                new Mentions(List.of()));

        assertThat(readings).contains(FollowUps.Reading.resolved("How do I install python"));
    }

    @Test
    void aFragmentReplacesAThingOfSeveralWordsTheQuestionNamed() {
        Card versionControl = new Card("version-control/what-is-version-control", "version-control",
                "What is version control?", "It records changes.", List.of(), List.of(), List.of("version control"),
                Card.Provenance.ARTICLE, LocalDate.of(2026, 12, 1));

        List<FollowUps.Reading> readings = FollowUps.readings(FollowUps.Kind.ELLIPSIS, "and for ci/cd?",
                "which version control tool should i learn", Optional.empty(), "", new Mentions(List.of(versionControl)));

        assertThat(readings).extracting(FollowUps.Reading::text).contains("which ci/cd tool should i learn");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            // a lead-in that asks or sets the scene may still name the first thing after its "about" or "learn"
            "what do you think about react, vue and angular? | the second one | vue",
            "before applying should i learn git, docker or sql | the first one | git",
            "besides coding the article says data analyst, ml specialist or tech writer | the middle one | ml specialist",
            // a plural set aside is not what is asked
            "flask, django and fastapi? | what about the third one? i already know the first two | fastapi",
            "flask, django and fastapi? | the second one, not the first two | django",
            // "go" is a language, "vs." ends no sentence
            "my options are java, python and go | the last one | go",
            "which is better for backend: django vs. flask or fastapi | the second one | flask"})
    void anOrdinalOverTheMembersListSurvivesLeadInsSetAsidePluralsAndShortNames(String question, String message,
            String item) {
        assertThat(FollowUps.ordinalAlternative(message, question)).contains(item);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how hard are the first 2 hours of the interview", "is the former google ceo right about ai?",
            "is the latter half of a career too late to switch?", "what should i learn in the first two years?"})
    void aPositionThatIsNoThingIsNoOrdinal(String message) {
        assertThat(FollowUps.kind(message)).isNotEqualTo(FollowUps.Kind.ORDINAL);
    }

    @Test
    void aPluralPronounIsReplacedWhereItStandsAndOnlyByThings() {
        Mentions none = new Mentions(List.of());
        assertThat(FollowUps.readings(FollowUps.Kind.PRONOUN, "which one of them is easier?", "django or flask?",
                Optional.empty(), "", none)).contains(FollowUps.Reading.resolved("which one of django and flask is easier?"));
        assertThat(FollowUps.readings(FollowUps.Kind.PRONOUN, "do they pay well?",
                "i'm a data analyst and my boss wants me to learn python", Optional.empty(), "", none))
                .noneMatch(FollowUps.Reading::resolved);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sorry my question was dumb", "python i mean. is it hard to learn?"})
    void aRemarkOrANewQuestionAfterTheCorrectionIsNotWhatWasMeant(String message) {
        assertThat(FollowUps.kind(message) == FollowUps.Kind.CLARIFICATION ? FollowUps.meant(message) : "")
                .isNotIn("dumb", "python");
    }

    @Test
    void whatTheMemberWantsToKnowNeedsNoOpener() {
        assertThat(FollowUps.kind("what i actually want to know is how 2 and 3 differ"))
                .isEqualTo(FollowUps.Kind.CLARIFICATION);
    }

    @Test
    void emojiAreDroppedButOperatorsStay() {
        assertThat(FollowUps.withoutEmoji("and the ^ operator?")).isEqualTo("and the ^ operator?");
        assertThat(FollowUps.withoutEmoji("the 2\uFE0F\u20E3 one")).doesNotContain("\u20E3", "\uFE0F");
    }

    @Test
    void aStarredThingThatIsNoTypoReplacesTheThingAskedAbout() {
        assertThat(FollowUps.starred("*fastapi sorry autocorrect", "what is flask"))
                .contains(FollowUps.Reading.resolved("what is fastapi"));
        assertThat(FollowUps.withoutChatTail("*fastapi sorry autocorrect")).isEqualTo("*fastapi");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "two options: a normal job, or going freelance | if I go with option 2, where are the clients? | going freelance",
            "two things I dont get: the f inside print and the ** symbol | Explain number one please | f inside print",
            "two options: a normal job, or going freelance | ok and #2? | going freelance"})
    void anOptionOrANumberCounts(String question, String message, String item) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.ORDINAL);
        assertThat(FollowUps.ordinalAlternative(message, question)).contains(item);
    }

    @Test
    void aCorrectionMayEndInChat() {
        assertThat(FollowUps.kind("unit testing specifically sorry")).isEqualTo(FollowUps.Kind.CLARIFICATION);
        assertThat(FollowUps.meant("unit testing specifically sorry")).isEqualTo("unit testing");
    }

    @Test
    void aPronounAfterANamedThingIsThatWholeName() {
        Card pep8 = new Card("python-tools/pep-8", "python-tools", "What is PEP 8?", "The style guide.", List.of(),
                List.of(), List.of("PEP 8"), Card.Provenance.ARTICLE, LocalDate.of(2026, 12, 1));

        List<FollowUps.Reading> readings = FollowUps.readings(FollowUps.Kind.PRONOUN, "who came up with it?",
                "what is pep 8", Optional.of(pep8), "", new Mentions(List.of(pep8)));

        assertThat(readings).extracting(FollowUps.Reading::text).contains("who came up with pep 8?")
                .doesNotContain("who came up with pep?");
    }

    @Test
    void theFirstTwoYearsIsNoOrdinal() {
        assertThat(FollowUps.kind("what should i learn in the first two years?")).isEqualTo(FollowUps.Kind.NONE);
    }

    @Test
    void theMembersOwnPairMayEndALongerSentenceAndTheirNumberedQuestionsAreCountedToo() {
        assertThat(FollowUps.pair("a senior dev told me to look at SQL and NoSQL databases"))
                .containsExactly("SQL", "NoSQL databases");
        assertThat(FollowUps.numbered("two doubts. 1) do i need a degree 2) how long until im ready?"))
                .containsExactly("do i need a degree", "how long until im ready");
        assertThat(FollowUps.ordinalAlternative("answer the 2nd pls", "1) do i need a degree 2) how long until im ready"))
                .contains("how long until im ready");
        assertThat(FollowUps.numbered("python 3.12 is out. 2) is it good?")).isEmpty(); // one number is no list
        assertThat(FollowUps.numbered("1) . 2) x 3) y")).containsExactly("x", "y");
    }

    @ParameterizedTest
    @ValueSource(strings = {"is python good and fast?", "what is a cron job and how do i use it with a script"})
    void aQuestionThatAsksAboutTwoThingsIsNoPairToCount(String question) {
        assertThat(FollowUps.pair(question)).isEmpty();
    }

    @Test
    void theStepsOfASequencedAnswerAreItsItems() {
        String answer = "Most paths have four stages. First, learn the basics. Next, build core skills. "
                + "Then put projects in a portfolio. Finally, search for openings.";

        assertThat(FollowUps.steps(answer)).containsExactly("learn the basics", "build core skills",
                "put projects in a portfolio", "search for openings");
        assertThat(FollowUps.steps("Then it runs. Finally, it stops.")).isEmpty(); // no "First": no sequence
    }

    @Test
    void aQuestionThatOffersNothingHasNoAlternatives() {
        assertThat(FollowUps.ordinalAlternative("the second one", "As a beginner, should I learn Python?")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i prepare for my first interview?", "is python a good first language?",
            "what are the first steps to learn python?"})
    void anOrdinalThatNamesAThingOfItsOwnIsNotAPointer(String message) {
        assertThat(FollowUps.pointsInto(message, "Which soft skills matter?\n" + LIST_ANSWER)).isTrue();
        assertThat(FollowUps.ordinalItem(message, LIST_ANSWER, List.of())).isEmpty();
    }

    @Test
    void theSecondInterviewPointsIntoATurnAboutInterviewsOnly() {
        String interviews = "What does the hiring process look like?\nFirst an HR interview, then a technical interview.";

        assertThat(FollowUps.pointsInto("how do i prepare for the second interview?", interviews)).isTrue();
        assertThat(FollowUps.pointsInto("how do i prepare for the second interview?", LIST_ANSWER)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok but why", "hmm ok so why?", "how come?", "and why does that matter",
            "ugh why do they even do that", "lol why tho"})
    void whyIsRecognisedAfterAFewFillersAndSaysNothingOfItsOwn(String message) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.WHY);
        assertThat(FollowUps.ownWords(message)).doesNotContain("come", "ok", "hmm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"really?", "are you sure?", "seriously??", "for real?", "hmm, is that true?",
            "but at a real job, why?", "ok and in a bank, how come?"})
    void doubtAndAWhyAtTheEndAskForTheReason(String message) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.WHY);
    }

    @Test
    void doubtAloneIsToldApartFromAskingHow() {
        assertThat(FollowUps.doubts("really?")).isTrue();
        assertThat(FollowUps.doubts("hmm, are u sure")).isTrue();
        assertThat(FollowUps.doubts("how so?")).isFalse();
        assertThat(FollowUps.doubts("really useful for data science?")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"really useful for data science?", "is that true for freelancers too?"})
    void aQuestionOfItsOwnIsNoDoubt(String message) {
        assertThat(FollowUps.kind(message)).isNotEqualTo(FollowUps.Kind.WHY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nvm i meant installing packages", "sorry typo, i meant pip", "typo: I meant pip",
            "never mind, i meant the HR one"})
    void aClarificationMayOpenWithNvmOrTypo(String message) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.CLARIFICATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sorry, the second one", "no, the last one", "nope the 2nd one", "oops, the first one please"})
    void anOrdinalAfterSorryIsStillAnOrdinal(String message) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.ORDINAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not gonna lie, the interview scared me", "not sure, the docs confused me"})
    void aChatOpenerWithNotIsNoClarification(String message) {
        assertThat(FollowUps.kind(message)).isNotEqualTo(FollowUps.Kind.CLARIFICATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no, the hr one", "no i know that, i meant which libraries people use for it",
            "oops, the technical one", "oops not hr, the technical round i meant",
            "not the libraries, i meant the kinds of tests", "specifically the one with HR"})
    void aClarificationMayNameTheOneMeantOrSayWhatTheMemberAlreadyKnows(String message) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.CLARIFICATION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "to get hired i mean, not just for fun | to get hired",
            "in a job interview i mean, not in a readme | in a job interview",
            "sorry, i mean as a ci/cd tool, not for hosting the code | as a ci/cd tool",
            "no i meant which tools to know | which tools to know"})
    void aClarificationSaysWhatWasMeantBeforeOrAfterIMeanAndDropsWhatWasNot(String message, String meant) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.CLARIFICATION);
        assertThat(FollowUps.meant(message)).isEqualTo(meant);
    }

    @Test
    void aStarredWordCorrectsTheClosestWordOfTheMessageBefore() {
        assertThat(FollowUps.kind("*library lol autocorrect")).isEqualTo(FollowUps.Kind.CLARIFICATION);
        assertThat(FollowUps.corrected("what is a framework vs a liberty", "library lol autocorrect"))
                .contains("what is a framework vs a library");
        assertThat(FollowUps.corrected("what's the difference between a framework", "and a library")).isEmpty();
        assertThat(FollowUps.kind("*** big news ***")).isNotEqualTo(FollowUps.Kind.CLARIFICATION);
    }

    @Test
    void anAnswerTheMemberDidNotAskForHowToPhraseIsNoObjectToReplace() {
        List<FollowUps.Reading> readings = FollowUps.readings(FollowUps.Kind.ELLIPSIS, "and an orm?",
                "whats sql in simple terms", Optional.empty(), "", new Mentions(List.of()));

        assertThat(readings).extracting(FollowUps.Reading::text).doesNotContain("whats sql in an orm");
    }

    @Test
    void aFragmentWithAnotherPrepositionDoesNotReplaceTheLastObject() {
        List<FollowUps.Reading> readings = FollowUps.readings(FollowUps.Kind.ELLIPSIS, "and for version control?",
                "which ci cd tools should i know as a python dev", Optional.empty(), "", new Mentions(List.of()));

        assertThat(readings).extracting(FollowUps.Reading::text)
                .doesNotContain("which ci cd tools should i know as for version control")
                .contains("which ci cd tools should i know as version control");
    }

    @Test
    void aFragmentIsReadIntoTheQuestionBeforeAndTheObjectOfItsLastPrepositionFirst() {
        List<FollowUps.Reading> readings = FollowUps.readings(FollowUps.Kind.ELLIPSIS, "and ai stuff?",
                "is python used for web dev?", Optional.empty(), "", new Mentions(List.of()));

        assertThat(readings.get(0)).isEqualTo(FollowUps.Reading.resolved("is python used for ai stuff?"));
        assertThat(readings.subList(1, readings.size())).noneMatch(FollowUps.Reading::resolved);
    }

    @Test
    void aCompoundIsReplacedWholeButPythonStays() {
        assertThat(FollowUps.substitute("can python be used for web development", "ai"))
                .isEqualTo("can python be used for ai");
        assertThat(FollowUps.substitute("where are python dev jobs advertised", "freelance gigs"))
                .isEqualTo("where are python freelance gigs");
        // a kind of thing after its name stays, of the new thing
        assertThat(FollowUps.substitute("which version control tools should i know", "ci/cd"))
                .isEqualTo("which ci/cd tools should i know");
    }

    @Test
    void aMessageEndingOnAPointerAsksOfNothingOnItsOwn() {
        assertThat(FollowUps.endsOnPointer("which tools are used for it?")).isTrue();
        assertThat(FollowUps.endsOnPointer("what do people do with that tho")).isTrue();
        assertThat(FollowUps.endsOnPointer("is it hard to learn?")).isFalse();
    }

    @Test
    void theSameBeforeANamedThingIsNoPointer() {
        assertThat(FollowUps.kind("can i use the same euler loop to get more digits of pi")).isEqualTo(FollowUps.Kind.NONE);
        assertThat(FollowUps.kind("is it the same for django?")).isNotEqualTo(FollowUps.Kind.NONE);
        assertThat(FollowUps.kind("does the same thing work in flask")).isNotEqualTo(FollowUps.Kind.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how many tho? like is there a lot", "and how much?", "how many exactly?",
            "how many tho, is there real demand"})
    void howManyWithNothingAfterItAsksOfTheThingBefore(String message) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.ELLIPSIS);
    }

    @Test
    void aReplacedThingKeepsOneArticleAndTheVerbBeforeIt() {
        assertThat(FollowUps.substitute("how do i prepare for the interview", "the hr part"))
                .isEqualTo("how do i prepare for the hr part");
    }

    @ParameterizedTest
    @ValueSource(strings = {"other kinds?", "git too?", "and the libraries?"})
    void aFragmentThatAsksNothingOfItsOwnContinuesTheQuestionBefore(String message) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.ELLIPSIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"why?", "jenkins or travis, which one?", "what is pip?"})
    void aShortQuestionThatAsksIsNoFragment(String message) {
        assertThat(FollowUps.kind(message)).isNotEqualTo(FollowUps.Kind.ELLIPSIS);
    }

    @Test
    void theOneMeantThenTheOneNotMeantIsAClarification() {
        assertThat(FollowUps.kind("the hr one, not the technical")).isEqualTo(FollowUps.Kind.CLARIFICATION);
        assertThat(FollowUps.meant("the hr one, not the technical")).isEqualTo("the hr one");
    }

    @Test
    void anOrdinalThatSaysWhatWasMeantStaysAnOrdinal() {
        assertThat(FollowUps.kind("no the second one i meant")).isEqualTo(FollowUps.Kind.ORDINAL);
        assertThat(FollowUps.kind("the last one i mean, not the first")).isEqualTo(FollowUps.Kind.ORDINAL);
    }

    @Test
    void chatEmphasisIsNoStarredCorrection() {
        assertThat(FollowUps.starred("*sigh* ok so what should i learn for backend", "what is flask")).isEmpty();
        assertThat(FollowUps.starred("*library", "what is a liberty")).isNotEmpty();
    }

    @Test
    void aCorrectionReplacesOnlyAWordThatStartsLikeItAndIsFewEditsAway() {
        assertThat(FollowUps.corrected("how do i code a website", "guide")).isEmpty();
        assertThat(FollowUps.corrected("what is a pipe", "pip")).contains("what is a pip");
        // a missing first letter is one edit: "jango" is "django"
        assertThat(FollowUps.corrected("what is jango", "django")).contains("what is django");
        assertThat(FollowUps.corrected("what is a fork", "cork")).isEmpty(); // too short to start differently
    }

    @ParameterizedTest
    @ValueSource(strings = {"wait no, what i actually want to know is how 2 and 3 differ",
            "sorry, my real question is how 2 and 3 differ"})
    void aClarificationMaySayWhatTheMemberWantsToKnow(String message) {
        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.CLARIFICATION);
        assertThat(FollowUps.meant(message)).isEqualTo("how 2 and 3 differ");
    }

    @Test
    void aPluralPronounAfterTheMembersOwnPairPointsAtBoth() {
        List<FollowUps.Reading> readings = FollowUps.readings(FollowUps.Kind.PRONOUN, "so how are they different?",
                "at work we have a product manager and a project manager", Optional.empty(), "", new Mentions(List.of()));

        assertThat(readings).extracting(FollowUps.Reading::text)
                .contains("so how are product manager and project manager different?");
    }

    @Test
    void aClarificationThatNamesItsOneDoesNotAskItOfTheThingBefore() {
        List<FollowUps.Reading> readings = FollowUps.readings(FollowUps.Kind.CLARIFICATION,
                "no wait, i meant the HR one, the first round", "what goes on in the technical interview",
                Optional.empty(), "", new Mentions(List.of()));

        assertThat(readings).extracting(FollowUps.Reading::text).contains("the HR interview, the first round")
                .noneMatch(text -> text.endsWith("for technical interview"));
    }

    @Test
    void whatWasMeantNarrowsTheQuestionOrReplacesTheObjectOfTheSamePreposition() {
        assertThat(FollowUps.narrowed("is python good for web dev?", "for data science"))
                .isEqualTo("is python good for data science?");
        assertThat(FollowUps.narrowed("how do i explain a project", "in a job interview"))
                .isEqualTo("how do i explain a project in a job interview");
    }

    @Test
    void anItThatStandsForWhatFollowsDoesNotPointBack() {
        assertThat(FollowUps.kind("also, is it worth learning docker?")).isEqualTo(FollowUps.Kind.ELLIPSIS);
    }

    @Test
    void theClauseThatPointsBackIsTheOneCheckedForTheDomain() {
        assertThat(FollowUps.pointingClause("what does the last one even mean for a programmer, nobody is dying lol"))
                .isEqualTo("what does the last one even mean for a programmer");
        assertThat(FollowUps.pointingClause("best pizza in naples?")).isEqualTo("best pizza in naples?");
    }

    @Test
    void aFollowUpThatLeadsOnWithAPronounIsReadForThePronoun() {
        assertThat(FollowUps.kind("and how would i use it together with a python script?"))
                .isEqualTo(FollowUps.Kind.PRONOUN);
        // a question of its own about "it", in few words
        assertThat(FollowUps.kind("and what if it cant do my query tho")).isEqualTo(FollowUps.Kind.PRONOUN);
        assertThat(FollowUps.kind("and for freelancers?")).isEqualTo(FollowUps.Kind.ELLIPSIS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "my friend says python 2 is dead, is that true? | friend",
            "who created python? | python",
            "where can i find freelance python work | freelance",
            "is c hard to learn? | c",
            "how do i get into embedded? | embedded"})
    void whatAQuestionWasAboutIsAThingNotWhatWasSaidOrDoneToIt(String question, String noun) {
        assertThat(FollowUps.headNoun(question)).contains(noun);
    }

    @Test
    void aPointerToASentenceOfTheSameMessageDoesNotLeanOnTheTurnBefore() {
        assertThat(FollowUps.kind("people say coding is mostly problem solving. why is that such a big deal"))
                .isEqualTo(FollowUps.Kind.NONE);
        assertThat(FollowUps.kind("ok. who uses it?")).isEqualTo(FollowUps.Kind.PRONOUN);
    }

    @Test
    void aPointerToAnEarlierClauseOfTheSameMessageDoesNotLeanOnTheTurnBefore() {
        assertThat(FollowUps.kind("what is this 'object oriented' stuff ppl talk about, do i need it for python jobs"))
                .isEqualTo(FollowUps.Kind.NONE);
        // a clause that says what was meant is no statement of its own: its "it" is still the thing before
        assertThat(FollowUps.kind("in the deployment sense i mean, managing it in prod, not the cpu thing"))
                .isNotEqualTo(FollowUps.Kind.NONE);
    }

    @Test
    void thereThatOnlySaysSomethingExistsIsNoPointer() {
        assertThat(FollowUps.kind("how many applicants are there on average per junior python job"))
                .isEqualTo(FollowUps.Kind.NONE);
        assertThat(FollowUps.kind("what other kinds are there?")).isNotEqualTo(FollowUps.Kind.NONE);
    }

    @Test
    void mineAndAChatTailPointBackToo() {
        assertThat(FollowUps.kind("how do i make mine look decent for recruiters")).isEqualTo(FollowUps.Kind.PRONOUN);
        assertThat(FollowUps.kind("how hard is the former tbh")).isEqualTo(FollowUps.Kind.ORDINAL);
        assertThat(FollowUps.kind("how hard is the former option")).isEqualTo(FollowUps.Kind.ORDINAL);
    }

    @Test
    void aTopicSwitchIsNoFollowUpAndItsOpenerNoPartOfTheQuestion() {
        String message = "switching topics: what's a code review like";

        assertThat(FollowUps.kind(message)).isEqualTo(FollowUps.Kind.NONE);
        assertThat(FollowUps.withoutSwitch(message)).isEqualTo("what's a code review like");
        assertThat(FollowUps.withoutSwitch("what's a code review like")).isEqualTo("what's a code review like");
    }

    @Test
    void theFirstOfThoseIsAnOrdinal() {
        assertThat(FollowUps.kind("what's the first of those?")).isEqualTo(FollowUps.Kind.ORDINAL);
        assertThat(FollowUps.ordinalItem("what's the first of those?", LIST_ANSWER, List.of())).contains("Communication");
    }

    @Test
    void aSentenceThatEnumeratesShortThingsIsAList() {
        String answer = "The best known are unittest, pytest and django.test. unittest ships with Python itself.";
        String principles = "Three come up again and again: object-oriented programming, design patterns, and testing"
                + " with frameworks such as pytest or unittest.";

        assertThat(FollowUps.enumerated(answer)).containsExactly("unittest", "pytest", "django.test");
        assertThat(FollowUps.enumerated(principles))
                .containsExactly("object-oriented programming", "design patterns", "testing");
    }

    @Test
    void howOftenAThingComesUpIsNoPartOfItsName() {
        String answer = "Expect questions about your studies, your professional path and previous experience, and"
                + " sometimes your salary expectations.";

        assertThat(FollowUps.enumerated(answer)).last().isEqualTo("your salary expectations");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what is the second thing you mentioned", "the 2nd one u listed?",
            "the second one on ur list"})
    void anOrdinalThatPointsIntoTheAnswerDoesNotCountTheMembersOwnOptions(String message) {
        String question = "should i learn sql or nosql first for python backend";

        assertThat(FollowUps.ordinalAlternative(message, question)).contains("nosql");
        assertThat(FollowUps.memberOption(message, question)).isEmpty();
    }

    @Test
    void aSentenceOfClausesIsNotAList() {
        String answer = "Interviewers ask about technical matters in depth, often give you a problem to solve, and"
                + " judge how you cope under stress.";

        assertThat(FollowUps.enumerated(answer)).isEmpty();
    }

    @Test
    void anEarlierSubjectOfThePreviousQuestionCanBeReplacedAtMostAFewTimes() {
        assertThat(FollowUps.substitutedEarlier("which ci/cd tools should a python dev know?", "version control"))
                .contains("which version control tools should a python dev know?");
        String longQuestion = "which " + "framework library tool ".repeat(300) + "should i learn?";

        assertThat(FollowUps.substitutedEarlier(longQuestion, "testing")).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    @Timeout(value = 15, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // about 1.5 s idle; a quadratic pattern takes minutes; a regex cannot be interrupted
    void longAndOddInputIsReadInLinearTime() {
        String spaces = "alpha" + " ".repeat(200_000) + "or beta";
        String marks = "?".repeat(200_000) + "x";

        assertThat(FollowUps.ordinalAlternative("the second one", spaces)).isEqualTo(Optional.of("beta"));
        assertThat(FollowUps.substitute(marks, "games")).isNotEmpty();
        assertThat(FollowUps.kind("so ".repeat(5_000) + "why")).isNotNull();
        assertThat(FollowUps.enumerated("a, ".repeat(100_000) + "b and c")).hasSize(100_002);
        assertThat(FollowUps.kind("oops " + "not ".repeat(50_000) + "x")).isEqualTo(FollowUps.Kind.NONE);
        assertThat(FollowUps.kind("oops ".repeat(40_000) + "i meant x")).isEqualTo(FollowUps.Kind.NONE); // no stack overflow
        assertThat(FollowUps.kind("no, ".repeat(50_000))).isNotEqualTo(FollowUps.Kind.CLARIFICATION);
        assertThat(FollowUps.ordinalAlternative("the first one", "is it for " + "x".repeat(200_000) + " a b c, y or z"))
                .isPresent();
        assertThat(FollowUps.readings(FollowUps.Kind.CLARIFICATION, "sorry i meant x" + "-".repeat(200_000) + "y",
                "what is flask?", Optional.empty(), "", new Mentions(List.of()))).isNotEmpty();
        assertThat(FollowUps.enumerated("a, b, c" + " ".repeat(200_000) + "d")).isNotNull();
        assertThat(FollowUps.readings(FollowUps.Kind.ELLIPSIS, "and for games?", "is it used for " + "x ".repeat(100_000)
                + "?", Optional.empty(), "", new Mentions(List.of()))).isNotEmpty();
        assertThat(FollowUps.withoutSwitch("unrelated" + " :".repeat(100_000) + " x")).endsWith("x");
        assertThat(FollowUps.enumerated("a, b, " + "(".repeat(200_000) + "\nz")).isNotNull();
        assertThat(FollowUps.ordinalAlternative("the first one", "is it for " + "x ".repeat(100_000) + ", y or z")).isPresent();
        assertThat(FollowUps.pair("a" + " b".repeat(100_000) + " and c")).isEmpty();
        assertThat(FollowUps.steps("First, " + "x".repeat(200_000) + ". Then y. Then z.")).isEmpty(); // a step is a short sentence
        assertThat(FollowUps.withoutEmoji("🎮 ".repeat(100_000) + "x")).isEqualTo("x");
        assertThat(FollowUps.kind("x i mean." + " y".repeat(100_000))).isNotNull();
        assertThat(FollowUps.meant("the " + "big ".repeat(100_000) + "tool i mean")).isNotEmpty();
        assertThat(FollowUps.corrected("what is " + "j".repeat(200_000), "d" + "j".repeat(200_000))).isEmpty();
        assertThat(FollowUps.withoutChatTail("x" + " sorry".repeat(40_000))).isEqualTo("x");
        assertThat(FollowUps.withoutChatTail("sorry ".repeat(40_000) + "x")).endsWith("x");
        assertThat(FollowUps.kind("x".repeat(200_000) + " i mean, not y")).isEqualTo(FollowUps.Kind.NONE);
        assertThat(FollowUps.meant("sorry i meant x" + ", not".repeat(50_000))).isNotEmpty();
        assertThat(FollowUps.meant("sorry i meant x" + " ".repeat(200_000) + "y")).isNotEmpty();
        assertThat(FollowUps.kind("*" + "x".repeat(200_000))).isEqualTo(FollowUps.Kind.CLARIFICATION);
        assertThat(FollowUps.corrected("pipe ".repeat(40_000), "pip")).isPresent();
        assertThat(FollowUps.headNoun("a" + " bb".repeat(100_000))).contains("bb");
        assertThat(FollowUps.kind("a ".repeat(100_000) + "?")).isNotNull();
        assertThat(FollowUps.kind("the x one" + " ,".repeat(100_000))).isNotNull();
        assertThat(FollowUps.pointingClause("x, ".repeat(100_000))).isNotNull();
        assertThat(FollowUps.kind("the first" + " ".repeat(200_000) + "x")).isNotNull();
        assertThat(FollowUps.kind("a" + " ".repeat(200_000) + "x i mean")).isNotNull();
        assertThat(FollowUps.kind("lol lol lol python i mean not" + " ".repeat(200_000) + "x")).isNotNull();
        assertThat(FollowUps.pair("look at " + "a ".repeat(100_000) + "and b")).isEmpty();
        assertThat(FollowUps.numbered("1) a ".repeat(50_000))).hasSize(50_000);
    }
}
