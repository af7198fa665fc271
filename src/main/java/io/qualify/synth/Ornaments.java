package io.qualify.synth;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.Random;

/**
 * The non-text decorations of official Chinese certificates: a national-emblem-like red disc, golden
 * letter-spaced titles, a red round seal with a star and arc text, a QR-like block, a faint repeated
 * watermark. Stateless; each method draws onto the given {@link Graphics2D}.
 */
final class Ornaments {

    private static final Color GOLD = new Color(222, 178, 60);

    private Ornaments() {
    }

    /** A red disc with golden rim, one big and four small stars and a gate outline, about 2r wide. */
    static void emblem(Graphics2D g, int cx, int cy, int r, Color red) {
        g.setColor(GOLD.darker());
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(red);
        int inner = (int) (r * 0.82);
        g.fillOval(cx - inner, cy - inner, 2 * inner, 2 * inner);
        g.setColor(GOLD);
        star(g, cx - r * 0.28, cy - r * 0.42, r * 0.22, 0);
        for (int i = 0; i < 4; i++) {
            double a = Math.toRadians(-60 + i * 32);
            star(g, cx - r * 0.28 + Math.cos(a) * r * 0.42, cy - r * 0.42 + Math.sin(a) * r * 0.42, r * 0.08, a);
        }
        g.fillRect(cx - r / 2, cy + r / 8, r, r / 10);
        g.fillRect(cx - r * 2 / 5, cy + r / 4, r * 4 / 5, r / 4);
        g.setColor(red);
        for (int i = -2; i <= 2; i++) {
            g.fillRect(cx + i * r / 6 - r / 30, cy + r * 3 / 10, r / 15, r / 6);
        }
        g.setColor(GOLD);
        g.setStroke(new BasicStroke(Math.max(1, r / 14f)));
        g.drawArc(cx - inner, cy - inner, 2 * inner, 2 * inner, 200, 140);
    }

    /** A filled five-pointed star of outer radius {@code r} centred on (cx, cy), turned by {@code angle}. */
    static void star(Graphics2D g, double cx, double cy, double r, double angle) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double rr = i % 2 == 0 ? r : r * 0.382;
            double a = angle - Math.PI / 2 + i * Math.PI / 5;
            double x = cx + Math.cos(a) * rr;
            double y = cy + Math.sin(a) * rr;
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        g.fill(p);
    }

    /** A golden (or brown) title, letter-spaced, with a light-to-dark vertical gradient and a thin outline. */
    static void title(Graphics2D g, String text, Font font, Color ink, int cx, int baseline, int spacing) {
        FontMetrics fm = g.getFontMetrics(font);
        g.setPaint(new GradientPaint(0, baseline - fm.getAscent(), ink.brighter(), 0, baseline, ink.darker()));
        Ink.spacedCentred(g, text, font, cx, baseline, spacing);
        g.setPaint(null);
    }

    /** A red round seal: ring, central star, {@code text} along the upper arc, drawn at {@code alpha}. */
    static void seal(Graphics2D g, int cx, int cy, int r, String text, Font font, Color red, float alpha) {
        Composite before = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
        g.setColor(red);
        g.setStroke(new BasicStroke(Math.max(2, r / 16f)));
        g.drawOval(cx - r, cy - r, 2 * r, 2 * r);
        star(g, cx, cy, r * 0.3, 0);
        double sweep = Math.toRadians(Math.min(250, 20 + text.length() * 20));
        double perChar = r * 0.76 * sweep / Math.max(1, text.length());
        Font f = font.deriveFont(Font.BOLD, (float) Math.max(6, Math.min(r * 0.26, perChar * 0.92)));
        for (int i = 0; i < text.length(); i++) {
            double a = -Math.PI / 2 - sweep / 2 + sweep * (i + 0.5) / text.length();
            AffineTransform at = g.getTransform();
            g.translate(cx + Math.cos(a) * r * 0.76, cy + Math.sin(a) * r * 0.76);
            g.rotate(a + Math.PI / 2);
            g.setFont(f);
            int w = g.getFontMetrics().charWidth(text.charAt(i));
            g.drawString(text.substring(i, i + 1), -w / 2, f.getSize() / 2);
            g.setTransform(at);
        }
        g.setComposite(before);
    }

    /** A QR-code-like block: three finder squares and random modules, {@code size} pixels square. */
    static void qr(Graphics2D g, int x, int y, int size, Random rnd) {
        int n = 25;
        double m = size / (double) n;
        g.setColor(Color.WHITE);
        g.fillRect(x, y, size, size);
        g.setColor(Color.BLACK);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (rnd.nextBoolean() && !inFinder(i, j, n)) {
                    g.fillRect((int) (x + i * m), (int) (y + j * m), (int) Math.ceil(m), (int) Math.ceil(m));
                }
            }
        }
        for (int[] c : new int[][] {{0, 0}, {n - 7, 0}, {0, n - 7}}) {
            g.fillRect((int) (x + c[0] * m), (int) (y + c[1] * m), (int) (7 * m), (int) (7 * m));
            g.setColor(Color.WHITE);
            g.fillRect((int) (x + (c[0] + 1) * m), (int) (y + (c[1] + 1) * m), (int) (5 * m), (int) (5 * m));
            g.setColor(Color.BLACK);
            g.fillRect((int) (x + (c[0] + 2) * m), (int) (y + (c[1] + 2) * m), (int) (3 * m), (int) (3 * m));
        }
    }

    private static boolean inFinder(int i, int j, int n) {
        return i < 8 && j < 8 || i >= n - 8 && j < 8 || i < 8 && j >= n - 8;
    }

    /** {@code text} repeated over the whole page at a slant, in a faint colour. */
    static void watermark(Graphics2D g, String text, Font font, Color colour, int w, int h) {
        AffineTransform at = g.getTransform();
        g.setColor(colour);
        g.setFont(font);
        g.rotate(Math.toRadians(-8), w / 2.0, h / 2.0);
        int stepX = g.getFontMetrics().stringWidth(text) * 2;
        int stepY = font.getSize() * 4;
        for (int y = -h / 4; y < h * 5 / 4; y += stepY) {
            int shift = (y / stepY) % 2 == 0 ? 0 : stepX / 2;
            for (int x = -w / 4 + shift; x < w * 5 / 4; x += stepX) {
                g.drawString(text, x, y);
            }
        }
        g.setTransform(at);
    }

    /** A thin diamond used in meander borders. */
    static Polygon diamond(int cx, int cy, int r) {
        return new Polygon(new int[] {cx - r, cx, cx + r, cx}, new int[] {cy, cy - r, cy, cy + r}, 4);
    }
}
