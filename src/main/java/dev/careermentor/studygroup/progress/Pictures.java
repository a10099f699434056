package dev.careermentor.studygroup.progress;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * What the progress pictures share: a headless Java2D canvas, the palette, and PNG encoding. The
 * pictures are drawn in-process: no browser, no chart service, nothing leaves the machine.
 */
final class Pictures {

    static {
        // A server has no display; Java2D draws into memory either way, but must not look for one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static final Color BACKGROUND = Color.WHITE;
    static final Color INK = new Color(0x1F2328);
    static final Color MUTED = new Color(0x656D76);
    static final Color EMPTY = new Color(0xEBEDF0);
    /** Practice per day: none, one answer, two, three or more (GitHub's contribution greens). */
    static final Color[] HEAT = {EMPTY, new Color(0x9BE9A8), new Color(0x40C463), new Color(0x216E39)};
    static final Color NOT_STARTED = new Color(0xD0D7DE);
    static final Color LEARNING = new Color(0xF0B429);
    static final Color SOLID = new Color(0x2DA44E);
    static final Color RIGHT = new Color(0x2DA44E);
    static final Color WRONG = new Color(0xE16F24);

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private Pictures() {
    }

    /** An opaque canvas (RGB: no alpha channel to encode) with antialiased shapes and text. */
    static BufferedImage canvas(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    static Graphics2D paint(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    /**
     * Draws text if the JVM can: a machine without any font still gets the picture's shapes rather
     * than an error.
     */
    static void text(Graphics2D g, String text, int x, int y, Font font, Color color) {
        try {
            g.setFont(font);
            g.setColor(color);
            g.drawString(text, x, y);
        } catch (RuntimeException | Error e) { // no font configuration on a bare server
            // the shapes carry the picture
        }
    }

    /** Text cut to fit a width, with an ellipsis. */
    static String fit(Graphics2D g, String text, Font font, int width) {
        try {
            var metrics = g.getFontMetrics(font);
            if (metrics.stringWidth(text) <= width) {
                return text;
            }
            String cut = text;
            while (cut.length() > 1 && metrics.stringWidth(cut + "…") > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut.strip() + "…";
        } catch (RuntimeException | Error e) {
            return text;
        }
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this JVM");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
