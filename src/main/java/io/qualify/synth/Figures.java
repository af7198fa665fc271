package io.qualify.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Random;

/**
 * Drawn people, simple enough to stay cheap yet shaped like the real thing for a detector: a head-and-shoulders
 * figure (the portrait on an ID card's front, the applicant in a handheld photo) and the thumbs and fingers of
 * a hand holding a card. Stateless; each method draws onto the given {@link Graphics2D}.
 */
final class Figures {

    /** The colours of one person. */
    record Look(Color skin, Color hair, Color clothes, Color shirt, boolean longHair) {

        static Look random(Random rnd) {
            return new Look(Vocabulary.any(rnd, SKINS), shade(Vocabulary.any(rnd, HAIRS), rnd.nextInt(21) - 10),
                    shade(Vocabulary.any(rnd, CLOTHES), rnd.nextInt(31) - 15),
                    rnd.nextBoolean() ? new Color(240, 240, 236) : shade(Vocabulary.any(rnd, CLOTHES), 40),
                    rnd.nextInt(3) == 0);
        }
    }

    private static final List<Color> SKINS = List.of(new Color(241, 204, 176), new Color(226, 185, 152),
            new Color(210, 165, 130), new Color(236, 196, 166), new Color(196, 148, 112), new Color(246, 214, 190));
    private static final List<Color> HAIRS = List.of(new Color(25, 22, 22), new Color(40, 32, 28),
            new Color(60, 45, 35), new Color(90, 65, 45));
    private static final List<Color> CLOTHES = List.of(new Color(30, 35, 50), new Color(200, 200, 205),
            new Color(120, 30, 40), new Color(40, 90, 60), new Color(230, 230, 225), new Color(60, 60, 65),
            new Color(160, 120, 80), new Color(70, 110, 170));

    private Figures() {
    }

    /**
     * A head and shoulders: the head an oval centred on ({@code cx}, {@code headCy}) with radii {@code rx},
     * {@code ry}; the shoulders start at {@code shoulderY}, {@code halfWidth} either side, down to {@code bottom}.
     */
    static void person(Graphics2D g, double cx, double headCy, double rx, double ry, double shoulderY,
            double halfWidth, double bottom, Look look) {
        if (look.longHair()) {
            g.setColor(look.hair());
            g.fill(new RoundRectangle2D.Double(cx - rx * 1.2, headCy - ry * 1.1, rx * 2.4, (shoulderY - headCy) + ry * 1.4,
                    rx, rx));
        }
        g.setColor(shade(look.skin(), -25));
        g.fill(new Rectangle2D.Double(cx - rx * 0.42, headCy + ry * 0.5, rx * 0.84, shoulderY - headCy));
        shoulders(g, cx, headCy + ry, rx, shoulderY, halfWidth, bottom, look);
        g.setColor(shade(look.skin(), -15));
        g.fill(new Ellipse2D.Double(cx - rx * 1.08, headCy - ry * 0.15, rx * 0.3, ry * 0.4));
        g.fill(new Ellipse2D.Double(cx + rx * 0.78, headCy - ry * 0.15, rx * 0.3, ry * 0.4));
        g.setColor(look.skin());
        g.fill(new Ellipse2D.Double(cx - rx, headCy - ry, 2 * rx, 2 * ry));
        hairCap(g, cx, headCy, rx, ry, look.hair());
        face(g, cx, headCy, rx, ry, look);
    }

    private static void shoulders(Graphics2D g, double cx, double chin, double rx, double shoulderY, double halfWidth,
            double bottom, Look look) {
        Path2D.Double body = new Path2D.Double();
        body.moveTo(cx - halfWidth, bottom);
        body.curveTo(cx - halfWidth, shoulderY + (bottom - shoulderY) * 0.2, cx - halfWidth * 0.8, shoulderY,
                cx - rx * 0.9, shoulderY - (shoulderY - chin) * 0.15);
        body.lineTo(cx + rx * 0.9, shoulderY - (shoulderY - chin) * 0.15);
        body.curveTo(cx + halfWidth * 0.8, shoulderY, cx + halfWidth, shoulderY + (bottom - shoulderY) * 0.2,
                cx + halfWidth, bottom);
        body.closePath();
        g.setColor(look.clothes());
        g.fill(body);
        Path2D.Double collar = new Path2D.Double();
        collar.moveTo(cx - rx * 0.6, shoulderY - (shoulderY - chin) * 0.12);
        collar.lineTo(cx, shoulderY + (shoulderY - chin) * 0.9);
        collar.lineTo(cx + rx * 0.6, shoulderY - (shoulderY - chin) * 0.12);
        collar.closePath();
        g.setColor(look.shirt());
        g.fill(collar);
        g.setColor(shade(look.skin(), -20));
        Path2D.Double neck = new Path2D.Double();
        neck.moveTo(cx - rx * 0.42, shoulderY - (shoulderY - chin) * 0.2);
        neck.lineTo(cx, shoulderY + (shoulderY - chin) * 0.45);
        neck.lineTo(cx + rx * 0.42, shoulderY - (shoulderY - chin) * 0.2);
        neck.closePath();
        g.fill(neck);
    }

