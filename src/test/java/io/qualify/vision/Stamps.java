package io.qualify.vision;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Draws test pages for the seal finder and reader with Java2D: a white page with black body text, and
 * on it stamps (ring, arc text, star, a straight line inside) or the red things that are not stamps
 * (a red title and rule, ticks and crosses, filled logos, underlines, handwriting). Sizes are given in
 * page pixels; a 40 mm seal on an A4 page of {@value #A4_WIDTH} px is about {@value #SEAL_RADIUS} px in radius.
 */
final class Stamps {

    static final int A4_WIDTH = 1240;
    static final int A4_HEIGHT = 1754;
    static final int SEAL_RADIUS = 118;
    static final Color SEAL_RED = new Color(214, 30, 38);
    static final String FONT = "Noto Serif CJK SC";

    private Stamps() {
    }

    /** An A4 page at 150 dpi with a few lines of black body text. */
    static BufferedImage page() {
        return page(A4_WIDTH, A4_HEIGHT);
    }

    static BufferedImage page(int width, int height) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = graphics(page);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(FONT, Font.PLAIN, width / 45));
        for (int y = height / 5; y < height * 9 / 10; y += width / 22) {
            g.drawString("兹申请开通语音通话号码业务，本单位承诺所提交资料真实有效，管理员李娜负责。", width / 12, y);
        }
        g.dispose();
        return page;
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    /**
     * A company stamp centred at {@code (cx, cy)} with half-axes {@code rx, ry}: a ring, the name along
     * the top running clockwise from about 7:30 to 4:30, an optional star and an optional line below it.
     */
    static void stamp(Graphics2D g, double cx, double cy, double rx, double ry, Color ink, String name,
            boolean star, String line) {
        double r = Math.min(rx, ry);
        g.setColor(ink);
        g.setStroke(new BasicStroke((float) (r / 20)));
        g.draw(new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry));
        arcText(g, cx, cy, rx * 0.78, ry * 0.78, name, (float) (r * 0.27));
        if (star) {
            g.fill(star(cx, cy, r * 0.3));
        }
        if (line != null) {
            g.setFont(new Font(FONT, Font.BOLD, (int) (r * 0.17)));
            int w = g.getFontMetrics().stringWidth(line);
            g.drawString(line, (float) (cx - w / 2.0), (float) (cy + r * 0.62));
        }
    }

    /** Characters spread clockwise over 240° centred on 12 o'clock, their tops pointing outward. */
    static void arcText(Graphics2D g, double cx, double cy, double rx, double ry, String text, float size) {
        g.setFont(new Font(FONT, Font.BOLD, Math.round(size)));
        double from = Math.toRadians(150);
        double span = Math.toRadians(240);
        for (int i = 0; i < text.length(); i++) {
            double theta = from + span * (i + 0.5) / text.length();
            AffineTransform saved = g.getTransform();
            g.translate(cx + rx * Math.cos(theta), cy + ry * Math.sin(theta));
            g.rotate(theta + Math.PI / 2);
            String c = text.substring(i, i + 1);
            g.drawString(c, -g.getFontMetrics().stringWidth(c) / 2f, size * 0.4f);
            g.setTransform(saved);
        }
    }

    static Path2D star(double cx, double cy, double r) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.382;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                p.moveTo(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
            } else {
                p.lineTo(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    /** A red-headed letter's top (红头): a line of big red characters and a red rule under it. */
    static void redTitle(Graphics2D g, int width, String title) {
        g.setColor(SEAL_RED);
        g.setFont(new Font(FONT, Font.BOLD, width / 9));
        int w = g.getFontMetrics().stringWidth(title);
        g.drawString(title, (width - w) / 2, width / 6);
        g.fillRect(width / 12, width / 6 + width / 20, width * 10 / 12, width / 180);
    }

    /** A red tick at {@code (x, y)}, {@code size} across. */
    static void tick(Graphics2D g, int x, int y, int size) {
        g.setColor(SEAL_RED);
        g.setStroke(new BasicStroke(size / 10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D p = new Path2D.Double();
        p.moveTo(x, y + size * 0.55);
        p.lineTo(x + size * 0.35, y + size * 0.9);
        p.lineTo(x + size, y);
        g.draw(p);
    }

    static void cross(Graphics2D g, int x, int y, int size) {
        g.setColor(SEAL_RED);
        g.setStroke(new BasicStroke(size / 10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(x, y, x + size, y + size);
        g.drawLine(x + size, y, x, y + size);
    }

    /** A filled red disc (or square) logo with white letters on it. */
    static void logo(Graphics2D g, int cx, int cy, int r, boolean round, String letters) {
        g.setColor(SEAL_RED);
        if (round) {
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2.0 * r, 2.0 * r));
        } else {
            g.fillRect(cx - r, cy - r, 2 * r, 2 * r);
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, r * 3 / 4));
        int w = g.getFontMetrics().stringWidth(letters);
        g.drawString(letters, cx - w / 2, cy + r / 4);
    }

    /** A national-emblem-like mark: a red disc with yellow stars and a gate, in a gold wreath. */
    static void emblem(Graphics2D g, int cx, int cy, int r) {
        g.setColor(new Color(200, 160, 40));
        g.setStroke(new BasicStroke(r / 5f));
        g.draw(new Ellipse2D.Double(cx - r * 1.1, cy - r * 1.1, 2.2 * r, 2.2 * r));
        g.setColor(SEAL_RED);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2.0 * r, 2.0 * r));
        g.setColor(new Color(250, 210, 40));
        g.fill(star(cx, cy - r * 0.45, r * 0.25));
        for (int i = -2; i <= 2; i++) {
            g.fill(star(cx + i * r * 0.28, cy - r * 0.05 + Math.abs(i) * r * 0.06, r * 0.09));
        }
        g.fillRect(cx - r / 2, cy + r / 5, r, r / 3);
    }

    /** A red underline under a line of text. */
    static void underline(Graphics2D g, int x, int y, int length) {
        g.setColor(SEAL_RED);
        g.setStroke(new BasicStroke(4f));
        g.drawLine(x, y, x + length, y);
    }

    /** A red pen scribble: a signature-like run of loops. */
    static void handwriting(Graphics2D g, int x, int y, int width, long seed) {
        Random rnd = new Random(seed);
        g.setColor(SEAL_RED);
        g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D p = new Path2D.Double();
        p.moveTo(x, y);
        double px = x;
        while (px < x + width) {
            double h = width * (0.05 + 0.1 * rnd.nextDouble());
            p.curveTo(px + h * 0.3, y - h, px + h * 0.9, y - h, px + h * 0.5, y + h * 0.2 * rnd.nextGaussian());
            px += h * 0.7;
        }
        g.draw(p);
    }

    /** A hand-drawn red circle round some text, as a reviewer marks a spot. */
    static void penCircle(Graphics2D g, int cx, int cy, int r) {
        g.setColor(SEAL_RED);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D p = new Path2D.Double();
        for (int i = 0; i <= 60; i++) {
            double a = -0.3 + i * 2.25 * Math.PI / 60;
            double rr = r * (1 + 0.06 * Math.sin(3 * a)) * (1 + 0.08 * i / 60);
            double x = cx + rr * 1.25 * Math.cos(a);
            double y = cy + rr * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        g.draw(p);
    }

    /** The page as a phone photo: a warm cast, light falling off to one side, a little blur. */
    static BufferedImage warmPhoto(BufferedImage page) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                double light = 0.75 + 0.2 * x / page.getWidth();
                int r = (int) (((rgb >> 16) & 0xFF) * light);
                int gr = (int) (((rgb >> 8) & 0xFF) * light * 0.88);
                int b = (int) ((rgb & 0xFF) * light * 0.68);
                out.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return out;
    }
}
