package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryExpansionsTest {

    @Test
    void spellsOutChatAbbreviationsAsWholeWords() {
        assertThat(QueryExpansions.expand("do devs need db skills for prod apps?"))
                .isEqualTo("do developers need database skills for production applications?");
    }

    @Test
    void spellsOutChatSpelling() {
        assertThat(QueryExpansions.expand("wats a venv abt, eli5 pls")).isEqualTo(
                "what's a virtual environment about, explain simply pls");
    }

    @Test
    void dropsInterjectionsButNeverTheWholeMessage() {
        assertThat(QueryExpansions.expand("nvm, what is dns")).isEqualTo(", what is dns");
        assertThat(QueryExpansions.expand("bruh bruh bruh")).isEqualTo("bruh bruh bruh");
    }

    @Test
    void leavesThePartsOfADottedNameAlone() {
        assertThat(QueryExpansions.expand("what is coverage.py for, and py.test?"))
                .isEqualTo("what is coverage.py for, and py.test?");
        assertThat(QueryExpansions.expand("we deploy to prod. py is fine")).isEqualTo("we deploy to production. python is fine");
    }

    @Test
    void leavesWordsThatMerelyContainAnAbbreviationAlone() {
        assertThat(QueryExpansions.expand("developer application deployment")).isEqualTo("developer application deployment");
        assertThat(QueryExpansions.expand("CI/CD with GitLab")).isEqualTo("CI/CD with GitLab");
    }

    @Test
    void spellsOutAnOrdinalWrittenInDigits() {
        assertThat(QueryExpansions.expand("what happens in the 2nd round, and the 3RD?"))
                .isEqualTo("what happens in the second round, and the third?");
        assertThat(QueryExpansions.expand("python 3.12nd, route 22nd")).isEqualTo("python 3.12nd, route 22nd");
    }

    @Test
    void namesThePowerOperatorInWordsSoThatItCountsAsWhatIsAskedAbout() {
        assertThat(QueryExpansions.expand("what does ** do?")).isEqualTo("what does ** (power operator) do?");
        assertThat(QueryExpansions.expand("why 2**3")).isEqualTo("why 2** (power operator)3");
    }

    @Test
    void leavesMarkdownBoldAlone() {
        assertThat(QueryExpansions.expand("is **flask** worth it")).isEqualTo("is **flask** worth it");
    }
}
