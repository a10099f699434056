package dev.careermentor.discord.studygroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.Caller;
import dev.careermentor.discord.ModalForm;
import dev.careermentor.discord.Requests;
import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.PracticeService;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.model.Answer;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.Score;
import dev.careermentor.studygroup.model.StudyGroup;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The study-group commands and buttons against mocked core services. */
class StudyGroupFeaturesTest {

    private static final Caller ADMIN = new Caller(1L, "admin", 10L, 20L, true);
    private static final Caller MEMBER = new Caller(2L, "member", 10L, 20L, false);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T06:00:00Z"), ZoneOffset.UTC);
    private static final StudyGroup GROUP = new StudyGroup(5L, StudyGroup.Kind.CHANNEL, 10L, 20L, 1L, LocalTime.of(9, 0),
            ZoneId.of("Europe/Berlin"), null, 3, StudyGroup.Status.ACTIVE, null);
    private static final Challenge CHOICE = new Challenge.MultipleChoice(new Challenge.Meta("c1", 1, List.of("testing"),
            "testing.md#which-testing-frameworks-does-python-have", "Which tool tests Python code?",
            "pytest is a test framework.", "t.yaml", 1), List.of("pytest", "Jenkins", "Monster"), 0);
    private static final Challenge TASK = new Challenge.PracticeTask(new Challenge.Meta("t1", 3, List.of("testing"),
            "testing.md#which-testing-frameworks-does-python-have", "Write a test.", "Tests assert.", "t.yaml", 2),
            List.of("Use assert.", "Name it test_*."), "def test_add():\n    assert 1 + 1 == 2");
    private static final Post POST = new Post(77L, 5L, LocalDate.of(2026, 11, 24), "c1",
            Post.Status.SENT, "bot", 0L, 1L, 1L, false, 0, null, null);

    private final StudyGroups studyGroups = mock(StudyGroups.class);
    private final PracticeService practice = mock(PracticeService.class);

    @BeforeEach
    void setUp() {
        when(studyGroups.practice()).thenReturn(practice);
    }

    private static BotReply replyOf(Requests.Interaction interaction) {
        ArgumentCaptor<BotReply> reply = ArgumentCaptor.forClass(BotReply.class);
        verify(interaction).reply(reply.capture());
        return reply.getValue();
    }

    @Nested
    class SetUpCommand {
        private final StudyGroupCommand feature = new StudyGroupCommand(studyGroups, CLOCK);
        private final Requests.Command command = mock(Requests.Command.class);

        @Test
        void isForServerManagersOnly() {
            when(command.caller()).thenReturn(MEMBER);
            when(command.subcommand()).thenReturn(Optional.of("setup"));

            feature.onCommand(command);

            assertThat(replyOf(command).content()).contains("Manage Server");
            verify(studyGroups, never()).setup(anyLong(), anyLong(), anyLong(), anyString(), anyString(), any());
        }

        @Test
        void setsUpTheChannelAtALocalTimeAndSaysWhen() {
            when(command.caller()).thenReturn(ADMIN);
            when(command.subcommand()).thenReturn(Optional.of("setup"));
            when(command.longOption("channel")).thenReturn(Optional.of(20L));
            when(command.longOption("role")).thenReturn(Optional.empty());
            when(command.option("time")).thenReturn(Optional.of("09:00"));
            when(command.option("timezone")).thenReturn(Optional.of("Europe/Berlin"));
            when(studyGroups.setup(10L, 20L, 1L, "09:00", "Europe/Berlin", null)).thenReturn(GROUP);
            when(studyGroups.nextPost(GROUP)).thenReturn(Optional.of(Instant.parse("2026-11-24T08:00:00Z")));

            feature.onCommand(command);

            BotReply reply = replyOf(command);
            assertThat(reply.ephemeral()).isTrue();
            assertThat(reply.content()).contains("<#20>").contains("09:00 Europe/Berlin").contains("next in 2 h 0 min");
        }

        @Test
        void explainsABadTimeZone() {
            when(command.caller()).thenReturn(ADMIN);
            when(command.subcommand()).thenReturn(Optional.of("setup"));
            when(command.longOption("channel")).thenReturn(Optional.of(20L));
            when(command.option("time")).thenReturn(Optional.of("09:00"));
            when(command.option("timezone")).thenReturn(Optional.of("Mars/Olympus"));
            when(studyGroups.setup(anyLong(), anyLong(), anyLong(), anyString(), anyString(), any()))
                    .thenThrow(new IllegalArgumentException("'Mars/Olympus' is not a time zone I know."));

            feature.onCommand(command);

            assertThat(replyOf(command).content()).isEqualTo("'Mars/Olympus' is not a time zone I know.");
        }

