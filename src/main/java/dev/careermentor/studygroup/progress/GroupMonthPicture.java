package dev.careermentor.studygroup.progress;

import dev.careermentor.studygroup.model.Score;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/**
 * A group's month as a PNG: a row per member in leaderboard order (labelled by rank, as the
 * leaderboard lists them), a column per day; green for a right answer, orange for a wrong one, grey
 * for a challenge left unanswered, blank for a day without a challenge.
 */
public final class GroupMonthPicture {

    public static final String FILE_NAME = "month.png";

    private static final int MARGIN = 16;
    private static final int TOP = 56;
    private static final int LABEL = 92;
    private static final int CELL = 18;
    private static final int GAP = 3;

    private GroupMonthPicture() {
    }

    public static byte[] render(GroupMonth month) {
        return Pictures.png(draw(month));
    }

    static BufferedImage draw(GroupMonth month) {
        int days = month.month().lengthOfMonth();
        int rows = Math.max(1, month.ranking().size());
        int width = MARGIN * 2 + LABEL + days * (CELL + GAP);
        int height = TOP + rows * (CELL + GAP) + 40;
        BufferedImage image = Pictures.canvas(width, height);
        Graphics2D g = Pictures.paint(image);
        try {
            Pictures.text(g, "Study group · " + month.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + month.month().getYear(), MARGIN, 28, Pictures.TITLE, Pictures.INK);
            for (int day = 1; day <= days; day++) {
                int x = MARGIN + LABEL + (day - 1) * (CELL + GAP);
                Pictures.text(g, Integer.toString(day), x + (day < 10 ? 5 : 1), TOP - 6, Pictures.SMALL, Pictures.MUTED);
            }
            int row = 0;
            for (Score score : month.ranking()) {
                int y = TOP + row * (CELL + GAP);
                Pictures.text(g, "#" + (row + 1) + " · " + score.points() + " pts", MARGIN, y + 13, Pictures.LABEL,
                        Pictures.INK);
                Map<LocalDate, Boolean> answers = month.answers().getOrDefault(score.userId(), Map.of());
                for (int day = 1; day <= days; day++) {
                    LocalDate date = month.month().atDay(day);
                    int x = MARGIN + LABEL + (day - 1) * (CELL + GAP);
                    Color color = cell(month, answers, date);
                    if (color != null) {
                        g.setColor(color);
                        g.fillRoundRect(x, y, CELL, CELL, 4, 4);
                    } else {
                        g.setColor(Pictures.EMPTY);
                        g.drawRoundRect(x, y, CELL - 1, CELL - 1, 4, 4);
                    }
                }
                row++;
            }
            if (month.ranking().isEmpty()) {
                Pictures.text(g, "No answers yet this month.", MARGIN, TOP + 13, Pictures.LABEL, Pictures.MUTED);
            }
            int legendY = TOP + rows * (CELL + GAP) + 24;
            legend(g, MARGIN, legendY, Pictures.RIGHT, "right");
            legend(g, MARGIN + 70, legendY, Pictures.WRONG, "wrong");
            legend(g, MARGIN + 140, legendY, Pictures.EMPTY, "not answered");
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A day's colour, or null for a day without a challenge (or still to come). */
    private static Color cell(GroupMonth month, Map<LocalDate, Boolean> answers, LocalDate date) {
        Boolean answer = answers.get(date);
        if (answer != null) {
            return answer ? Pictures.RIGHT : Pictures.WRONG;
        }
        return month.postDays().contains(date) && !date.isAfter(month.today()) ? Pictures.EMPTY : null;
    }

    private static void legend(Graphics2D g, int x, int y, Color color, String label) {
        g.setColor(color);
        g.fillRoundRect(x, y - 10, 12, 12, 3, 3);
        Pictures.text(g, label, x + 16, y, Pictures.SMALL, Pictures.MUTED);
    }
}
