package io.qualify.synth;

import java.awt.Color;
import java.awt.Polygon;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes a clean rendered page look scanned, photographed or downloaded, recording every parameter it drew
 * so an evaluation can relate failures to conditions. {@code new Degrader().apply(page, DegradationLevel.PHOTO,
 * rnd)} returns the image and a map of parameters. Quarter-turn rotation (content turned clockwise by 90, 180
 * or 270) happens with the probability given to the constructor, off by default.
 */
public final class Degrader {

    /** A degraded image and the parameters that made it, in the order applied. */
    public record Degraded(BufferedImage image, Map<String, Object> parameters) {
    }

    private static final int MAX_WIDTH = 4000;
    private final double rotationProbability;

    public Degrader() {
        this(0);
    }

    /** @param rotationProbability chance (0..1) that the result is turned by a random quarter turn */
    public Degrader(double rotationProbability) {
        this.rotationProbability = rotationProbability;
    }

    public Degraded apply(BufferedImage page, DegradationLevel level, Random rnd) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("level", level.name());
        BufferedImage img = switch (level) {
            case NONE -> Mats.bgr(page);
            case SCAN -> scan(page, rnd, p);
            case PHOTO -> photo(page, rnd, p);
            case LOWRES -> lowres(page, rnd, p);
        };
        int quarters = rnd.nextDouble() < rotationProbability ? 1 + rnd.nextInt(3) : 0;
        p.put("rotation", quarters * 90);
        return new Degraded(Degradations.rotateQuarter(img, quarters), p);
    }

    private BufferedImage scan(BufferedImage page, Random rnd, Map<String, Object> p) {
        double scale = page.getWidth() / 2000.0;
        double skew = rnd.nextInt(10) < 7 ? round(rnd.nextDouble() * 6 - 3) : 0;
        p.put("skewDegrees", skew);
        BufferedImage img = skew == 0 ? Mats.bgr(page) : Degradations.skew(page, skew, new Color(246, 246, 244));
        img = light(img, rnd, p, 0.12, 0.15, false);
        img = blur(img, round((0.3 + rnd.nextDouble() * 0.9) * scale), p);
        img = noise(img, round(2 + rnd.nextDouble() * 4), rnd, p);
        return jpeg(img, 60 + rnd.nextInt(31), p);
    }

    private BufferedImage photo(BufferedImage page, Random rnd, Map<String, Object> p) {
        double f = 1.12 + rnd.nextDouble() * 0.25;
        int w = (int) (page.getWidth() * f);
        int h = (int) (page.getHeight() * f);
        Backgrounds.Background bg = Backgrounds.make(rnd, w, h);
        p.put("background", bg.surface().name());
        double[][] corners = corners(page.getWidth(), page.getHeight(), w, h, rnd);
        p.put("corners", toList(corners));
        BufferedImage img = Degradations.warpOnto(page, bg.image(), corners);
        img = light(img, rnd, p, 0.45, 0.5, rnd.nextBoolean());
        img = blur(img, round((0.5 + rnd.nextDouble() * 1.5) * w / 2000.0), p);
        img = noise(img, round(3 + rnd.nextDouble() * 7), rnd, p);
        if (img.getWidth() > MAX_WIDTH) {
            img = Degradations.downscale(img, MAX_WIDTH);
            p.put("downscaleWidth", MAX_WIDTH);
        }
        return jpeg(img, 50 + rnd.nextInt(41), p);
    }

    private BufferedImage lowres(BufferedImage page, Random rnd, Map<String, Object> p) {
        int width = 800 + rnd.nextInt(201);
        p.put("downscaleWidth", width);
        BufferedImage img = Degradations.downscale(Mats.bgr(page), width);
        if (rnd.nextBoolean()) {
            img = blur(img, round(0.3 + rnd.nextDouble() * 0.4), p);
        }
        return jpeg(img, 40 + rnd.nextInt(31), p);
    }

    /** Document corners (TL, TR, BR, BL) inside a w × h canvas: centred with offset, turn and perspective jitter. */
    static double[][] corners(int docW, int docH, int w, int h, Random rnd) {
        double turn = Math.toRadians(rnd.nextDouble() * 8 - 4);
        double cx = w / 2.0 + (rnd.nextDouble() - 0.5) * (w - docW) * 0.5;
        double cy = h / 2.0 + (rnd.nextDouble() - 0.5) * (h - docH) * 0.5;
        double[][] base = {{-docW / 2.0, -docH / 2.0}, {docW / 2.0, -docH / 2.0}, {docW / 2.0, docH / 2.0},
            {-docW / 2.0, docH / 2.0}};
        double[][] out = new double[4][2];
        double jitter = 0.05 * Math.min(docW, docH);
        for (int i = 0; i < 4; i++) {
            double x = base[i][0] * Math.cos(turn) - base[i][1] * Math.sin(turn);
            double y = base[i][0] * Math.sin(turn) + base[i][1] * Math.cos(turn);
            out[i][0] = round(cx + x * 0.92 + (rnd.nextDouble() - 0.5) * jitter);
            out[i][1] = round(cy + y * 0.92 + (rnd.nextDouble() - 0.5) * jitter);
        }
        return out;
    }

    private static BufferedImage light(BufferedImage img, Random rnd, Map<String, Object> p, double maxGradient,
            double maxVignette, boolean shadow) {
        double gradient = round(rnd.nextDouble() * maxGradient);
        double angle = round(rnd.nextDouble() * 2 * Math.PI);
        double vignette = round(rnd.nextDouble() * maxVignette);
        p.put("lightGradient", gradient);
        p.put("lightAngle", angle);
        p.put("vignette", vignette);
        Polygon poly = shadow ? shadowPolygon(img.getWidth(), img.getHeight(), rnd) : null;
        double depth = shadow ? round(0.15 + rnd.nextDouble() * 0.3) : 0;
        p.put("shadowDepth", depth);
        return Degradations.light(img, gradient, angle, vignette, poly, depth);
    }

    /** A hand- or phone-shaped dark area entering from one edge. */
    static Polygon shadowPolygon(int w, int h, Random rnd) {
        int x0 = rnd.nextInt(w);
        int reach = (int) (h * (0.2 + rnd.nextDouble() * 0.4));
        int width = (int) (w * (0.15 + rnd.nextDouble() * 0.3));
        return new Polygon(new int[] {x0, x0 + width, x0 + width * 2 / 3, x0 - width / 3},
                new int[] {h, h, h - reach, h - reach * 4 / 5}, 4);
    }

    private static BufferedImage blur(BufferedImage img, double sigma, Map<String, Object> p) {
        p.put("blurSigma", sigma);
        return sigma <= 0 ? img : Degradations.blur(img, sigma);
    }

    private static BufferedImage noise(BufferedImage img, double sigma, Random rnd, Map<String, Object> p) {
        p.put("noiseSigma", sigma);
        return Degradations.noise(img, sigma, rnd);
    }

    private static BufferedImage jpeg(BufferedImage img, int quality, Map<String, Object> p) {
        p.put("jpegQuality", quality);
        return Degradations.jpeg(img, quality);
    }

    private static List<List<Double>> toList(double[][] corners) {
        return java.util.Arrays.stream(corners).map(c -> List.of(c[0], c[1])).toList();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