        @Test
        void pausingAChannelWithoutAGroupSaysSo() {
            when(command.caller()).thenReturn(ADMIN);
            when(command.subcommand()).thenReturn(Optional.of("pause"));
            when(studyGroups.pause(20L, "admin")).thenReturn(Optional.empty());

            feature.onCommand(command);

            assertThat(replyOf(command).content()).contains("has no study group");
        }

        @Test
        void theTimeZoneOptionSuggestsIanaNames() {
            Requests.Autocomplete request = mock(Requests.Autocomplete.class);
            when(request.typed()).thenReturn("kolk");

            feature.onAutocomplete(request);

            @SuppressWarnings("unchecked")
            ArgumentCaptor<List<Requests.Choice>> choices = ArgumentCaptor.forClass(List.class);
            verify(request).suggest(choices.capture());
            assertThat(choices.getValue()).extracting(Requests.Choice::value).contains("Asia/Kolkata");
        }
    }

    @Nested
    class TodayAndReminders {
        private final ChallengeCommand feature = new ChallengeCommand(studyGroups, CLOCK);
        private final Requests.Command command = mock(Requests.Command.class);

        @BeforeEach
        void inTheGroupsChannel() {
            when(command.caller()).thenReturn(MEMBER);
            when(studyGroups.groupFor(20L, 2L)).thenReturn(GROUP);
        }

        @Test
        void showsTodaysChallengeWithItsAnswerButtons() {
            when(command.subcommand()).thenReturn(Optional.of("today"));
            when(studyGroups.today(GROUP)).thenReturn(Optional.of(POST));
            when(practice.challengeOf(POST)).thenReturn(Optional.of(CHOICE));

            feature.onCommand(command);

            BotReply reply = replyOf(command);
            assertThat(reply.ephemeral()).isTrue();
            assertThat(reply.embeds().get(0).description()).contains("Which tool tests Python code?").contains("A) pytest");
            assertThat(reply.buttons()).extracting(BotReply.Button::id)
                    .containsExactly("v1:challenge:pick:77:0", "v1:challenge:pick:77:1", "v1:challenge:pick:77:2");
        }

        @Test
        void beforeThePostItSaysWhenTheChallengeArrives() {
            when(command.subcommand()).thenReturn(Optional.of("today"));
            when(studyGroups.today(GROUP)).thenReturn(Optional.empty());
            when(studyGroups.nextPost(GROUP)).thenReturn(Optional.of(Instant.parse("2026-11-24T08:00:00Z")));

            feature.onCommand(command);

            assertThat(replyOf(command).content()).contains("arrives at **09:00 Europe/Berlin**").contains("in 2 h 0 min");
        }

        @Test
        void withoutAGroupTheMemberGetsAPersonalChallenge() {
            StudyGroup personal = new StudyGroup(9L, StudyGroup.Kind.PERSONAL, null, null, 2L, LocalTime.MIDNIGHT,
                    ZoneOffset.UTC, null, 0, StudyGroup.Status.ACTIVE, null);
            when(studyGroups.groupFor(20L, 2L)).thenReturn(personal);
            when(command.subcommand()).thenReturn(Optional.of("today"));
            when(studyGroups.personalToday(personal)).thenReturn(POST);
            when(practice.challengeOf(POST)).thenReturn(Optional.of(CHOICE));

            feature.onCommand(command);

            assertThat(replyOf(command).embeds().get(0).title()).startsWith("Your practice challenge");
        }

        @Test
        void remindersDefaultToTheGroupsZoneAndRejectBadTimes() {
            when(command.subcommand()).thenReturn(Optional.of("remind"));
            when(command.option("mode")).thenReturn(Optional.of("on"));
            when(command.option("time")).thenReturn(Optional.of("7pm"));
            when(command.option("timezone")).thenReturn(Optional.empty());

            feature.onCommand(command);

            verify(studyGroups).remind(GROUP, 2L, true, LocalTime.of(19, 0), ZoneId.of("Europe/Berlin"));
            assertThat(replyOf(command).content()).contains("19:00 Europe/Berlin");
        }

