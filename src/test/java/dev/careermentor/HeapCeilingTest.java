package dev.careermentor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapCeilingTest {

    private static final long MB = 1L << 20;

    @Test
    void aHeapGrownFarPastWhatIsInUseHasASurplusToGiveBack() {
        assertThat(HeapCeiling.hasSurplus(328 * MB, 36 * MB)).isTrue();
    }

    @Test
    void aHeapWithinTheCeilingIsLeftAlone() {
        assertThat(HeapCeiling.hasSurplus(112 * MB, 36 * MB)).isFalse();
    }

    @Test
    void aHeapThatIsMostlyInUseIsLeftAlone() {
        // a bot in many guilds needs its heap: a full collection would give nothing back
        assertThat(HeapCeiling.hasSurplus(400 * MB, 260 * MB)).isFalse();
    }
}
