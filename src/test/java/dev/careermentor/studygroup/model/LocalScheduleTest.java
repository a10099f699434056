package dev.careermentor.studygroup.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalScheduleTest {

    /** The post is at the local time on the days before, of and after each daylight-saving change. */
    @ParameterizedTest(name = "{0} around {1}")
    @CsvSource({
            "America/New_York, 2026-03-08",   // spring forward
            "America/New_York, 2026-11-01",   // fall back
            "Europe/Berlin, 2026-03-29",
            "Europe/Berlin, 2026-10-25",
            "Asia/Kolkata, 2026-03-29",       // +05:30, no DST at all
            "Pacific/Chatham, 2026-04-05",    // +13:45 -> +12:45
            "Pacific/Chatham, 2026-09-27"})   // +12:45 -> +13:45
    void postsAtTheLocalTimeOnBothSidesOfAChange(String zone, LocalDate change) {
        LocalSchedule schedule = new LocalSchedule(LocalTime.of(9, 30), ZoneId.of(zone), 3);
        for (LocalDate day = change.minusDays(2); !day.isAfter(change.plusDays(2)); day = day.plusDays(1)) {
            ZonedDateTime local = schedule.postInstant(day).atZone(ZoneId.of(zone));
            assertThat(local.toLocalDate()).isEqualTo(day);
            assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(9, 30));
        }
    }

    @Test
    void aTimeSkippedBySpringForwardMovesForwardByTheGap() {
        LocalSchedule schedule = new LocalSchedule(LocalTime.of(2, 30), ZoneId.of("America/New_York"), 3);

        ZonedDateTime onChange = schedule.postInstant(LocalDate.of(2026, 3, 8)).atZone(ZoneId.of("America/New_York"));

        assertThat(onChange.toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(schedule.postInstant(LocalDate.of(2026, 3, 9)).atZone(ZoneId.of("America/New_York")).toLocalTime())
                .isEqualTo(LocalTime.of(2, 30));
    }

    @Test
    void aTimeRepeatedByFallBackIsTakenTheFirstTime() {
        LocalSchedule schedule = new LocalSchedule(LocalTime.of(1, 30), ZoneId.of("America/New_York"), 3);

        Instant post = schedule.postInstant(LocalDate.of(2026, 11, 1));

        assertThat(post).isEqualTo(Instant.parse("2026-11-01T05:30:00Z")); // 01:30 EDT, not 01:30 EST
    }

    @Test
    void theNextPostDateIsStrictlyAfterTheMoment() {
        LocalSchedule schedule = new LocalSchedule(LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), 3);
        Instant nine = Instant.parse("2026-11-24T08:00:00Z");

        assertThat(schedule.nextPostDate(nine.minusSeconds(1))).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(schedule.nextPostDate(nine)).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void theDayEndsAtLocalMidnightAndTheReminderComesHoursBefore() {
        LocalSchedule schedule = new LocalSchedule(LocalTime.of(9, 0), ZoneId.of("Asia/Kolkata"), 3);
        LocalDate day = LocalDate.of(2026, 11, 24);

        assertThat(schedule.endOf(day)).isEqualTo(Instant.parse("2026-11-24T18:30:00Z"));
        assertThat(schedule.reminderInstant(day)).isEqualTo(Instant.parse("2026-11-24T15:30:00Z"));
        assertThat(schedule.timeLeft(day, Instant.parse("2026-11-24T16:30:00Z"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aLatePostTimeStillGetsAReminderAfterThePost() {
        LocalSchedule schedule = new LocalSchedule(LocalTime.of(22, 0), ZoneId.of("Europe/Berlin"), 3);
        LocalDate day = LocalDate.of(2026, 11, 24);

        assertThat(schedule.reminderInstant(day)).isAfter(schedule.postInstant(day)).isBefore(schedule.endOf(day));
    }
}
