package dev.careermentor.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fake server as a sharded Discord: a plain JDA shard manager gets the shard count from
 * {@code GET gateway/bot}, each shard a READY naming it and only the guilds of the shard formula,
 * and each guild's events on its own shard.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FakeDiscordShardTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void twoShardsEachGetTheirOwnGuildAndItsEvents() throws Exception {
        try (FakeDiscord fake = FakeDiscord.startSharded(2)) {
            List<String> received = new CopyOnWriteArrayList<>();
            ShardManager shards = DefaultShardManagerBuilder.createLight(FakeDiscord.TOKEN,
                            EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT))
                    .setRestConfig(fake.restConfig())
                    .setSessionController(fake.sessionController())
                    .addEventListenerProviders(List.of(shard -> new ListenerAdapter() {
                        @Override
                        public void onMessageReceived(MessageReceivedEvent event) {
                            received.add(shard + ":" + event.getGuild().getIdLong());
                        }
                    }))
                    .build();
            try {
                assertThat(shards.getShardsTotal()).as("from GET gateway/bot").isEqualTo(2);
                JDA first = awaitShard(shards, 0);
                JDA second = awaitShard(shards, 1);

                assertThat(first.getGuilds()).extracting(g -> g.getIdLong()).containsExactly(FakeDiscord.GUILD_ID);
                assertThat(second.getGuilds()).extracting(g -> g.getIdLong()).containsExactly(FakeDiscord.OTHER_GUILD_ID);
                assertThat(first.getShardInfo().getShardId()).isZero();
                assertThat(second.getShardInfo().getShardId()).isOne();

                fake.messageCreate(FakeDiscord.CHANNEL_ID, FakeDiscord.MEMBER_ID, "hello", false);
                fake.messageCreate(FakeDiscord.OTHER_CHANNEL_ID, FakeDiscord.MEMBER_ID, "hello", false);
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (received.size() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(received).containsExactlyInAnyOrder("0:" + FakeDiscord.GUILD_ID, "1:" + FakeDiscord.OTHER_GUILD_ID);
            } finally {
                shards.shutdown();
            }
        }
    }

    @Test
    void aClientWithTooFewShardsIsToldShardingIsRequired() throws Exception {
        try (FakeDiscord fake = FakeDiscord.startSharded(2)) {
            ShardManager shards = DefaultShardManagerBuilder.createLight(FakeDiscord.TOKEN)
                    .setRestConfig(fake.restConfig())
                    .setSessionController(fake.sessionController())
                    .setShardsTotal(1)
                    .build();
            try {
                JDA only = shards.getShardById(0);
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (only.getStatus() != JDA.Status.SHUTDOWN && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(only.getStatus()).as("closed with 4011, which JDA does not retry").isEqualTo(JDA.Status.SHUTDOWN);
                assertThat(fake.isShardConnected(0)).isFalse();
            } finally {
                shards.shutdown();
            }
        }
    }

    private static JDA awaitShard(ShardManager shards, int id) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (shards.getShardById(id) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("shard " + id + " did not start");
            }
            Thread.sleep(50);
        }
        return shards.getShardById(id).awaitReady();
    }
}