        @Test
        void aPersonalTracksReminderIsInUtcNamedSo() {
            StudyGroup personal = new StudyGroup(9L, StudyGroup.Kind.PERSONAL, null, null, 2L, LocalTime.MIDNIGHT,
                    ZoneOffset.UTC, null, 0, StudyGroup.Status.ACTIVE, null);
            when(studyGroups.groupFor(20L, 2L)).thenReturn(personal);
            when(command.subcommand()).thenReturn(Optional.of("remind"));
            when(command.option("mode")).thenReturn(Optional.of("on"));

            feature.onCommand(command);

            assertThat(replyOf(command).content()).contains("**18:00 UTC**").doesNotContain(" Z");
        }

        @Test
        void onlyOnOrOffChangeTheReminder() {
            when(command.subcommand()).thenReturn(Optional.of("remind"));
            when(command.option("mode")).thenReturn(Optional.of("maybe"));

            feature.onCommand(command);

            verify(studyGroups, never()).remind(any(), anyLong(), anyBoolean(), any(), any());
            assertThat(replyOf(command).content()).contains("on").contains("off");
        }

        @Test
        void aBadReminderTimeIsExplainedAndNothingIsSaved() {
            when(command.subcommand()).thenReturn(Optional.of("remind"));
            when(command.option("mode")).thenReturn(Optional.of("on"));
            when(command.option("time")).thenReturn(Optional.of("25:99"));

            feature.onCommand(command);

            assertThat(replyOf(command).content()).contains("24-hour HH:MM");
            verify(studyGroups, never()).remind(any(), anyLong(), anyBoolean(), any(), any());
        }
    }

    @Nested
    class AnsweringButtons {
        private final ChallengeButtons feature = new ChallengeButtons(studyGroups);
        private final Requests.Component click = mock(Requests.Component.class);

        @BeforeEach
        void onAPost() {
            when(click.caller()).thenReturn(MEMBER);
            when(studyGroups.groupOfPost(77L)).thenReturn(Optional.of(GROUP));
            when(studyGroups.post(77L)).thenReturn(Optional.of(POST));
        }

        @Test
        void aTypedAnswerLongerThanTheFormAllowsIsRefusedNotChecked() {
            when(practice.challengeOf(POST)).thenReturn(Optional.of(CHOICE));
            Requests.ModalSubmit submit = mock(Requests.ModalSubmit.class);
            when(submit.caller()).thenReturn(MEMBER);
            when(submit.customId()).thenReturn("v1:challenge:submit:77");
            when(submit.value("answer")).thenReturn(Optional.of("😀".repeat(201)));

            feature.onModal(submit);

            assertThat(replyOf(submit).content()).isEqualTo("That answer is 201 characters long; the form takes up to 200.");
            verify(practice, never()).answer(any(), anyLong(), anyLong(), anyString(), anyInt());
        }

        @Test
        void aPickedOptionIsCheckedAndAnsweredPrivately() {
            when(click.customId()).thenReturn("v1:challenge:pick:77:0");
            when(practice.answer(GROUP, 77L, 2L, "0", 0)).thenReturn(new PracticeService.Recorded(CHOICE,
                    new Answer(77L, 2L, "pytest", true, 1, 0), new PracticeService.Streak(3, 5, 9)));

            feature.onComponent(click);

            BotReply reply = replyOf(click);
            assertThat(reply.ephemeral()).isTrue();
            assertThat(reply.content()).contains("Correct! +1 point").contains("pytest is a test framework.")
                    .contains("testing.md#which-testing-frameworks-does-python-have").contains("Streak: 3 days (best 5)");
        }

        @Test
        void aTypedAnswerOpensAFormAndItsTextIsChecked() {
            when(click.customId()).thenReturn("v1:challenge:answer:77");
            when(practice.challengeOf(POST)).thenReturn(Optional.of(TASK));

            feature.onComponent(click);
            ArgumentCaptor<ModalForm> form = ArgumentCaptor.forClass(ModalForm.class);
            verify(click).openModal(form.capture());
            assertThat(form.getValue().id()).isEqualTo("v1:challenge:submit:77");
            assertThat(form.getValue().inputs()).singleElement().satisfies(i -> assertThat(i.paragraph()).isTrue());

            Requests.ModalSubmit submit = mock(Requests.ModalSubmit.class);
            when(submit.caller()).thenReturn(MEMBER);
            when(submit.customId()).thenReturn("v1:challenge:submit:77");
            when(submit.value("answer")).thenReturn(Optional.of("def test_x(): assert True"));
            when(practice.answer(eq(GROUP), eq(77L), eq(2L), eq("def test_x(): assert True"), anyInt())).thenReturn(
                    new PracticeService.Recorded(TASK, new Answer(77L, 2L, "x", true, 3, 0),
                            new PracticeService.Streak(1, 1, 1)));
            feature.onModal(submit);

            assertThat(replyOf(submit).content()).contains("Submitted").contains("assert 1 + 1 == 2");
        }

