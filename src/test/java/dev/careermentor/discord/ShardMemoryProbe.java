package dev.careermentor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.TestKnowledge;
import dev.careermentor.discord.fake.FakeDiscord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What one shard costs in memory, for docs/scaling.md: the packaged bot holding one shard with one
 * guild, then one shard with 2,500 guilds (Discord's limit per shard) of 10 channels each; heap
 * after a full collection and resident memory of each. A measurement, run on demand:
 * {@code mvn -Dtest=ShardMemoryProbe -Dmentor.probe=shard-memory surefire:test} after {@code mvn package}.
 */
@EnabledIfSystemProperty(named = "mentor.probe", matches = "shard-memory")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ShardMemoryProbe {

    private static final Path WORK = Path.of("target", "shard-memory-probe");

    record Footprint(long heapBytes, long residentBytes) {
    }

    @Test
    void aShardOf2500GuildsCostsLittleMoreThanAnEmptyOne() throws Exception {
        Footprint empty = measure(0);
        Footprint full = measure(2_500);
        double perGuild = (full.heapBytes() - empty.heapBytes()) / 2_500.0;
        System.out.printf(Locale.ROOT, "one guild: heap after GC %.1f MB, resident %.1f MB%n", empty.heapBytes() / 1e6,
                empty.residentBytes() / 1e6);
        System.out.printf(Locale.ROOT, "2,500 guilds x 10 channels: heap after GC %.1f MB, resident %.1f MB; %.1f kB of heap "
                + "per guild%n", full.heapBytes() / 1e6, full.residentBytes() / 1e6, perGuild / 1e3);
        Files.writeString(WORK.resolve("result.txt"), String.format(Locale.ROOT,
                "empty heap %d resident %d%nfull heap %d resident %d%nper guild %.0f bytes%n", empty.heapBytes(),
                empty.residentBytes(), full.heapBytes(), full.residentBytes(), perGuild));
        assertThat(full.heapBytes()).isGreaterThan(empty.heapBytes());
    }

    private static Footprint measure(int extraGuilds) throws Exception {
        Files.createDirectories(WORK);
        try (FakeDiscord discord = FakeDiscord.start()) {
            discord.addGuilds(extraGuilds, 10);
            Path data = Files.createDirectories(WORK.resolve("data-" + extraGuilds));
            TestKnowledge.seedVectorCache(data);
            Map<String, String> settings = new HashMap<>(Map.of(
                    "DISCORD_TOKEN", FakeDiscord.TOKEN,
                    "DISCORD_API_BASE_URL", discord.restBaseUrl(),
                    "DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                    "MENTOR_DATA_DIR", data.toString()));
            Path log = WORK.resolve("bot-" + extraGuilds + ".log");
            Files.deleteIfExists(log);
            BotProcess bot = BotProcess.start("bot-" + extraGuilds, settings, ShardedBotTest.freePort(), log);
            try {
                bot.awaitHealthy(Duration.ofMinutes(3)); // every guild of the shard loaded
                Thread.sleep(3_000); // start-up work settles (warm-up threads, first dispatch)
                Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(bot.pid()), "GC.run").redirectErrorStream(true).start();
                gc.getInputStream().readAllBytes();
                gc.waitFor();
                long heap = bot.metrics().lines().filter(l -> l.startsWith("jvm_memory_used_bytes{area=\"heap\""))
                        .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
                long resident = Files.readAllLines(Path.of("/proc", Long.toString(bot.pid()), "status")).stream()
                        .filter(l -> l.startsWith("VmRSS:")).map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
                        .findFirst().orElse(0L);
                return new Footprint(heap, resident);
            } finally {
                bot.close();
            }
        }
    }
}
