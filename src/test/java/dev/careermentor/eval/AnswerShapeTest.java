package dev.careermentor.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerShapeTest {

    @Test
    void aPlainAnswerInTwoParagraphsPasses() {
        assertThat(AnswerShape.problems("Usually not. It goes well when you want the same thing.\n\n"
                + "Where it goes wrong is a mismatch, so be honest.")).isEmpty();
    }

    @Test
    void aListWithItsLeadInAndACodeBlockPass() {
        assertThat(AnswerShape.problems("Three things matter:\n\n- syntax\n- data structures\n- testing\n\n"
                + "For example:\n\n```python\nfor i in range(3):\n    print(i)\n```")).isEmpty();
    }

    @Test
    void flagsWhatAMentorWouldNotPost() {
        assertThat(AnswerShape.problems("## Testing\nPytest is popular.")).anyMatch(p -> p.startsWith("bare heading"));
        assertThat(AnswerShape.problems("- Flask\n- Django")).anyMatch(p -> p.startsWith("list item without a lead-in"));
        assertThat(AnswerShape.problems("Git is a version control tool. Git is a version control tool."))
                .anyMatch(p -> p.startsWith("repeated sentence"));
        assertThat(AnswerShape.problems("This is why it matters.")).anyMatch(p -> p.startsWith("opens with a word"));
        assertThat(AnswerShape.problems("Code:\n```python\nprint(1)\n")).contains("a code fence is not closed");
        assertThat(AnswerShape.problems("x".repeat(901))).anyMatch(p -> p.startsWith("longer than 900"));
    }

    @Test
    void eachCardOfATwoCardReplyIsReadOnItsOwn() {
        assertThat(AnswerShape.problems("**What is the HR interview?**\nThe HR interview is the first round.\n\n"
                + "**What is the technical interview?**\nThe technical interview is the second round.")).isEmpty();
        assertThat(AnswerShape.problems("**Q?**\nThis points at nothing.")).isNotEmpty();
    }
}
