package io.qualify.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.Random;

/**
 * The security print of a resident ID card's background: a two-tone tint, fine wavy guilloche lines and a
 * faint rosette, light enough that the text stays clear. Stateless; draws onto the given {@link Graphics2D}.
 */
final class CardPatterns {

    private CardPatterns() {
    }

    /** Tints the whole {@code w} × {@code h} card from {@code from} (top left) to {@code to} and lays the pattern over. */
    static void background(Graphics2D g, int w, int h, Color from, Color to, Color line, Random rnd) {
        g.setPaint(new GradientPaint(0, 0, from, w, h, to));
        g.fillRect(0, 0, w, h);
        g.setStroke(new BasicStroke(Math.max(1f, w / 900f)));
        g.setColor(new Color(line.getRed(), line.getGreen(), line.getBlue(), 40 + rnd.nextInt(25)));
        double wave = w / (5.0 + rnd.nextDouble() * 3);
        double amp = h * (0.02 + rnd.nextDouble() * 0.02);
        for (int k = 0; k < 38; k++) {
            g.draw(wave(w, h * (k - 2) / 34.0, amp, wave, k * 0.35));
        }
        rosette(g, w * (0.4 + rnd.nextDouble() * 0.15), h * 0.55, h * 0.34, line);
    }

    private static Path2D wave(int w, double y0, double amp, double length, double phase) {
        Path2D.Double p = new Path2D.Double();
        for (int x = 0; x <= w; x += 4) {
            double y = y0 + amp * Math.sin(2 * Math.PI * x / length + phase) + amp * 0.5 * Math.sin(x / length * 7);
            if (x == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        return p;
    }

    /** Overlapping ellipses turned around a centre, the flower-like figure in the middle of the card. */
    private static void rosette(Graphics2D g, double cx, double cy, double r, Color line) {
        g.setColor(new Color(line.getRed(), line.getGreen(), line.getBlue(), 35));
        for (int i = 0; i < 24; i++) {
            java.awt.geom.AffineTransform saved = g.getTransform();
            g.translate(cx, cy);
            g.rotate(i * Math.PI / 24);
            g.draw(new java.awt.geom.Ellipse2D.Double(-r, -r * 0.38, 2 * r, r * 0.76));
            g.setTransform(saved);
        }
    }
}
