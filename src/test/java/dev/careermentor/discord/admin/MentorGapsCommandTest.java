package dev.careermentor.discord.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Caller;
import dev.careermentor.discord.Requests;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.practice.ChallengeLibrary;
import dev.careermentor.questions.AnswerLog;
import dev.careermentor.questions.gaps.Gap;
import dev.careermentor.questions.gaps.KnowledgeGaps;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** {@code /mentor gaps}: the server's top knowledge gaps with counts and two example questions each, for managers. */
class MentorGapsCommandTest {

    private final KnowledgeGaps gaps = mock(KnowledgeGaps.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private final MentorAdminCommand feature = new MentorAdminCommand(mock(KnowledgeIndex.class),
            mock(ChallengeLibrary.class), mock(AnswerLog.class), gaps, clock, () -> "all shards");
    private final Requests.Command command = mock(Requests.Command.class);

    private BotReply reply() {
        ArgumentCaptor<BotReply> reply = ArgumentCaptor.forClass(BotReply.class);
        verify(command).reply(reply.capture());
        return reply.getValue();
    }

    @Test
    void listsTheTopGapsWithCountsAndTwoExamplesEach() {
        when(command.caller()).thenReturn(new Caller(1, "admin", 10L, 20L, true));
        when(command.subcommand()).thenReturn(Optional.of("gaps"));
        when(command.longOption("days")).thenReturn(Optional.empty());
        when(gaps.find(10L, Instant.parse("2026-08-26T12:00:00Z"), MentorAdminCommand.GAPS_SHOWN)).thenReturn(List.of(
                new Gap(7, List.of("Can I get a work visa?", "do companies sponsor visas?"), List.of(), "job-search",
                        "job-search/where-to-look"),
                new Gap(2, List.of("Which CI tool first?"), List.of("It did not say which CI tool to learn first."),
                        "deployment", "deployment/ci-cd-tools")));

        feature.onCommand(command);

        verify(command).defer(true);
        BotReply reply = reply();
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.allText()).contains("last 90 days")
                .contains("**1. 7×** “Can I get a work visa?” · “do companies sponsor visas?” — near *job-search*")
                .contains("**2. 2×** “Which CI tool first?”").contains("👎 It did not say which CI tool to learn first.")
                .contains("gaps --export DIR");
    }

    @Test
    void saysSoWhenThereIsNoGap() {
        when(command.caller()).thenReturn(new Caller(1, "admin", 10L, 20L, true));
        when(command.subcommand()).thenReturn(Optional.of("gaps"));
        when(command.longOption("days")).thenReturn(Optional.of(7L));

        feature.onCommand(command);

        assertThat(reply().content()).contains("No knowledge gaps in the last 7 days");
    }

    @Test
    void refusesMembersWithoutManageServer() {
        when(command.caller()).thenReturn(new Caller(2, "m", 10L, 20L, false));
        when(command.subcommand()).thenReturn(Optional.of("gaps"));

        feature.onCommand(command);

        assertThat(reply().content()).contains("Manage Server");
        verifyNoInteractions(gaps);
    }
}
