package io.qualify.synth;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Text placement on a page: labels spread evenly over a fixed width (名　　称), values wrapped at a right
 * edge, centred and letter-spaced lines. All methods take the {@link Graphics2D} with its colour already set.
 */
final class Ink {

    private Ink() {
    }

    /** Draws {@code text} with its characters spread so it spans exactly {@code width} (one char: left). */
    static void justified(Graphics2D g, String text, Font font, int x, int baseline, int width) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int n = text.length();
        if (n == 1) {
            g.drawString(text, x, baseline);
            return;
        }
        int glyphs = fm.stringWidth(text);
        double gap = Math.max(0, (width - glyphs) / (double) (n - 1));
        double cx = x;
        for (int i = 0; i < n; i++) {
            String c = text.substring(i, i + 1);
            g.drawString(c, (float) cx, baseline);
            cx += fm.stringWidth(c) + gap;
        }
    }

    /** Draws {@code text} with {@code spacing} extra pixels between characters, centred on {@code cx}. */
    static void spacedCentred(Graphics2D g, String text, Font font, int cx, int baseline, int spacing) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int total = fm.stringWidth(text) + spacing * (text.length() - 1);
        int x = cx - total / 2;
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            g.drawString(c, x, baseline);
            x += fm.stringWidth(c) + spacing;
        }
    }

    /** Draws {@code text} wrapped within [x, right]; returns the baseline of the last line drawn. */
    static int wrapped(Graphics2D g, String text, Font font, int x, int baseline, int right, int lineStep) {
        g.setFont(font);
        List<String> lines = lines(g.getFontMetrics(), text, right - x);
        int y = baseline;
        for (int i = 0; i < lines.size(); i++) {
            y = baseline + i * lineStep;
            g.drawString(lines.get(i), x, y);
        }
        return y;
    }

    /** Splits {@code text} into lines no wider than {@code width}, breaking between any two characters. */
    static List<String> lines(FontMetrics fm, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (line.length() > 0 && fm.stringWidth(line.toString() + c) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(c);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The largest font (from {@code font} down to half of it) at which {@code text} wrapped in
     * {@code width} takes at most {@code maxHeight} pixels with lines 1.35 font sizes apart.
     */
    static Font fitting(Graphics2D g, String text, Font font, int width, int maxHeight) {
        Font f = font;
        while (f.getSize() > Math.max(6, font.getSize() / 2)) {
            int lines = lines(g.getFontMetrics(f), text, width).size();
            if (lines * f.getSize() * 1.35 <= maxHeight) {
                return f;
            }
            f = f.deriveFont((float) (f.getSize() - 1));
        }
        return f;
    }
}
