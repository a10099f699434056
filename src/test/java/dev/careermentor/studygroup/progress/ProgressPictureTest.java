package dev.careermentor.studygroup.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careermentor.studygroup.model.Score;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The progress pictures are PNGs that decode, have the expected size, stay small, and show what happened. */
class ProgressPictureTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static ProgressReport report(Map<LocalDate, Integer> practiceDays) {
        List<TopicProgress> topics = new ArrayList<>();
        TopicProgress.State[] states = TopicProgress.State.values();
        for (int i = 0; i < 20; i++) {
            topics.add(new TopicProgress("topic-" + i, "A roadmap topic with a longish title " + i, states[i % 3], 5, i % 6,
                    i % 5, null, 0, "Next step."));
        }
        return new ProgressReport(7L, ZoneId.of("Europe/Berlin"), TODAY, topics, practiceDays, 0, "Keep going.");
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG that decodes").isNotNull();
        return image;
    }

    @Test
    void theProgressPictureDecodesWithTheExpectedSizeAndStaysSmall() throws IOException {
        byte[] png = ProgressPicture.render(report(Map.of(TODAY.minusDays(1), 2)));

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isLessThanOrEqualTo(200 * 1024);
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(ProgressPicture.WIDTH);
        assertThat(image.getHeight()).as("room for 20 topic bars").isEqualTo(ProgressPicture.draw(report(Map.of())).getHeight())
                .isGreaterThanOrEqualTo(20 * 19);
    }

    @Test
    void practisingADayChangesThatDaysCellOfTheHeatmap() throws IOException {
        BufferedImage before = decode(ProgressPicture.render(report(Map.of())));
        BufferedImage after = decode(ProgressPicture.render(report(Map.of(LocalDate.of(2026, 11, 10), 3))));

        int changed = 0;
        for (int x = 0; x < before.getWidth(); x++) {
            for (int y = 0; y < before.getHeight(); y++) {
                if (before.getRGB(x, y) != after.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        assertThat(changed).as("the day's cell turns dark green").isGreaterThan(500);
        // 1 November 2026 is a Sunday (the first row's last cell), so Tuesday the 10th is column 1 of row 2
        int x = 16 + 1 * 42 + 30;
        int y = 52 + 18 + 2 * 42 + 30;
        assertThat(before.getRGB(x, y) & 0xFFFFFF).isEqualTo(0xEBEDF0);
        assertThat(after.getRGB(x, y) & 0xFFFFFF).isEqualTo(0x216E39);
    }

    @Test
    void theGroupMonthPictureHasARowPerMemberAndAColumnPerDay() throws IOException {
        YearMonth month = YearMonth.of(2026, 11);
        List<Score> ranking = List.of(new Score(1L, 12, 6, 5), new Score(2L, 3, 4, 2));
        Map<Long, Map<LocalDate, Boolean>> answers = new HashMap<>();
        answers.put(1L, Map.of(month.atDay(1), true, month.atDay(2), false));
        GroupMonth group = new GroupMonth(9L, month, TODAY, ranking, answers, Set.of(month.atDay(1), month.atDay(2)));

        byte[] png = GroupMonthPicture.render(group);
        BufferedImage image = decode(png);

        assertThat(png.length).isLessThanOrEqualTo(200 * 1024);
        assertThat(image.getWidth()).isEqualTo(2 * 16 + 92 + 30 * 21);
        assertThat(image.getHeight()).isEqualTo(56 + 2 * 21 + 40);
        int day1 = 16 + 92 + 9;
        int day2 = day1 + 21;
        assertThat(image.getRGB(day1, 56 + 9) & 0xFFFFFF).as("member 1 right on day 1").isEqualTo(0x2DA44E);
        assertThat(image.getRGB(day2, 56 + 9) & 0xFFFFFF).as("member 1 wrong on day 2").isEqualTo(0xE16F24);
        assertThat(image.getRGB(day1, 56 + 21 + 9) & 0xFFFFFF).as("member 2 did not answer").isEqualTo(0xEBEDF0);
    }
}