        @Test
        void hintsComeOneAtATime() {
            when(click.customId()).thenReturn("v1:challenge:hint:77");
            when(practice.challengeOf(POST)).thenReturn(Optional.of(TASK));

            feature.onComponent(click);
            feature.onComponent(click);

            ArgumentCaptor<BotReply> replies = ArgumentCaptor.forClass(BotReply.class);
            verify(click, org.mockito.Mockito.times(2)).reply(replies.capture());
            assertThat(replies.getAllValues()).extracting(BotReply::content)
                    .containsExactly("💡 Hint 1/2: Use assert.", "💡 Hint 2/2: Name it test_*.");
        }

        @Test
        void buttonsAndFormsPostedBeforeVersionedIdsStillAnswer() {
            when(click.customId()).thenReturn("challenge:pick:77:0");
            when(practice.answer(GROUP, 77L, 2L, "0", 0)).thenReturn(new PracticeService.Recorded(CHOICE,
                    new Answer(77L, 2L, "pytest", true, 1, 0), new PracticeService.Streak(1, 1, 1)));
            feature.onComponent(click);
            assertThat(replyOf(click).content()).contains("Correct!");

            Requests.ModalSubmit submit = mock(Requests.ModalSubmit.class);
            when(submit.caller()).thenReturn(MEMBER);
            when(submit.customId()).thenReturn("challenge:submit:77");
            when(submit.value("answer")).thenReturn(Optional.of("pytest"));
            when(practice.answer(GROUP, 77L, 2L, "pytest", 0)).thenReturn(new PracticeService.AlreadyAnswered(CHOICE,
                    new Answer(77L, 2L, "pytest", true, 1, 0)));
            feature.onModal(submit);
            assertThat(replyOf(submit).content()).contains("You already answered");
        }

        @Test
        void aButtonOfAVanishedPostIsExplained() {
            when(click.customId()).thenReturn("v1:challenge:pick:99:1");
            when(studyGroups.groupOfPost(99L)).thenReturn(Optional.empty());

            feature.onComponent(click);

            assertThat(replyOf(click).content()).contains("no longer exists");
            verify(practice, never()).answer(any(), anyLong(), anyLong(), anyString(), anyInt());
        }
    }

    @Nested
    class StreakAndLeaderboard {
        private final Requests.Command command = mock(Requests.Command.class);

        @Test
        void theStreakCountsTheGroupsLocalDays() {
            when(command.caller()).thenReturn(MEMBER);
            when(studyGroups.groupFor(20L, 2L)).thenReturn(GROUP);
            when(practice.streak(GROUP, 2L)).thenReturn(new PracticeService.Streak(4, 6, 12));

            new StreakCommand(studyGroups).onCommand(command);

            assertThat(replyOf(command).content()).contains("**4 days**").contains("best 6").contains("12 challenges");
        }

        @Test
        void theLeaderboardRanksMembersWithoutPingingThem() {
            when(command.caller()).thenReturn(MEMBER);
            when(command.option("period")).thenReturn(Optional.of("all"));
            when(studyGroups.forChannel(20L)).thenReturn(Optional.of(GROUP));
            when(practice.leaderboard(GROUP, PracticeService.Period.ALL_TIME, 10)).thenReturn(List.of(
                    new Score(7L, 12, 6, 5), new Score(8L, 3, 2, 1)));

            new LeaderboardCommand(studyGroups).onCommand(command);

            BotReply reply = replyOf(command);
            assertThat(reply.embeds().get(0).title()).contains("all time");
            assertThat(reply.embeds().get(0).description()).startsWith("1. <@7> — **12 pts** (5/6 right)")
                    .contains("2. <@8> — **3 pts**");
        }
    }
}
