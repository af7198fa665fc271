package io.qualify.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A 手持身份证 photo: the applicant in front of a wall, face clear, holding the card before the chest with one
 * or both hands, thumbs over the card's edges. {@link #compose} returns the clean scene and where the card is;
 * {@link IdPhotos} adds the camera's faults.
 */
final class HandheldScene {

    private static final List<Color> WALLS = List.of(new Color(236, 232, 222), new Color(245, 245, 242),
            new Color(214, 218, 222), new Color(226, 214, 196), new Color(200, 214, 226), new Color(188, 180, 170));

    private HandheldScene() {
    }

    /** The scene, {@code longSide} pixels high (a portrait 3:4 frame), or phone-sized when 0. */
    static IdPhotos.Composed compose(IdCardTruth face, IdShot shot, int longSide, Random rnd, Map<String, Object> p) {
        int drawn = 1500 + rnd.nextInt(601);
        int w = longSide > 0 ? longSide * 3 / 4 : drawn;
        int h = w * 4 / 3;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        wall(g, w, h, rnd);
        Figures.Look look = Figures.Look.random(rnd);
        double rx = w * (0.14 + rnd.nextDouble() * 0.05);
        double cx = w * (0.45 + rnd.nextDouble() * 0.1);
        double headCy = h * (0.17 + rnd.nextDouble() * 0.05);
        double chin = headCy + rx * 1.25;
        Figures.person(g, cx, headCy, rx, rx * 1.25, chin + h * 0.1, w * 0.46, h, look);
        double share = 0.30 + rnd.nextDouble() * 0.20;
        double cardW = w * share;
        double cardH = cardW * IdCardRenderer.ASPECT;
        double lowest = Math.max(chin + h * 0.03 + cardH * 0.6, h * 0.5);
        double cardCy = lowest + rnd.nextDouble() * Math.max(0, h * 0.88 - cardH / 2 - lowest);
        double cardCx = cx + (rnd.nextDouble() - 0.5) * w * 0.2;
        double[][] screen = IdPhotos.place(cardW, cardH, cardCx, cardCy, rnd, p);
        p.put("cardWidthShare", IdPhotos.round(share));
        int hands = rnd.nextInt(5) < 3 ? 2 : 1;
        boolean leftFirst = rnd.nextBoolean();
        double[][] holds = new double[hands][];
        for (int i = 0; i < hands; i++) {
            holds[i] = hold(screen, i == 0 == leftFirst, rnd);
            arm(g, holds[i], cardW, h, look);
        }
        g.dispose();
        BufferedImage card = new IdCardRenderer().render(face, (int) Math.round(cardW * 1.05), rnd);
        BufferedImage out = IdPhotos.warpCard(card, img, IdPhotos.content(screen, shot.upsideDown()));
        Graphics2D t = out.createGraphics();
        t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (double[] hold : holds) {
            Figures.finger(t, hold[0] + hold[2] * cardW * 0.07, hold[1] + hold[3] * cardW * 0.07,
                    Math.atan2(-hold[3], -hold[2]) + (rnd.nextDouble() - 0.5) * 0.5, cardW * (0.11 + rnd.nextDouble()
                            * 0.04), cardW * 0.06, look.skin());
        }
        t.dispose();
        p.put("hands", hands);
        return new IdPhotos.Composed(out, screen);
    }

    /** A plain wall, lit from one side, sometimes with a door or window frame behind the person. */
    private static void wall(Graphics2D g, int w, int h, Random rnd) {
        Color base = Vocabulary.any(rnd, WALLS);
        g.setPaint(new GradientPaint(0, 0, Figures.shade(base, 12), w, h, Figures.shade(base, -25)));
        g.fillRect(0, 0, w, h);
        if (rnd.nextBoolean()) {
            g.setColor(Figures.shade(base, -40 - rnd.nextInt(40)));
            int x = rnd.nextBoolean() ? rnd.nextInt(w / 6) : w - w / 6 + rnd.nextInt(w / 6);
            g.fillRect(x - w / 8, h / 10, w / 4, h);
            g.setColor(Figures.shade(base, 15));
            g.fillRect(x - w / 8 + w / 60, h / 10 + w / 60, w / 4 - w / 30, h);
        }
    }

    /**
     * Where a hand grips the card: a point on its left or right edge and the outward direction there,
     * as {x, y, outX, outY}.
     */
    private static double[] hold(double[][] s, boolean left, Random rnd) {
        double t = 0.3 + rnd.nextDouble() * 0.4;
        double[] a = left ? s[0] : s[1];
        double[] b = left ? s[3] : s[2];
        double ux = s[1][0] - s[0][0];
        double uy = s[1][1] - s[0][1];
        double len = Math.hypot(ux, uy);
        double sign = left ? -1 : 1;
        return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, sign * ux / len, sign * uy / len};
    }

    /** The sleeve from below the frame up to the palm behind the card's edge, and the palm itself. */
    private static void arm(Graphics2D g, double[] hold, double cardW, int h, Figures.Look look) {
        double px = hold[0] + hold[2] * cardW * 0.06;
        double py = hold[1] + hold[3] * cardW * 0.06;
        g.setColor(Figures.shade(look.clothes(), -12));
        g.setStroke(new BasicStroke((float) (cardW * 0.26), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(px + hold[2] * cardW * 0.15, py + cardW * 0.25, px + hold[2] * cardW * 0.4,
                h + cardW * 0.3));
        g.setColor(Figures.shade(look.skin(), -10));
        g.fill(new Ellipse2D.Double(px - cardW * 0.1, py - cardW * 0.12, cardW * 0.2, cardW * 0.26));
    }
}
