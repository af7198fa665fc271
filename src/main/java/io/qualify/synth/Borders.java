package io.qualify.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Path2D;

/**
 * Decorative certificate borders: a wavy guilloche rope (new-style licences), a meander band (portrait and
 * old-style licences) or a plain double rule. Call {@link #draw(Graphics2D, Rectangle, int, int, Color)}.
 */
final class Borders {

    private Borders() {
    }

    /** Draws a border of {@code kind} (0 rope, 1 meander, 2 double rule) as a band {@code band} px wide. */
    static void draw(Graphics2D g, Rectangle r, int band, int kind, Color ink) {
        g.setColor(ink);
        g.setStroke(new BasicStroke(Math.max(1, band / 14f)));
        g.drawRect(r.x, r.y, r.width, r.height);
        g.drawRect(r.x + band, r.y + band, r.width - 2 * band, r.height - 2 * band);
        switch (kind) {
            case 0 -> rope(g, r, band);
            case 1 -> meander(g, r, band);
            default -> g.drawRect(r.x + band / 3, r.y + band / 3, r.width - 2 * band / 3, r.height - 2 * band / 3);
        }
    }

    private static void rope(Graphics2D g, Rectangle r, int band) {
        g.setStroke(new BasicStroke(Math.max(1, band / 20f)));
        for (int phase = 0; phase < 4; phase++) {
            double ph = phase * Math.PI / 4;
            g.draw(wave(r.x, r.y + band / 2.0, r.width, band * 0.4, band, ph, true));
            g.draw(wave(r.x, r.y + r.height - band / 2.0, r.width, band * 0.4, band, ph, true));
            g.draw(wave(r.x + band / 2.0, r.y, r.height, band * 0.4, band, ph, false));
            g.draw(wave(r.x + r.width - band / 2.0, r.y, r.height, band * 0.4, band, ph, false));
        }
    }

    private static Path2D wave(double x0, double y0, double length, double amp, double period, double ph,
            boolean horizontal) {
        Path2D.Double p = new Path2D.Double();
        for (double t = 0; t <= length; t += Math.max(1, period / 12)) {
            double off = amp * Math.sin(2 * Math.PI * t / period + ph);
            double x = horizontal ? x0 + t : x0 + off;
            double y = horizontal ? y0 + off : y0 + t;
            if (t == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        return p;
    }

    private static void meander(Graphics2D g, Rectangle r, int band) {
        int cell = Math.max(4, band * 2 / 3);
        int inset = band / 2;
        for (int x = r.x + band; x < r.x + r.width - band; x += cell) {
            key(g, x, r.y + inset, cell);
            key(g, x, r.y + r.height - inset, cell);
        }
        for (int y = r.y + band; y < r.y + r.height - band; y += cell) {
            key(g, r.x + inset, y, cell);
            key(g, r.x + r.width - inset, y, cell);
        }
    }

    private static void key(Graphics2D g, int x, int y, int cell) {
        int h = cell / 3;
        g.drawRect(x - h, y - h, 2 * h, 2 * h);
        g.fill(Ornaments.diamond(x, y, Math.max(1, h / 2)));
    }
}
