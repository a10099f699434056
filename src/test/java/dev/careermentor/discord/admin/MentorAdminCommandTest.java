package dev.careermentor.discord.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Caller;
import dev.careermentor.discord.Requests;
import dev.careermentor.knowledge.KnowledgeIndex;
import dev.careermentor.knowledge.LoadProblem;
import dev.careermentor.practice.ChallengeBank;
import dev.careermentor.practice.ChallengeLibrary;
import dev.careermentor.questions.AnswerLog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class MentorAdminCommandTest {

    private final KnowledgeIndex knowledge = mock(KnowledgeIndex.class);
    private final AnswerLog answers = mock(AnswerLog.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private final ChallengeLibrary challenges = mock(ChallengeLibrary.class);
    private final MentorAdminCommand feature = new MentorAdminCommand(knowledge, challenges, answers, clock);
    private final Requests.Command command = mock(Requests.Command.class);

    private BotReply reply() {
        ArgumentCaptor<BotReply> reply = ArgumentCaptor.forClass(BotReply.class);
        verify(command).reply(reply.capture());
        return reply.getValue();
    }

    @Test
    void requiresManageServerAsTheDefaultPermission() {
        assertThat(feature.data().getDefaultPermissions().getPermissionsRaw())
                .isEqualTo(Permission.MANAGE_SERVER.getRawValue());
    }

    @Test
    void refusesMembersWithoutManageServerEvenIfDiscordLetThemThrough() {
        when(command.caller()).thenReturn(new Caller(1, "m", 10L, 20L, false));
        when(command.subcommand()).thenReturn(Optional.of("reload"));

        feature.onCommand(command);

        assertThat(reply().ephemeral()).isTrue();
        assertThat(reply().content()).contains("Manage Server");
        verifyNoInteractions(knowledge, answers, challenges);
    }

    @Test
    void reloadReportsWhatChangedAndWhichFilesWereSkipped() {
        when(command.caller()).thenReturn(new Caller(1, "admin", 10L, 20L, true));
        when(command.subcommand()).thenReturn(Optional.of("reload"));
        when(knowledge.reload()).thenReturn(new KnowledgeIndex.LoadReport("abc", 24, 117, 3,
                List.of(new LoadProblem("broken.md", 2, "front matter needs a 'title'")), true));
        when(challenges.reload()).thenReturn(new ChallengeBank(List.of(),
                List.of(new LoadProblem("testing.yaml", 12, "the answer must be one of the options"))));

        feature.onCommand(command);

        verify(command).defer(true);
        assertThat(reply().content()).contains("24 topics, 117 cards").contains("3 texts embedded")
                .contains("broken.md:2: front matter needs a 'title'").contains("Challenge bank: 0 challenges")
                .contains("testing.yaml:12: the answer must be one of the options");
    }

    @Test
    void statsCountQuestionsRefusalsAndFeedbackForTheServer() {
        when(command.caller()).thenReturn(new Caller(1, "admin", 10L, 20L, true));
        when(command.subcommand()).thenReturn(Optional.of("stats"));
        when(command.longOption("days")).thenReturn(Optional.of(7L));
        when(knowledge.knowledgeBase()).thenReturn(dev.careermentor.TestKnowledge.index().knowledgeBase());
        when(answers.stats(any(), any())).thenReturn(new AnswerLog.Stats(12, 3, 5, 1, 1));

        feature.onCommand(command);

        verify(answers).stats(10L, Instant.parse("2026-11-17T12:00:00Z"));
        BotReply reply = reply();
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.allText()).contains("**12**").contains("**3**").contains("👍 5").contains("👎 1")
                .contains("last 7 days").contains("1 comment").doesNotContain("1 comments");
    }

    @Test
    void oneDayAndOneTextAreSingular() {
        when(command.caller()).thenReturn(new Caller(1, "admin", 10L, 20L, true));
        when(command.subcommand()).thenReturn(Optional.of("stats"));
        when(command.longOption("days")).thenReturn(Optional.of(1L));
        when(knowledge.knowledgeBase()).thenReturn(dev.careermentor.TestKnowledge.index().knowledgeBase());
        when(answers.stats(any(), any())).thenReturn(new AnswerLog.Stats(1, 0, 0, 0, 2));

        feature.onCommand(command);

        assertThat(reply().allText()).contains("last 1 day").doesNotContain("last 1 days").contains("2 comments");
    }

    @Test
    void theDaysOfStatsAreDeclaredWithTheirRangeSoTheRouterRefusesOthers() {
        var days = feature.data().getSubcommands().stream().filter(s -> s.getName().equals("stats")).findFirst()
                .orElseThrow().getOptions().get(0);

        assertThat(days.getMinValue().longValue()).isEqualTo(1);
        assertThat(days.getMaxValue().longValue()).isEqualTo(3650);
    }
}
