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
    void aHeapAFullCollectionHasJustTrimmedIsNoSurplus() {
        // at most 60 % free after a full collection: 2.5 times the live heap; collecting again gives nothing
        assertThat(HeapCeiling.hasSurplus(150 * MB, 60 * MB)).isFalse();
        assertThat(HeapCeiling.hasSurplus(200 * MB, 80 * MB)).isFalse();
    }

    @Test
    void aHeapThatIsMostlyInUseIsLeftAlone() {
        // a bot in many guilds needs its heap: a full collection would give nothing back
        assertThat(HeapCeiling.hasSurplus(400 * MB, 260 * MB)).isFalse();
    }
}
