package dev.careermentor.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careermentor.Config;
import dev.careermentor.studygroup.store.ShardScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.utils.MiscUtil;
import org.junit.jupiter.api.Test;

class ShardPlanTest {

    private static ShardPlan plan(String total, String shards) {
        return ShardPlan.parse(Optional.ofNullable(total), Optional.ofNullable(shards));
    }

    @Test
    void withoutSettingsOneProcessHoldsEveryShardDiscordRecommends() {
        ShardPlan plan = Config.from(Map.of()).discord().shards();

        assertThat(plan).isEqualTo(ShardPlan.ALL);
        assertThat(plan.splitsShards()).isFalse();
        assertThat(plan.holds(0)).isTrue();
        assertThat(plan.scope().holdsAll()).isTrue();
        assertThat(plan.scope().sqlCondition("guild_id")).as("the queries of before").isEmpty();
    }

    @Test
    void readsRangesSingleShardsAndLists() {
        assertThat(plan("8", "0-3").held()).containsExactly(0, 1, 2, 3);
        assertThat(plan("8", "5").held()).containsExactly(5);
        assertThat(plan("8", " 6, 0-1 ,3").held()).containsExactly(0, 1, 3, 6);
        assertThat(plan("8", "4-7")).hasToString("shards 4-7 of 8");
        assertThat(plan("8", "0,2,3,7")).hasToString("shards 0,2-3,7 of 8");
        assertThat(plan("4", null)).hasToString("all 4 shards");
    }

    @Test
    void aStrictSubsetSplitsTheShardsOverProcesses() {
        assertThat(plan("2", "1").splitsShards()).isTrue();
        assertThat(plan("2", "0-1").splitsShards()).as("every shard here").isFalse();
        assertThat(plan("2", null).splitsShards()).isFalse();
        assertThat(plan("2", "1").holds(0)).isFalse();
        assertThat(plan("2", "1").scope()).hasToString("shards [1] of 2");
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> plan(null, "0-3")).hasMessageContaining("DISCORD_SHARDS needs DISCORD_SHARD_TOTAL");
        assertThatThrownBy(() -> plan("4", "2-5")).hasMessageContaining("between 0 and 3");
        assertThatThrownBy(() -> plan("4", "3-1")).hasMessageContaining("backwards");
        assertThatThrownBy(() -> plan("4", "a")).hasMessageContaining("shard numbers and ranges");
        assertThatThrownBy(() -> plan("0", null)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> plan("many", null)).hasMessageContaining("whole number");
    }

    @Test
    void theDatabaseRoutesGuildsWithDiscordsFormula() {
        for (long guild : List.of(1300000000000000100L, 1300000000004194404L, 81384788765712384L, 4194304L * 7 + 5)) {
            for (int total : List.of(1, 2, 3, 16)) {
                assertThat(ShardScope.shardOf(guild, total)).isEqualTo(MiscUtil.getShardForGuild(guild, total));
            }
        }
    }
}
