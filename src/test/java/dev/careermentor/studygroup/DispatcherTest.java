package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.MutableClock;
import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dispatcher hands the poster the claimed row with its challenge: what is recorded is what is posted. */
class DispatcherTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    private MutableClock clock;
    private StudyGroupFixture bot;
    private StudyGroup group;
    /** Deliveries the dispatcher handed over, not run yet: the gap between claim and post. */
    private final List<Runnable> handedOver = new ArrayList<>();
    private Dispatcher dispatcher;

    @BeforeEach
    void aGroupDueAtNine() {
        clock = new MutableClock(Instant.parse("2026-11-24T07:00:00Z"));
        bot = new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-1", new FakeChallengeChannel(clock));
        group = bot.setup(10L, "09:00", "Europe/Berlin"); // due 08:00 UTC
        dispatcher = new Dispatcher(bot.module.store(), bot.practice, bot.poster,
                new Reminders(bot.posts, bot.reminderSettings, bot.channel, clock), clock, handedOver::add, Duration.ofDays(1));
    }

    @Test
    void postsTheChallengeRecordedOnTheClaimedRowEvenWhenTheBankChangedBetweenClaimAndPost() {
        clock.set(Instant.parse("2026-11-24T08:00:00Z"));
        dispatcher.dispatch();
        Post claimed = bot.posts.forDate(group.id(), TODAY).orElseThrow();
        Challenge chosen = bot.bank.get().find(claimed.challengeId()).orElseThrow();
        assertThat(handedOver).hasSize(1);
        assertThat(bot.channel.posts).as("claimed, not sent yet").isEmpty();

        bot.bank.set(StudyGroupFixture.bank("new-", 12)); // /mentor reload: the chosen challenge is gone
        handedOver.forEach(Runnable::run);

        assertThat(bot.channel.postsOf(group.id())).singleElement().satisfies(sent -> {
            assertThat(sent.post().postId()).isEqualTo(claimed.id());
            assertThat(sent.post().challenge()).isEqualTo(chosen);
        });
        assertThat(bot.posts.find(claimed.id())).hasValueSatisfying(row -> {
            assertThat(row.isSent()).isTrue();
            assertThat(row.challengeId()).isEqualTo(chosen.id());
        });
    }

    @Test
    void anUnfinishedClaimWhoseChallengeLeftTheBankRecordsTheChallengeItThenPosts() {
        bot.channel.crash = FakeChallengeChannel.Crash.BEFORE_SEND;
        clock.set(Instant.parse("2026-11-24T08:00:00Z"));
        dispatcher.dispatch();
        handedOver.forEach(Runnable::run); // the sender dies before anything reaches the channel
        handedOver.clear();
        String recordedFirst = bot.posts.forDate(group.id(), TODAY).orElseThrow().challengeId();

        bot.bank.set(StudyGroupFixture.bank("new-", 12));
        clock.advance(ChallengePoster.CLAIM_LEASE.plusSeconds(1));
        dispatcher.dispatch(); // the lease ran out: the claim is resumed
        handedOver.forEach(Runnable::run);

        Post row = bot.posts.forDate(group.id(), TODAY).orElseThrow();
        assertThat(row.challengeId()).isNotEqualTo(recordedFirst).startsWith("new-");
        assertThat(bot.channel.postsOf(group.id())).singleElement()
                .satisfies(sent -> assertThat(sent.post().challenge().id()).isEqualTo(row.challengeId()));
    }
}
