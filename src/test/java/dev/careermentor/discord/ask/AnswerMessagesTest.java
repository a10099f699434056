package dev.careermentor.discord.ask;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Source;
import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.DiscordLimits;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerMessagesTest {

    @Test
    void anAnswerIsAnEmbedWithItsSourcesAndFeedbackButtons() {
        Answer answer = new Answer("Upwork is a freelance marketplace.", false, 0.93,
                List.of(new Source("freelancing/finding-clients", "Where can I find freelance Python work?", "Freelancing",
                        LocalDate.of(2026, 12, 1))),
                List.of(new Answer.Related("freelancing/job-or-freelance", "Should I take a regular job or go freelance?")),
                false, List.of(), null);

        BotReply reply = AnswerMessages.render(answer, 42L);

        BotReply.Embed embed = reply.embeds().get(0);
        assertThat(embed.title()).as("the card's question, never the member's words").isEqualTo(
                "Where can I find freelance Python work?");
        assertThat(embed.description()).isEqualTo("Upwork is a freelance marketplace.");
        assertThat(embed.fields()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Sources");
            assertThat(f.value()).contains("Freelancing › Where can I find freelance Python work?")
                    .contains("`freelancing/finding-clients.md`").contains("updated 2026-12-01");
        });
        assertThat(embed.footer()).contains("confidence 93%");
        assertThat(reply.buttons()).extracting(BotReply.Button::id).containsExactly("v1:feedback:up:42", "v1:feedback:down:42",
                "v1:related:ask:freelancing/job-or-freelance", "v1:practice:this:freelancing/finding-clients");
        assertThat(reply.buttons().get(2).label()).isEqualTo("Should I take a regular job or go freelance?");
        assertThat(reply.ephemeral()).isFalse();
    }

    @Test
    void everyPartStaysWithinDiscordsLimits() {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sources.add(new Source("topic/card-" + i, "A rather long card question number " + i, "A title",
                    LocalDate.of(2026, 12, 1)));
        }
        Answer answer = new Answer("x ".repeat(5_000), false, 0.5, sources, List.of(), false, List.of("A note."), null);

        BotReply.Embed embed = AnswerMessages.render(answer, 1L).embeds().get(0);

        assertThat(embed.title().length()).isLessThanOrEqualTo(DiscordLimits.EMBED_TITLE);
        assertThat(embed.description().length()).isLessThanOrEqualTo(DiscordLimits.EMBED_DESCRIPTION);
        assertThat(embed.fields().get(0).value().length()).isLessThanOrEqualTo(DiscordLimits.EMBED_FIELD_VALUE);
        assertThat(embed.title().length() + embed.description().length() + embed.fields().get(0).value().length()
                + embed.footer().length() + "Sources".length()).isLessThanOrEqualTo(DiscordLimits.EMBED_TOTAL);
        assertThat(embed.description()).startsWith("*A note.*");
    }

    @Test
    void aRefusalLooksDifferentButCanStillBeRated() {
        Answer refusal = new Answer("My knowledge base doesn't cover that.", true, 0.1, List.of(), List.of(), false,
                List.of(), Answer.Refusal.NOT_COVERED);

        BotReply reply = AnswerMessages.render(refusal, 3L);

        assertThat(reply.embeds().get(0).color()).isEqualTo(AnswerMessages.REFUSED_COLOR);
        assertThat(reply.embeds().get(0).title()).isEqualTo("Not in my knowledge base");
        assertThat(reply.embeds().get(0).fields()).isEmpty();
        assertThat(reply.buttons()).hasSize(2);
    }

    @Test
    void aSourceLastRevisedMoreThanEighteenMonthsAgoMayBeOutOfDate() {
        Answer answer = new Answer("Git tracks changes.", false, 0.9, List.of(
                new Source("version-control/what-is-git", "What is Git?", "Version control with Git", LocalDate.of(2025, 5, 31)),
                new Source("version-control/branches", "What are branches?", "Version control with Git",
                        LocalDate.of(2025, 6, 2))), List.of(), false, List.of(), null);

        String sources = AnswerMessages.render(answer, 5L, LocalDate.of(2026, 12, 1)).embeds().get(0).fields().get(0).value();

        assertThat(sources.lines()).hasSize(2);
        assertThat(sources.lines().toList().get(0)).contains("updated 2025-05-31").contains("may be out of date");
        assertThat(sources.lines().toList().get(1)).contains("updated 2025-06-02").doesNotContain("out of date");
    }

    @Test
    void practiceThisAsksForAChallengeOnTheAnsweringCardsTopicAndARefusalHasNone() {
        Answer answer = new Answer("Coverage reports untested lines.", false, 0.9, List.of(
                new Source("testing/coverage", "What does the Coverage tool do?", "Testing", LocalDate.of(2026, 12, 1))),
                List.of(), false, List.of(), null);

        BotReply reply = AnswerMessages.render(answer, 6L);

        assertThat(reply.buttons()).filteredOn(b -> b.label().equals("Practice this")).singleElement()
                .satisfies(b -> assertThat(dev.careermentor.discord.practice.PracticeIds.parse(b.id()))
                        .contains(new dev.careermentor.discord.practice.PracticeIds.ThisTopic("testing/coverage")));
        Answer refusal = new Answer("Not covered.", true, 0.1, List.of(), List.of(), false, List.of(),
                Answer.Refusal.NOT_COVERED);
        assertThat(AnswerMessages.render(refusal, 7L).buttons()).noneMatch(b -> b.label().equals("Practice this"));
    }
}
