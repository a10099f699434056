package dev.careermentor.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComponentIdTest {

    @Test
    void idsAreWrittenWithTheVersionFirstAndReadBack() {
        String written = ComponentId.of("challenge", "pick", 77L, 2L).encode();

        assertThat(written).isEqualTo("v1:challenge:pick:77:2");
        assertThat(ComponentId.parse(written)).hasValueSatisfying(id -> {
            assertThat(id.version()).isEqualTo(ComponentId.CURRENT);
            assertThat(id.feature()).isEqualTo("challenge");
            assertThat(id.action()).isEqualTo("pick");
            assertThat(id.number(0)).contains(77L);
            assertThat(id.number(1)).contains(2L);
            assertThat(id.number(2)).isEmpty();
        });
    }

    @Test
    void idsWrittenBeforeVersionsAreReadAsTheLegacyLayout() {
        assertThat(ComponentId.parse("challenge:pick:77:0")).contains(
                new ComponentId(ComponentId.LEGACY, "challenge", "pick", List.of("77", "0")));
        assertThat(ComponentId.parse("feedback:up:42")).contains(
                new ComponentId(ComponentId.LEGACY, "feedback", "up", List.of("42")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "challenge", "v2:challenge:pick:1:0", "Challenge:pick:1", "challenge::1", "v1:feedback"})
    void idsFromANewerReleaseOrNotOursAreNotRead(String customId) {
        assertThat(ComponentId.parse(customId)).isEmpty();
    }

    @Test
    void aValueMustNotContainTheSeparator() {
        assertThatThrownBy(() -> new ComponentId(1, "feedback", "up", List.of("4:2")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
