package io.qualify.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Single image degradations, each a pure function of its parameters (randomness only where a {@link Random}
 * is passed): quarter turns, skew, blur, JPEG re-encoding, perspective placement on a background, light
 * maps (gradient, vignette, shadow), sensor noise, downscaling. {@link Degrader} chains them.
 */
final class Degradations {

    private Degradations() {
    }

    /** Turns the image clockwise by {@code quarters} × 90°. */
    static BufferedImage rotateQuarter(BufferedImage in, int quarters) {
        int q = Math.floorMod(quarters, 4);
        boolean swap = q % 2 == 1;
        int w = swap ? in.getHeight() : in.getWidth();
        int h = swap ? in.getWidth() : in.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.translate(w / 2.0, h / 2.0);
        g.rotate(q * Math.PI / 2);
        g.translate(-in.getWidth() / 2.0, -in.getHeight() / 2.0);
        g.drawImage(in, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Rotates by {@code degrees} (clockwise) on a canvas grown to keep every corner, filled with {@code fill}. */
    static BufferedImage skew(BufferedImage in, double degrees, Color fill) {
        double a = Math.toRadians(degrees);
        int w = (int) Math.ceil(Math.abs(in.getWidth() * Math.cos(a)) + Math.abs(in.getHeight() * Math.sin(a)));
        int h = (int) Math.ceil(Math.abs(in.getWidth() * Math.sin(a)) + Math.abs(in.getHeight() * Math.cos(a)));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.setColor(fill);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(w / 2.0, h / 2.0);
        t.rotate(a);
        t.translate(-in.getWidth() / 2.0, -in.getHeight() / 2.0);
        g.drawImage(in, t, null);
        g.dispose();
        return out;
    }

    /** Gaussian blur with standard deviation {@code sigma} pixels (OpenCV). */
    static BufferedImage blur(BufferedImage in, double sigma) {
        Mat m = Mats.toMat(in);
        Imgproc.GaussianBlur(m, m, new Size(0, 0), sigma);
        return Mats.toImage(m);
    }

    /** Encodes as JPEG at {@code quality} (1..100) and decodes again, keeping the artefacts. */
    static BufferedImage jpeg(BufferedImage in, int quality) {
        try {
            byte[] bytes = ImageFiles.jpegBytes(Mats.bgr(in), quality);
            return Mats.bgr(ImageIO.read(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Warps {@code doc} so its corners land on {@code corners} (TL, TR, BR, BL) over {@code background}. */
    static BufferedImage warpOnto(BufferedImage doc, BufferedImage background, double[][] corners) {
        Mat src = Mats.toMat(doc);
        Mat dst = Mats.toMat(background);
        MatOfPoint2f from = new MatOfPoint2f(new Point(0, 0), new Point(doc.getWidth(), 0),
                new Point(doc.getWidth(), doc.getHeight()), new Point(0, doc.getHeight()));
        MatOfPoint2f to = new MatOfPoint2f(new Point(corners[0][0], corners[0][1]),
                new Point(corners[1][0], corners[1][1]), new Point(corners[2][0], corners[2][1]),
                new Point(corners[3][0], corners[3][1]));
        Mat m = Imgproc.getPerspectiveTransform(from, to);
        Imgproc.warpPerspective(src, dst, m, dst.size(), Imgproc.INTER_LINEAR, org.opencv.core.Core.BORDER_TRANSPARENT);
        return Mats.toImage(dst);
    }

    /**
     * Multiplies the image by a smooth light map: a linear gradient of {@code gradient} strength at
     * {@code angle} radians, a vignette of {@code vignette} strength, and an optional soft shadow polygon
     * darkening by {@code shadowDepth} (0 = none).
     */
    static BufferedImage light(BufferedImage in, double gradient, double angle, double vignette, Polygon shadow,
            double shadowDepth) {
        int lw = Math.max(8, in.getWidth() / 16);
        int lh = Math.max(8, in.getHeight() / 16);
        BufferedImage small = lightMap(lw, lh, gradient, angle, vignette);
        if (shadow != null && shadowDepth > 0) {
            Graphics2D g = small.createGraphics();
            g.scale(lw / (double) in.getWidth(), lh / (double) in.getHeight());
            g.setColor(new Color(0, 0, 0, (int) (255 * shadowDepth)));
            g.fill(shadow);
            g.dispose();
        }
        BufferedImage map = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = map.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(small, 0, 0, in.getWidth(), in.getHeight(), null);
        g.dispose();
        return multiply(Mats.bgr(in), ((DataBufferByte) map.getRaster().getDataBuffer()).getData());
    }

    private static BufferedImage lightMap(int w, int h, double gradient, double angle, double vignette) {
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double nx = x / (double) w - 0.5;
                double ny = y / (double) h - 0.5;
                double v = 1 - gradient * (0.5 + nx * cos + ny * sin) - vignette * (nx * nx + ny * ny) * 2;
                small.getRaster().setSample(x, y, 0, (int) Math.round(255 * Math.max(0.05, Math.min(1, v))));
            }
        }
        return small;
    }

    private static BufferedImage multiply(BufferedImage bgr, byte[] map) {
        BufferedImage out = new BufferedImage(bgr.getWidth(), bgr.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] src = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < src.length; i++) {
            dst[i] = (byte) ((src[i] & 0xff) * (map[i / 3] & 0xff) / 255);
        }
        return out;
    }

    /** Adds Gaussian sensor noise of {@code sigma} grey levels (one value per pixel, all channels). */
    static BufferedImage noise(BufferedImage in, double sigma, Random rnd) {
        BufferedImage bgr = Mats.bgr(in);
        BufferedImage out = new BufferedImage(bgr.getWidth(), bgr.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] src = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < src.length; i += 3) {
            int n = (int) Math.round(rnd.nextGaussian() * sigma);
            for (int c = 0; c < 3; c++) {
                dst[i + c] = (byte) Math.max(0, Math.min(255, (src[i + c] & 0xff) + n));
            }
        }
        return out;
    }

    /** Scales to {@code width} pixels wide, keeping proportions (area averaging via OpenCV). */
    static BufferedImage downscale(BufferedImage in, int width) {
        if (width >= in.getWidth()) {
            return in;
        }
        int height = Math.max(1, (int) Math.round(in.getHeight() * width / (double) in.getWidth()));
        Mat m = Mats.toMat(in);
        Mat out = new Mat();
        Imgproc.resize(m, out, new Size(width, height), 0, 0, Imgproc.INTER_AREA);
        return Mats.toImage(out);
    }
}
