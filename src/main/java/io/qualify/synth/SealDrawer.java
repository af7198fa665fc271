package io.qualify.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws company seals (公章): {@link #outline} gives a seal's ink as shapes around (0, 0) (ring, star, the name
 * along the upper arc, the line under the star, the serial along the lower arc; or an oval's double ring, arc
 * and line), which a PDF fills as vector art; {@link #impression} inks those shapes unevenly into a transparent
 * image, and {@link #stamp} presses that onto a page so that black text under it stays black (the ink multiplies).
 */
public final class SealDrawer {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private SealDrawer() {
    }

    /** The seal's ink as filled shapes around (0, 0); {@code r} is the round seal's radius or the oval's half width. */
    public static List<Shape> outline(SealTruth seal, double r, String family) {
        List<Shape> shapes = new ArrayList<>();
        if (seal.shape() == SealTruth.Shape.ROUND) {
            shapes.add(ring(r, r, r / 15));
            shapes.add(star(r * 0.3));
            shapes.addAll(arcText(seal.text(), family, r * 0.71, r * 0.71, r * 0.25, Math.toRadians(215), true));
            if (seal.bottomText() != null) {
                shapes.addAll(line(seal.bottomText(), family, r * 0.15, r * 0.52));
            }
            if (seal.serial() != null) {
                shapes.addAll(arcText(seal.serial(), family, r * 0.8, r * 0.8, r * 0.1, Math.toRadians(75), false));
            }
        } else {
            double b = r * 0.68;
            shapes.add(ring(r, b, r / 20));
            shapes.add(ring(r * 0.9, b * 0.86, r / 60));
            shapes.addAll(arcText(seal.text(), family, r * 0.72, b * 0.62, r * 0.18, Math.toRadians(170), true));
            if (seal.bottomText() != null) {
                shapes.addAll(line(seal.bottomText(), family, r * 0.15, b * 0.55));
            }
        }
        return shapes;
    }

    private static Shape ring(double a, double b, double width) {
        Shape ellipse = new Ellipse2D.Double(-a + width / 2, -b + width / 2, 2 * a - width, 2 * b - width);
        return new BasicStroke((float) width).createStrokedShape(ellipse);
    }

    private static Shape star(double r) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double rr = i % 2 == 0 ? r : r * 0.382;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                p.moveTo(Math.cos(a) * rr, Math.sin(a) * rr);
            } else {
                p.lineTo(Math.cos(a) * rr, Math.sin(a) * rr);
            }
        }
        p.closePath();
        return p;
    }

    /**
     * {@code text} along an ellipse (half axes a, b) centred on the top ({@code upper}: glyph tops outward, read
     * clockwise) or the bottom (tops inward, read left to right), spread over {@code sweep} radians. Seal glyphs
     * are narrow and tall, so long names get squeezed rather than shrunk.
     */
    private static List<Shape> arcText(String text, String family, double a, double b, double size, double sweep,
            boolean upper) {
        List<Shape> out = new ArrayList<>();
        int n = text.length();
        double arc = sweep * (a + b) / 2;
        double px = Math.min(size, arc / Math.max(1, n) * 1.3);
        double squeeze = Math.min(1, arc / Math.max(1, n) / (px * 0.95));
        Font font = new Font(family, Font.BOLD, 100).deriveFont((float) px);
        for (int i = 0; i < n; i++) {
            double step = sweep * (i + 0.5) / n - sweep / 2;
            double t = upper ? -Math.PI / 2 + step : Math.PI / 2 - step;
            double x = a * Math.cos(t);
            double y = b * Math.sin(t);
            double normal = Math.atan2(Math.sin(t) / b, Math.cos(t) / a);
            AffineTransform at = AffineTransform.getTranslateInstance(x, y);
            at.rotate(upper ? normal + Math.PI / 2 : normal - Math.PI / 2);
            at.scale(squeeze * (upper ? 0.85 : 1), 1);
            out.add(glyph(font, text.substring(i, i + 1), at));
        }
        return out;
    }

    /** One glyph centred on the origin of {@code at}. */
    private static Shape glyph(Font font, String ch, AffineTransform at) {
        GlyphVector gv = font.createGlyphVector(FRC, ch);
        Shape outline = gv.getOutline();
        Rectangle2D box = gv.getLogicalBounds();
        double asc = font.getLineMetrics(ch, FRC).getAscent();
        AffineTransform centre = new AffineTransform(at);
        centre.translate(-box.getWidth() / 2, asc * 0.42);
        return centre.createTransformedShape(outline);
    }

    /** A horizontal line of text centred on x = 0 with its baseline at {@code baseline}. */
    private static List<Shape> line(String text, String family, double size, double baseline) {
        Font font = new Font(family, Font.BOLD, 100).deriveFont((float) size);
        GlyphVector gv = font.createGlyphVector(FRC, text);
        double w = gv.getLogicalBounds().getWidth();
        return List.of(AffineTransform.getTranslateInstance(-w / 2, baseline).createTransformedShape(gv.getOutline()));
    }

    /**
     * The seal inked into a transparent ARGB image whose centre is the seal's centre: {@code shapes} turned by
     * {@code angle} radians, coloured with the ink's colour, opacity varied by blotches, speckles and a faded side.
     */
    public static BufferedImage impression(List<Shape> shapes, double r, double angle, SealInk ink, Random rnd) {
        int size = (int) Math.ceil(2 * r * 1.05) + 4;
        BufferedImage mask = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.translate(size / 2.0, size / 2.0);
        g.rotate(angle);
        g.setColor(Color.WHITE);
        shapes.forEach(g::fill);
        g.dispose();
        double[][] blotches = blotches(rnd);
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        int rgb = ink.colour().getRGB() & 0xFFFFFF;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int cover = mask.getRaster().getSample(x, y, 0);
                if (cover > 0) {
                    double s = strength(ink, blotches, x / (double) size, y / (double) size, rnd);
                    out.setRGB(x, y, (int) Math.round(cover * s) << 24 | rgb);
                }
            }
        }
        return out;
    }

    /** The ink's opacity at (u, v) of the impression's square: blotchy, fading towards one side, speckled. */
    private static double strength(SealInk ink, double[][] blotches, double u, double v, Random rnd) {
        double s = ink.strength() * (1 - ink.unevenness() * sample(blotches, u, v));
        double side = Math.cos(Math.atan2(v - 0.5, u - 0.5) - ink.fadeAngle()) * Math.hypot(u - 0.5, v - 0.5) * 2;
        s *= 1 - ink.fade() * Math.max(0, side);
        if (rnd.nextDouble() < ink.unevenness() * 0.25) {
            s *= rnd.nextDouble();
        }
        return Math.max(0, Math.min(1, s));
    }

    /** A 7 × 7 grid of random values, interpolated into slow blotches of thin and thick ink. */
    private static double[][] blotches(Random rnd) {
        double[][] grid = new double[7][7];
        for (double[] row : grid) {
            for (int i = 0; i < row.length; i++) {
                row[i] = rnd.nextDouble();
            }
        }
        return grid;
    }

    private static double sample(double[][] grid, double u, double v) {
        double gx = u * (grid.length - 1);
        double gy = v * (grid.length - 1);
        int x0 = Math.min(grid.length - 2, (int) gx);
        int y0 = Math.min(grid.length - 2, (int) gy);
        double fx = gx - x0;
        double fy = gy - y0;
        double top = grid[y0][x0] * (1 - fx) + grid[y0][x0 + 1] * fx;
        double bottom = grid[y0 + 1][x0] * (1 - fx) + grid[y0 + 1][x0 + 1] * fx;
        return top * (1 - fy) + bottom * fy;
    }

    /**
     * Presses {@code impression} onto {@code page} centred on (cx, cy): each channel is multiplied by the ink's,
     * weighted by its opacity, as ink on paper does; the part beyond the page's edge is lost.
     */
    public static void stamp(BufferedImage page, BufferedImage impression, double cx, double cy) {
        int x0 = (int) Math.round(cx - impression.getWidth() / 2.0);
        int y0 = (int) Math.round(cy - impression.getHeight() / 2.0);
        for (int y = Math.max(0, -y0); y < impression.getHeight() && y0 + y < page.getHeight(); y++) {
            for (int x = Math.max(0, -x0); x < impression.getWidth() && x0 + x < page.getWidth(); x++) {
                int ink = impression.getRGB(x, y);
                double a = (ink >>> 24) / 255.0;
                if (a == 0) {
                    continue;
                }
                int p = page.getRGB(x0 + x, y0 + y);
                int r = multiply(p >> 16, ink >> 16, a);
                int g = multiply(p >> 8, ink >> 8, a);
                int b = multiply(p, ink, a);
                page.setRGB(x0 + x, y0 + y, 0xFF000000 | r << 16 | g << 8 | b);
            }
        }
    }

    private static int multiply(int paper, int ink, double a) {
        int p = paper & 0xFF;
        int i = ink & 0xFF;
        return (int) Math.round(p * (1 - a * (1 - i / 255.0)));
    }
}
