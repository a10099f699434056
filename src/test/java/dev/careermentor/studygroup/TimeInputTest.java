package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"09:00, 09:00", "9:30, 09:30", "18, 18:00", "9am, 09:00", "12 am, 00:00", "12pm, 12:00", "7:45 PM, 19:45"})
    void readsTimesAsPeopleTypeThem(String text, LocalTime expected) {
        assertThat(TimeInput.parseTime(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "9:61", "13pm", "noon", "", "09:00:00"})
    void explainsBadTimes(String text) {
        assertThatThrownBy(() -> TimeInput.parseTime(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("24-hour HH:MM");
    }

    @Test
    void showsATimeWithItsZonesNameAndUtcAsUtcNeverZ() {
        assertThat(TimeInput.show(LocalTime.of(18, 0), java.time.ZoneOffset.UTC)).isEqualTo("18:00 UTC");
        assertThat(TimeInput.show(LocalTime.of(18, 0), ZoneId.of("UTC"))).isEqualTo("18:00 UTC");
        assertThat(TimeInput.show(LocalTime.of(8, 7), ZoneId.of("Pacific/Chatham"))).isEqualTo("08:07 Pacific/Chatham");
        assertThat(TimeInput.show(LocalTime.of(9, 0), ZoneId.of("Asia/Kolkata"))).as("a region keeps its name")
                .isEqualTo("09:00 Asia/Kolkata");
        assertThat(TimeInput.zoneName(java.time.ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC+05:30");
    }

    @Test
    void acceptsIanaZonesCaseInsensitively() {
        assertThat(TimeInput.parseZone("europe/berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(TimeInput.parseZone("Pacific/Chatham")).isEqualTo(ZoneId.of("Pacific/Chatham"));
    }

    @Test
    void refusesUnknownZonesAndFixedOffsetsWithSuggestions() {
        assertThatThrownBy(() -> TimeInput.parseZone("Europe/Berlinn")).hasMessageContaining("not a time zone I know")
                .hasMessageContaining("Europe/Berlin");
        assertThatThrownBy(() -> TimeInput.parseZone("+05:30")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suggestsZonesForWhatIsTyped() {
        assertThat(TimeInput.suggestZones("kolk", 5)).contains("Asia/Kolkata");
        assertThat(TimeInput.suggestZones("new york", 5)).contains("America/New_York");
        assertThat(TimeInput.suggestZones("", 25)).hasSize(25);
    }
}
