package io.qualify.synth;

import io.qualify.ocr.PageImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Takes phone photos of an ID card: {@link #take(IdCardTruth, IdShot, Random)} composes the scene (the card alone
 * on a surface, or {@link HandheldScene held by the applicant}), then adds what phones do: glare, uneven light,
 * blur, noise, a lost EXIF turn, a front camera's mirror. The parameters map records the scene, the turns, the
 * mirror and {@code cardQuad}: the card's printed top-left, top-right, bottom-right and bottom-left corners in the
 * final image, so a card finder and an orientation check can be scored against it.
 */
final class IdPhotos {

    /** A composed scene and the card's corners in it as placed on screen (TL, TR, BR, BL of the placement). */
    record Composed(BufferedImage image, double[][] screen) {
    }

    private IdPhotos() {
    }

    /** The photo {@code shot} of {@code card}; {@code longSide} pixels on its long side, or phone-sized when 0. */
    static Degrader.Degraded take(IdCardTruth card, IdShot shot, int longSide, Random rnd) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("level", "PHOTO");
        p.put("scene", shot.scene().name());
        IdCardTruth face = card.withSide(shot.side());
        Composed c = shot.scene() == IdShot.Scene.ALONE ? alone(face, shot, longSide, rnd, p)
                : HandheldScene.compose(face, shot, longSide, rnd, p);
        double[][] quad = content(c.screen(), shot.upsideDown());
        BufferedImage img = camera(c.image(), quad, rnd, p);
        int w = img.getWidth();
        int h = img.getHeight();
        img = Degradations.rotateQuarter(img, shot.quarters());
        quad = Arrays.stream(quad).map(q -> turn(q, shot.quarters(), w, h)).toArray(double[][]::new);
        if (shot.mirrored()) {
            img = PageImages.flipHorizontally(img);
            int mw = img.getWidth();
            quad = Arrays.stream(quad).map(q -> new double[] {mw - q[0], q[1]}).toArray(double[][]::new);
        }
        p.put("rotation", shot.rotation());
        p.put("photoRotation", Math.floorMod(shot.quarters(), 4) * 90);
        p.put("cardUpsideDown", shot.upsideDown());
        p.put("mirrored", shot.mirrored());
        p.put("cardQuad", Arrays.stream(quad).map(q -> List.of(tenth(q[0]), tenth(q[1]))).toList());
        return new Degrader.Degraded(img, p);
    }

    /** The card on a desk, carpet or cloth, 40–85 % of the frame's width, in a landscape or portrait frame. */
    private static Composed alone(IdCardTruth face, IdShot shot, int size, Random rnd, Map<String, Object> p) {
        int drawn = 1400 + rnd.nextInt(601);
        int longSide = size > 0 ? size : drawn;
        boolean landscape = rnd.nextInt(10) < 7;
        int w = landscape ? longSide : longSide * 3 / 4;
        int h = landscape ? longSide * 3 / 4 : longSide;
        Backgrounds.Background bg = Backgrounds.make(rnd, w, h);
        p.put("background", bg.surface().name());
        double share = 0.40 + rnd.nextDouble() * 0.45;
        double cardW = w * share;
        double cardH = cardW * IdCardRenderer.ASPECT;
        double cx = w / 2.0 + (rnd.nextDouble() - 0.5) * (w - cardW) * 0.5;
        double cy = h / 2.0 + (rnd.nextDouble() - 0.5) * Math.max(0, h - cardH * 1.3) * 0.5;
        double[][] screen = place(cardW, cardH, cx, cy, rnd, p);
        p.put("cardWidthShare", round(share));
        BufferedImage card = new IdCardRenderer().render(face, (int) Math.round(cardW * 1.05), rnd);
        return new Composed(warpCard(card, bg.image(), content(screen, shot.upsideDown())), screen);
    }

    /** Corners TL, TR, BR, BL of a card centred on (cx, cy): turned up to ±10°, each corner jittered for tilt. */
    static double[][] place(double cardW, double cardH, double cx, double cy, Random rnd, Map<String, Object> p) {
        double turn = rnd.nextDouble() * 20 - 10;
        double jitter = 0.06 * cardH;
        p.put("turnDegrees", round(turn));
        double a = Math.toRadians(turn);
        double[][] base = {{-cardW / 2, -cardH / 2}, {cardW / 2, -cardH / 2}, {cardW / 2, cardH / 2},
            {-cardW / 2, cardH / 2}};
        double[][] out = new double[4][];
        for (int i = 0; i < 4; i++) {
            double x = base[i][0] * Math.cos(a) - base[i][1] * Math.sin(a);
            double y = base[i][0] * Math.sin(a) + base[i][1] * Math.cos(a);
            out[i] = new double[] {cx + x + (rnd.nextDouble() - 0.5) * jitter, cy + y + (rnd.nextDouble() - 0.5) * jitter};
        }
        return out;
    }

    /** The printed corners (TL, TR, BR, BL) for a placement: swapped round when the card is upside down. */
    static double[][] content(double[][] screen, boolean upsideDown) {
        return upsideDown ? new double[][] {screen[2], screen[3], screen[0], screen[1]} : screen;
    }

    /** Warps the card onto {@code scene} with its rounded corners cut, the scene showing through them. */
    static BufferedImage warpCard(BufferedImage card, BufferedImage scene, double[][] corners) {
        BufferedImage base = Mats.bgr(scene);
        BufferedImage over = Degradations.warpOnto(card, base, corners);
        BufferedImage black = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage mask = Degradations.warpOnto(IdCardRenderer.mask(card.getWidth(), card.getHeight()), black,
                corners);
        byte[] s = ((DataBufferByte) base.getRaster().getDataBuffer()).getData();
        byte[] o = ((DataBufferByte) over.getRaster().getDataBuffer()).getData();
        byte[] m = ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] d = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < d.length; i++) {
            int a = m[i] & 0xff;
            d[i] = (byte) (((o[i] & 0xff) * a + (s[i] & 0xff) * (255 - a)) / 255);
        }
        return out;
    }

    /** Glare on the card sometimes, then uneven light, blur and sensor noise. */
    private static BufferedImage camera(BufferedImage img, double[][] quad, Random rnd, Map<String, Object> p) {
        boolean glare = rnd.nextInt(10) < 3;
        p.put("glare", glare);
        if (glare) {
            glare(img, quad, rnd);
        }
        double gradient = round(rnd.nextDouble() * 0.4);
        double angle = round(rnd.nextDouble() * 2 * Math.PI);
        double vignette = round(rnd.nextDouble() * 0.4);
        double shadow = rnd.nextInt(4) == 0 ? round(0.15 + rnd.nextDouble() * 0.25) : 0;
        p.put("lightGradient", gradient);
        p.put("lightAngle", angle);
        p.put("vignette", vignette);
        p.put("shadowDepth", shadow);
        img = Degradations.light(img, gradient, angle, vignette,
                shadow > 0 ? Degrader.shadowPolygon(img.getWidth(), img.getHeight(), rnd) : null, shadow);
        double sigma = round((0.4 + rnd.nextDouble() * 1.2) * img.getWidth() / 2000.0);
        p.put("blurSigma", sigma);
        img = Degradations.blur(img, sigma);
        double noise = round(2 + rnd.nextDouble() * 4);
        p.put("noiseSigma", noise);
        return Degradations.noise(img, noise, rnd);
    }

    /** A soft white spot where a lamp or the sky reflects in the card's laminate. */
    private static void glare(BufferedImage img, double[][] quad, Random rnd) {
        double u = 0.15 + rnd.nextDouble() * 0.7;
        double v = 0.15 + rnd.nextDouble() * 0.7;
        double x = (quad[0][0] * (1 - u) + quad[1][0] * u) * (1 - v) + (quad[3][0] * (1 - u) + quad[2][0] * u) * v;
        double y = (quad[0][1] * (1 - u) + quad[1][1] * u) * (1 - v) + (quad[3][1] * (1 - u) + quad[2][1] * u) * v;
        float r = (float) (Math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]) * (0.12 + rnd.nextDouble() * 0.2));
        int alpha = 150 + rnd.nextInt(90);
        Graphics2D g = img.createGraphics();
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), r, new float[] {0f, 0.5f, 1f},
                new Color[] {new Color(255, 255, 255, alpha), new Color(255, 255, 250, alpha / 3),
                    new Color(255, 255, 255, 0)}, MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fillOval((int) (x - r), (int) (y - r), (int) (2 * r), (int) (2 * r));
        g.dispose();
    }

    /** Where point {@code q} of a {@code w} × {@code h} image lands after {@link Degradations#rotateQuarter}. */
    static double[] turn(double[] q, int quarters, int w, int h) {
        return switch (Math.floorMod(quarters, 4)) {
            case 1 -> new double[] {h - q[1], q[0]};
            case 2 -> new double[] {w - q[0], h - q[1]};
            case 3 -> new double[] {q[1], w - q[0]};
            default -> q;
        };
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double tenth(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
