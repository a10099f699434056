package dev.careermentor.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.MutableClock;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streak freeze through the real dispatcher, in New York across the start of daylight saving
 * (Sunday 8 March 2026, 02:00 → 03:00): the group posts at 02:30, a time that does not exist that
 * Sunday, and members answer late in their evening, when the UTC date is already the next day. Weeks
 * run Monday to Sunday in local days.
 */
class PracticeStreakFreezeTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 4); // a Wednesday
    private static final LocalDate LAST = LocalDate.of(2026, 3, 11); // the Wednesday after

    @TempDir
    Path dir;

    /** Runs the group from {@link #FIRST} to {@link #LAST}; each member answers every day except the ones listed. */
    private StudyGroupFixture runWeekAcrossDst(Map<Long, Set<LocalDate>> missed, StudyGroup[] groupOut) {
        MutableClock clock = new MutableClock(ZonedDateTime.of(FIRST.minusDays(1), LocalTime.NOON, NEW_YORK).toInstant());
        StudyGroupFixture bot = new StudyGroupFixture(dir.resolve("bot.db"), clock, "bot-1", new FakeChallengeChannel(clock));
        StudyGroup group = bot.setup(10L, "02:30", "America/New_York");
        groupOut[0] = group;
        for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
            bot.runUntil(ZonedDateTime.of(date, LocalTime.of(23, 30), NEW_YORK).toInstant()); // late in the local day
            Post post = bot.posts.forDate(group.id(), date).orElseThrow();
            for (Map.Entry<Long, Set<LocalDate>> member : missed.entrySet()) {
                if (!member.getValue().contains(date)) {
                    assertThat(bot.practice.answer(group, post.id(), member.getKey(), "0", 0))
                            .isInstanceOf(PracticeService.Recorded.class);
                }
            }
        }
        return bot;
    }

    @Test
    void oneMissedLocalDayAWeekKeepsTheStreakAcrossTheDaylightSavingChange() {
        long saturdayOff = 1L;
        long weekendOff = 2L;
        long oneDayEachWeek = 3L;
        StudyGroup[] group = new StudyGroup[1];
        StudyGroupFixture bot = runWeekAcrossDst(Map.of(
                saturdayOff, Set.of(LocalDate.of(2026, 3, 7)),
                weekendOff, Set.of(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8)), // the DST Sunday, same week
                oneDayEachWeek, Set.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 10))), group);

        List<Post> posts = bot.posts.recent(group[0].id(), 20);
        assertThat(posts).extracting(Post::date).as("one post per local day, the DST Sunday included").hasSize(8)
                .contains(LocalDate.of(2026, 3, 8));
        assertThat(bot.channel.postsOf(group[0].id())).anySatisfy(sent -> {
            assertThat(sent.post().date()).isEqualTo(LocalDate.of(2026, 3, 8));
            assertThat(sent.at().atZone(NEW_YORK).toLocalTime()).as("02:30 does not exist that night")
                    .isEqualTo(LocalTime.of(3, 30));
        });
        assertThat(bot.practice.streak(group[0], saturdayOff)).as("Saturday forgiven: 3 before, 4 after")
                .isEqualTo(new PracticeService.Streak(7, 7, 7));
        assertThat(bot.practice.streak(group[0], weekendOff).current()).as("a second miss in the same week breaks it")
                .isEqualTo(3);
        assertThat(bot.practice.streak(group[0], oneDayEachWeek).current()).as("one miss in each of two weeks")
                .isEqualTo(6);
    }

    @Test
    void withTheFreezeTurnedOffEveryMissedDayBreaksTheStreak() {
        StudyGroup[] group = new StudyGroup[1];
        StudyGroupFixture bot = runWeekAcrossDst(Map.of(1L, Set.of(LocalDate.of(2026, 3, 7))), group);

        assertThat(bot.studyGroups.streakFreeze(group[0])).as("on by default").isTrue();
        bot.studyGroups.setStreakFreeze(10L, false);

        assertThat(bot.studyGroups.streakFreeze(group[0])).isFalse();
        assertThat(bot.practice.streak(group[0], 1L)).isEqualTo(new PracticeService.Streak(4, 4, 7));
    }
}