    /** Hair over the top of the head, cut by a slightly tilted fringe line. */
    private static void hairCap(Graphics2D g, double cx, double cy, double rx, double ry, Color hair) {
        Area cap = new Area(new Ellipse2D.Double(cx - rx * 1.08, cy - ry * 1.12, rx * 2.16, ry * 1.9));
        Path2D.Double above = new Path2D.Double();
        above.moveTo(cx - rx * 1.2, cy - ry * 1.3);
        above.lineTo(cx + rx * 1.2, cy - ry * 1.3);
        above.lineTo(cx + rx * 1.2, cy - ry * 0.05);
        above.lineTo(cx + rx * 0.3, cy - ry * 0.5);
        above.lineTo(cx - rx * 1.2, cy - ry * 0.35);
        above.closePath();
        cap.intersect(new Area(above));
        g.setColor(hair);
        g.fill(cap);
    }

    private static void face(Graphics2D g, double cx, double cy, double rx, double ry, Look look) {
        g.setColor(shade(look.hair(), 10));
        g.setStroke(new BasicStroke((float) Math.max(1, ry * 0.05), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int side = -1; side <= 1; side += 2) {
            double ex = cx + side * rx * 0.4;
            g.draw(new java.awt.geom.Line2D.Double(ex - rx * 0.2, cy - ry * 0.2, ex + rx * 0.2, cy - ry * 0.23));
            g.setColor(new Color(245, 245, 240));
            g.fill(new Ellipse2D.Double(ex - rx * 0.17, cy - ry * 0.1, rx * 0.34, ry * 0.14));
            g.setColor(new Color(35, 28, 25));
            g.fill(new Ellipse2D.Double(ex - rx * 0.08, cy - ry * 0.1, rx * 0.16, ry * 0.14));
            g.setColor(shade(look.hair(), 10));
        }
        g.setColor(shade(look.skin(), -45));
        g.draw(new java.awt.geom.QuadCurve2D.Double(cx - rx * 0.05, cy + ry * 0.05, cx - rx * 0.12, cy + ry * 0.3,
                cx + rx * 0.08, cy + ry * 0.32));
        g.setColor(new Color(170, 80, 75));
        g.setStroke(new BasicStroke((float) Math.max(1, ry * 0.07), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.QuadCurve2D.Double(cx - rx * 0.28, cy + ry * 0.5, cx, cy + ry * 0.62, cx + rx * 0.28,
                cy + ry * 0.5));
    }

    /**
     * A finger as a rounded rectangle from ({@code x}, {@code y}) along the angle {@code a} (radians), {@code length}
     * long and {@code width} wide, with a lighter nail at its tip.
     */
    static void finger(Graphics2D g, double x, double y, double a, double length, double width, Color skin) {
        java.awt.geom.AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(a);
        RoundRectangle2D.Double shape = new RoundRectangle2D.Double(0, -width / 2, length, width, width, width);
        g.setColor(skin);
        g.fill(shape);
        g.setColor(shade(skin, -35));
        g.setStroke(new BasicStroke((float) Math.max(1, width * 0.06)));
        g.draw(shape);
        g.setColor(shade(skin, 25));
        g.fill(new RoundRectangle2D.Double(length - width * 0.75, -width * 0.3, width * 0.6, width * 0.6, width * 0.4,
                width * 0.4));
        g.setTransform(saved);
    }

    static Color shade(Color c, int d) {
        return new Color(clamp(c.getRed() + d), clamp(c.getGreen() + d), clamp(c.getBlue() + d));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
