package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.MutableClock;
import dev.careermentor.store.Database;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import dev.careermentor.studygroup.store.ShardScope;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two "processes" on one database, each holding one of two Discord shards: each dispatches exactly
 * the groups of its guilds, never the other's, even while the other is down; a process that comes
 * back sends its overdue posts of today once, and nothing it had sent before.
 */
class ShardedDispatchTest {

    /** Guilds on shard 0 and shard 1 of 2 ({@code (id >> 22) % 2}). */
    static final long GUILD_ON_0 = 1300000000000000100L;
    static final long GUILD_ON_1 = 1300000000004194404L;
    static final LocalDate DAY_ONE = LocalDate.of(2026, 11, 24);
    static final LocalDate DAY_TWO = DAY_ONE.plusDays(1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T06:00:00Z"));
    private Database database;
    private StudyGroupFixture shard0;
    private StudyGroupFixture shard1;
    private StudyGroup on0;
    private StudyGroup on1;

    @BeforeEach
    void twoProcesses(@TempDir Path dir) {
        assertThat(ShardScope.shardOf(GUILD_ON_0, 2)).isZero();
        assertThat(ShardScope.shardOf(GUILD_ON_1, 2)).isOne();
        database = Database.sqlite(dir.resolve("shared.db"));
        shard0 = process("shard-0", 0);
        shard1 = process("shard-1", 1);
        on0 = shard0.studyGroups.setup(GUILD_ON_0, 101L, 77L, "09:00", "Europe/Berlin", null);
        on1 = shard1.studyGroups.setup(GUILD_ON_1, 201L, 77L, "09:00", "Europe/Berlin", null);
    }

    private StudyGroupFixture process(String name, int shard) {
        return new StudyGroupFixture(database, clock, name, new FakeChallengeChannel(clock),
                ShardScope.of(2, List.of(shard)));
    }

    @Test
    void eachProcessPostsExactlyTheGroupsOfItsShardOnce() throws Exception {
        clock.set(Instant.parse("2026-11-24T08:00:10Z")); // 09:00:10 in Berlin
        Thread a = new Thread(shard0.dispatcher::dispatch);
        Thread b = new Thread(shard1.dispatcher::dispatch);
        a.start();
        b.start();
        a.join();
        b.join();
        shard0.dispatcher.dispatch();
        shard1.dispatcher.dispatch();

        assertThat(shard0.channel.posts).extracting(FakeChallengeChannel.Sent::groupId).containsExactly(on0.id());
        assertThat(shard1.channel.posts).extracting(FakeChallengeChannel.Sent::groupId).containsExactly(on1.id());
        assertThat(shard0.posts.forDate(on1.id(), DAY_ONE).orElseThrow().claimedBy()).isEqualTo("shard-1");
    }

    @Test
    void whileAProcessIsDownItsPostsWaitAndGoOutOnceTheSameDayWhenItReturns() {
        clock.set(Instant.parse("2026-11-24T08:00:10Z"));
        shard0.dispatcher.dispatch();
        shard1.dispatcher.dispatch();
        assertThat(shard1.channel.postsOf(on1.id())).hasSize(1);

        // Day two: the process of shard 1 is down; shard 0's process works on all morning.
        for (String time : List.of("2026-11-25T08:00:10Z", "2026-11-25T10:00:00Z", "2026-11-25T13:59:00Z")) {
            clock.set(Instant.parse(time));
            shard0.dispatcher.dispatch();
        }
        assertThat(shard0.channel.postsOf(on0.id())).hasSize(2);
        assertThat(shard0.channel.postsOf(on1.id())).as("never another shard's group").isEmpty();
        assertThat(shard0.posts.forDate(on1.id(), DAY_TWO)).as("not even claimed").isEmpty();

        // Shard 1's process comes back (a new process on the same database) in the afternoon.
        StudyGroupFixture restarted = process("shard-1-again", 1);
        clock.set(Instant.parse("2026-11-25T14:00:00Z"));
        restarted.dispatcher.dispatch();
        restarted.dispatcher.dispatch();
        shard0.dispatcher.dispatch();

        assertThat(restarted.channel.postsOf(on1.id())).singleElement().satisfies(sent -> {
            assertThat(sent.post().date()).isEqualTo(DAY_TWO);
            assertThat(sent.post().lateNote()).as("late, with a note").contains("offline");
        });
        assertThat(shard1.channel.postsOf(on1.id())).as("day one's post, not again").hasSize(1);
        assertThat(shard0.channel.postsOf(on1.id())).isEmpty();
    }

    @Test
    void aClaimLeftByACrashIsResumedOnlyByAProcessHoldingItsShard() {
        clock.set(Instant.parse("2026-11-24T08:00:10Z"));
        shard1.channel.crash = FakeChallengeChannel.Crash.BEFORE_SEND;
        try {
            shard1.dispatcher.dispatch();
        } catch (FakeChallengeChannel.SimulatedCrash expected) {
            // the sender died with the claim written
        }
        Post left = shard1.posts.forDate(on1.id(), DAY_ONE).orElseThrow();
        assertThat(left.isSent()).isFalse();

        clock.advance(ChallengePoster.CLAIM_LEASE.plus(Duration.ofSeconds(1)));
        shard0.dispatcher.dispatch();
        assertThat(shard0.channel.postsOf(on1.id())).as("shard 0's process cannot reach that guild").isEmpty();
        assertThat(shard0.posts.find(left.id()).orElseThrow().isSent()).isFalse();

        StudyGroupFixture restarted = process("shard-1-again", 1);
        restarted.dispatcher.dispatch();
        assertThat(restarted.channel.postsOf(on1.id())).hasSize(1);
        assertThat(restarted.posts.find(left.id()).orElseThrow().isSent()).isTrue();
    }

    @Test
    void eachProcessWakesForItsOwnGroupsOnly() {
        shard1.studyGroups.setup(GUILD_ON_1, 202L, 77L, "07:30", "Europe/Berlin", null);

        assertThat(shard0.module.store().schedules().earliest(0)).contains(Instant.parse("2026-11-24T08:00:00Z"));
        assertThat(shard1.module.store().schedules().earliest(0)).contains(Instant.parse("2026-11-24T06:30:00Z"));
    }
}
