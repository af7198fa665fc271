package io.qualify.vision;

import io.qualify.document.Box;
import java.awt.image.BufferedImage;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Turns a seal into images the OCR engine can read: the seal's red ink alone, dark on white (black
 * text printed over the seal falls away, being no redder than paper), scaled so the seal has a radius of
 * {@value #RADIUS} px and made round (an oval is stretched to a circle); then its rim unwrapped (polar
 * warp) into a horizontal strip, outside up, running clockwise, so the arc's characters stand upright in
 * a row; and the middle band under the centre, where a straight line sits.
 * {@code SealStrip.of(page, seal.box())}, then {@link #arcText()}, {@link #arc(double, double)} or
 * {@link #middle()}, and {@link #release()} when done.
 */
public final class SealStrip {

    static final int RADIUS = 220;
    /** Where the text band starts and ends, as shares of the radius (inside the ring, outside a star). */
    private static final double TEXT_INNER = 0.48;
    private static final double RING_SEARCH = 0.75;
    /**
     * Full ink is the redness (red over the stronger of green and blue, 0–255) this share of the seal's
     * box stays under: the seal's own strokes, whether its ink is strong or faint...
     */
    private static final double FULL_INK_PERCENTILE = 0.96;
    /** ...but never below this, lest the paper's noise be stretched into ink. */
    private static final double MIN_FULL_INK = 30;
    /** 6 o'clock, in degrees clockwise from 3 o'clock: where the rim text has its gap. */
    private static final double BOTTOM = 90;
    /** The widest break inside a seal's name, in heights of the text band: a character slot and more. */
    private static final double BREAK = 1.3;
    private static final int MARGIN = 16;

    private final Mat ink;

    private SealStrip(Mat ink) {
        this.ink = ink;
    }

    /** The seal in {@code box} on {@code page}, as ink dark on white, round, at the working radius. */
    public static SealStrip of(BufferedImage page, Box box) {
        int pad = Math.max(box.width(), box.height()) / 20 + 2;
        Mat crop = paddedCrop(page, box, pad);
        Mat square = new Mat();
        try {
            Mat redness = RedInk.redness(crop);
            double sx = (2.0 * RADIUS) / box.width();
            double sy = (2.0 * RADIUS) / box.height();
            Imgproc.resize(redness, square, new Size(), sx, sy, Imgproc.INTER_AREA);
            redness.release();
            // Ink dark on white: full redness is black, none is paper.
            double full = Math.max(MIN_FULL_INK, OpenCv.percentile(square, FULL_INK_PERCENTILE));
            square.convertTo(square, -1, -255.0 / full, 255);
            return new SealStrip(square.clone());
        } finally {
            crop.release();
            square.release();
        }
    }

    /**
     * The box's region of the page, {@code pad} px wider each side, white where it leaves the page. Only
     * that region is converted: a page can be tens of megapixels, a seal is a small part of it.
     */
    private static Mat paddedCrop(BufferedImage page, Box box, int pad) {
        Mat out = new Mat(box.height() + 2 * pad, box.width() + 2 * pad, CvType.CV_8UC3, new Scalar(255, 255, 255));
        int x0 = Math.max(0, box.x() - pad);
        int y0 = Math.max(0, box.y() - pad);
        int x1 = Math.min(page.getWidth(), box.right() + pad);
        int y1 = Math.min(page.getHeight(), box.bottom() + pad);
        if (x1 > x0 && y1 > y0) {
            Mat from = CardImages.bgr(page.getSubimage(x0, y0, x1 - x0, y1 - y0));
            from.copyTo(out.submat(new Rect(x0 - (box.x() - pad), y0 - (box.y() - pad), x1 - x0, y1 - y0)));
            from.release();
        }
        return out;
    }

    private Point centre() {
        return new Point(ink.cols() / 2.0, ink.rows() / 2.0);
    }

    /** The rim unwrapped as {@link #arc(double)} does, over {@code spanDegrees} from the start only. */
    public BufferedImage arc(double startDegrees, double spanDegrees) {
        BufferedImage whole = arc(startDegrees);
        int width = (int) Math.min(whole.getWidth(), Math.round(whole.getWidth() * spanDegrees / 360));
        return whole.getSubimage(0, 0, width, whole.getHeight());
    }

    /**
     * The rim unwrapped: x runs clockwise round the seal starting {@code startDegrees} clockwise from
     * 3 o'clock, y runs from just inside the ring (top) in to the text band's inner edge. Characters
     * whose tops point outward, as on a seal's upper arc, stand upright.
     */
    public BufferedImage arc(double startDegrees) {
        int angles = (int) Math.round(2 * Math.PI * RADIUS * 0.72);
        Mat polar = new Mat();
        Mat inverse = new Mat();
        Core.bitwise_not(ink, inverse);
        // warpPolar: a row per angle (clockwise on screen from 3 o'clock), a column per radius
        Imgproc.warpPolar(inverse, polar, new Size(RADIUS, angles), centre(), RADIUS, Imgproc.INTER_LINEAR + Imgproc.WARP_POLAR_LINEAR);
        inverse.release();
        int ringInner = ringInner(polar);
        int first = (int) Math.round(Math.floorMod((int) Math.round(startDegrees), 360) / 360.0 * angles) % angles;
        Mat turned = new Mat();
        if (first == 0) {
            polar.copyTo(turned);
        } else {
            Core.vconcat(List.of(polar.rowRange(first, angles), polar.rowRange(0, first)), turned);
        }
        polar.release();
        Mat band = turned.colRange((int) (TEXT_INNER * RADIUS), ringInner).clone();
        turned.release();
        Mat strip = new Mat();
        Core.transpose(band, strip);
        Core.flip(strip, strip, 0);
        Core.bitwise_not(strip, strip);
        band.release();
        return withMargin(strip);
    }

    /** The column (radius) where the ring's ink gives way to the text inside it. */
    private static int ringInner(Mat polar) {
        Mat profile = new Mat();
        Core.reduce(polar, profile, 0, Core.REDUCE_AVG, CvType.CV_32F);
        float[] ink = new float[polar.cols()];
        profile.get(0, 0, ink);
        profile.release();
        int peak = (int) (RING_SEARCH * RADIUS);
        for (int r = peak; r < ink.length; r++) {
            peak = ink[r] > ink[peak] ? r : peak;
        }
        int inner = peak;
        while (inner > RING_SEARCH * RADIUS && ink[inner - 1] > ink[peak] / 3) {
            inner--;
        }
        return Math.max((int) (RING_SEARCH * RADIUS), inner - RADIUS / 50);
    }

    /**
     * The rim's text alone: on a strip starting at 6 o'clock, the stretch of ink round 12 o'clock (where
     * a seal's name is centred) grown both ways while the breaks are narrower than a character slot;
     * a serial number or a line along the bottom lies beyond a wider break and is left out. The top
     * 240° when no ink sits near 12 o'clock.
     */
    public BufferedImage arcText() {
        BufferedImage strip = arc(BOTTOM);
        int[] ink = columnInk(strip);
        int centre = ink.length / 2;
        int reach = (int) (BREAK * (strip.getHeight() - 2 * MARGIN));
        int left = grown(ink, centre, -1, reach);
        int right = grown(ink, centre, 1, reach);
        if (right <= left) {
            return arc(BOTTOM + 60, 240);
        }
        int from = Math.max(0, left - reach / 3);
        int to = Math.min(strip.getWidth(), right + reach / 3);
        return strip.getSubimage(from, 0, to - from, strip.getHeight());
    }

    /** The last inked column reached from {@code start} stepping by {@code dir} over breaks shorter than {@code reach}. */
    private static int grown(int[] ink, int start, int dir, int reach) {
        int last = -1;
        int x = start;
        int blank = 0;
        while (x >= 0 && x < ink.length && blank < reach) {
            if (ink[x] > 0) {
                last = x;
                blank = 0;
            } else {
                blank++;
            }
            x += dir;
        }
        return last < 0 ? (dir < 0 ? ink.length : -1) : last;
    }

    /** Per column of a strip, how many of its pixels are ink (dark), ignoring specks of a pixel or two. */
    private static int[] columnInk(BufferedImage strip) {
        int[] ink = new int[strip.getWidth()];
        for (int x = 0; x < ink.length; x++) {
            for (int y = 0; y < strip.getHeight(); y++) {
                ink[x] += strip.getRaster().getSample(x, y, 0) < 100 ? 1 : 0;
            }
            ink[x] = ink[x] <= 3 ? 0 : ink[x];
        }
        return ink;
    }

    /** The band under the centre where a seal's straight line (销售总公司, 合同专用章) sits, ink dark on white. */
    public BufferedImage middle() {
        Point c = centre();
        int x0 = (int) (c.x - 0.65 * RADIUS);
        int y0 = (int) (c.y + 0.18 * RADIUS);
        Mat band = ink.submat(new Rect(x0, y0, (int) (1.3 * RADIUS), (int) (0.5 * RADIUS))).clone();
        return withMargin(band);
    }

    private static BufferedImage withMargin(Mat mat) {
        Mat out = new Mat();
        Core.copyMakeBorder(mat, out, MARGIN, MARGIN, MARGIN, MARGIN, Core.BORDER_CONSTANT, new Scalar(255));
        mat.release();
        BufferedImage image = OpenCv.toGrey(out);
        out.release();
        return image;
    }

    public void release() {
        ink.release();
    }
}
