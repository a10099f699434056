package dev.careermentor.studygroup.progress;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * A member's progress as a PNG: on the left a heatmap of the month (a cell per day, darker the more
 * they practised, in their time zone), on the right a bar per roadmap topic (how much of it they have
 * right, coloured by state). About 20 KB.
 */
public final class ProgressPicture {

    public static final String FILE_NAME = "progress.png";

    static final int WIDTH = 760;
    private static final int MARGIN = 16;
    private static final int TOP = 52;
    private static final int CELL = 38;
    private static final int GAP = 4;
    private static final int ROW = 19;
    private static final int BARS_X = 340;
    private static final int LABEL_WIDTH = 215;
    private static final int BAR_WIDTH = 150;

    private ProgressPicture() {
    }

    public static byte[] render(ProgressReport report) {
        return Pictures.png(draw(report));
    }

    static BufferedImage draw(ProgressReport report) {
        List<TopicProgress> topics = report.topics();
        int calendarHeight = 18 + 6 * (CELL + GAP) + 40;
        int barsHeight = topics.size() * ROW + 30;
        int height = TOP + Math.max(calendarHeight, barsHeight) + MARGIN;
        BufferedImage image = Pictures.canvas(WIDTH, height);
        Graphics2D g = Pictures.paint(image);
        try {
            YearMonth month = report.month();
            Pictures.text(g, "Your progress · " + month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + month.getYear(), MARGIN, 30, Pictures.TITLE, Pictures.INK);
            Pictures.text(g, report.zone().getId(), WIDTH - MARGIN - 180, 30, Pictures.LABEL, Pictures.MUTED);
            heatmap(g, report, MARGIN, TOP);
            bars(g, topics, BARS_X, TOP);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void heatmap(Graphics2D g, ProgressReport report, int x, int y) {
        YearMonth month = report.month();
        DayOfWeek[] week = DayOfWeek.values();
        for (int i = 0; i < 7; i++) {
            Pictures.text(g, week[i].getDisplayName(TextStyle.SHORT, Locale.ENGLISH), x + i * (CELL + GAP) + 6, y + 10,
                    Pictures.SMALL, Pictures.MUTED);
        }
        int offset = month.atDay(1).getDayOfWeek().getValue() - 1; // Monday first
        int practised = 0;
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            int slot = offset + day - 1;
            int cx = x + (slot % 7) * (CELL + GAP);
            int cy = y + 18 + (slot / 7) * (CELL + GAP);
            int answers = report.practiceDays().getOrDefault(date, 0);
            practised += answers > 0 ? 1 : 0;
            g.setColor(Pictures.HEAT[Math.min(answers, Pictures.HEAT.length - 1)]);
            g.fillRoundRect(cx, cy, CELL, CELL, 6, 6);
            if (date.equals(report.today())) {
                g.setColor(Pictures.INK);
                g.setStroke(new BasicStroke(2f));
                g.drawRoundRect(cx + 1, cy + 1, CELL - 2, CELL - 2, 6, 6);
            }
            Pictures.text(g, Integer.toString(day), cx + 4, cy + 13, Pictures.SMALL,
                    answers >= 2 ? Color.WHITE : Pictures.MUTED);
        }
        int legendY = y + 18 + 6 * (CELL + GAP) + 14;
        Pictures.text(g, practised + (practised == 1 ? " day" : " days") + " of practice this month", x, legendY,
                Pictures.LABEL, Pictures.INK);
        for (int i = 0; i < Pictures.HEAT.length; i++) {
            g.setColor(Pictures.HEAT[i]);
            g.fillRoundRect(x + 200 + i * 16, legendY - 10, 12, 12, 3, 3);
        }
    }

    private static void bars(Graphics2D g, List<TopicProgress> topics, int x, int y) {
        Pictures.text(g, "Roadmap", x, y + 10, Pictures.SMALL, Pictures.MUTED);
        int row = 0;
        for (TopicProgress topic : topics) {
            int ry = y + 18 + row * ROW;
            Pictures.text(g, Pictures.fit(g, topic.title(), Pictures.LABEL, LABEL_WIDTH - 8), x, ry + 12, Pictures.LABEL,
                    Pictures.INK);
            int bx = x + LABEL_WIDTH;
            g.setColor(Pictures.EMPTY);
            g.fillRoundRect(bx, ry + 2, BAR_WIDTH, ROW - 6, 6, 6);
            Color fill = switch (topic.state()) {
                case NOT_STARTED -> Pictures.NOT_STARTED;
                case LEARNING -> Pictures.LEARNING;
                case SOLID -> Pictures.SOLID;
            };
            int filled = topic.state() == TopicProgress.State.NOT_STARTED ? 0
                    : Math.max(6, (int) Math.round(BAR_WIDTH * topic.share()));
            g.setColor(fill);
            g.fillRoundRect(bx, ry + 2, filled, ROW - 6, 6, 6);
            String count = topic.challenges() == 0 ? "—" : topic.right() + "/" + topic.challenges();
            Pictures.text(g, count, bx + BAR_WIDTH + 6, ry + 12, Pictures.SMALL, Pictures.MUTED);
            row++;
        }
        int legendY = y + 18 + row * ROW + 14;
        legend(g, x, legendY, Pictures.NOT_STARTED, "not started");
        legend(g, x + 110, legendY, Pictures.LEARNING, "learning");
        legend(g, x + 200, legendY, Pictures.SOLID, "solid");
    }

    private static void legend(Graphics2D g, int x, int y, Color color, String label) {
        g.setColor(color);
        g.fillRoundRect(x, y - 10, 12, 12, 3, 3);
        Pictures.text(g, label, x + 16, y, Pictures.SMALL, Pictures.MUTED);
    }
}
