package io.qualify.vision;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Tells red ink from everything else on a colour page. The page is first white-balanced on its own
 * paper (each channel scaled so the paper's colour becomes white), so a phone photo's warm or cold cast
 * does not tint the whole page red. Then two cuts: {@link #saturated} keeps clearly saturated red (hue at
 * either end of the circle, saturated, not black), and {@link #mask} keeps red-ness (red's lead over
 * green and blue) above the page's own colour noise, relative to the reddest ink nearby and joined by a
 * two-threshold (hysteresis) run to clearly red ink, so pale pink, blotchy or faded ink on greyish or
 * warm paper is kept while noise specks are not. The shape tests after it ({@link RingEvidence}) carry
 * the burden of proof. {@code RedInk.saturated(bgr)}, {@code RedInk.mask(bgr)}.
 */
final class RedInk {

    /** Hue (OpenCV's 0–180 scale) at or below which a saturated pixel is red (orange-red included)... */
    private static final int RED_LOW_END = 11;
    /** ...and at or above which it is (crimson and pinkish red included). */
    private static final int RED_HIGH_END = 155;
    /** Saturation at which a pixel is clearly red ink; grey text edges and JPEG noise stay below. */
    private static final int MIN_SATURATION = 60;
    /** Brightness under which a pixel is black ink whatever its tint. */
    private static final int MIN_VALUE = 70;
    /** Red-ness (red's lead over green and blue, 0–255) a pixel needs at the least to be weak ink... */
    private static final int MIN_WEAK = 10;
    /** ...and to be strong ink, which a weak pixel's connected run of ink must reach somewhere. */
    private static final int MIN_STRONG = 20;
    /** Weak and strong thresholds as multiples of the page's own colour noise (JPEG, sensor grain). */
    private static final double WEAK_NOISE = 4;
    private static final double STRONG_NOISE = 8;
    /** Ink counts where it reaches this share of the reddest ink within PEAK_SHARE of the image's side. */
    private static final double PEAK_RATIO = 0.45;
    private static final double PEAK_SHARE = 1.0 / 50;
    /** The median absolute difference of two independent normal values, in their standard deviations. */
    private static final double MEDIAN_PER_DEVIATION = 0.95;
    /**
     * Red ink's hue: green may exceed blue by at most this share of the red lead (orange and gold
     * lie beyond)...
     */
    private static final double MAX_GREEN_TILT = 0.4;
    /** ...and blue may exceed green by at most this share (crimson and pink within, violet beyond). */
    private static final double MAX_BLUE_TILT = 0.85;
    /** Most of a page is paper: this percentile of each channel is taken as the paper's colour. */
    private static final double PAPER_PERCENTILE = 0.85;
    /** A page whose paper is darker than this in some channel is not balanced (it has no clear paper). */
    private static final int MIN_PAPER = 80;

    private RedInk() {
    }

    /**
     * 255 where the BGR page shows red ink, 0 elsewhere: a two-threshold (hysteresis) cut of the red-ness,
     * both thresholds above the page's own colour noise. Pale or blotchy ink whose run of pixels reaches
     * clearly red ink somewhere is kept whole; noise specks that never do are dropped.
     */
    static Mat mask(Mat bgr) {
        Mat balanced = balanced(bgr);
        byte[] pixels = new byte[(int) balanced.total() * 3];
        balanced.get(0, 0, pixels);
        int[] red = redHue(pixels);
        double noise = noise(red, balanced.cols());
        int weak = (int) Math.max(MIN_WEAK, WEAK_NOISE * noise);
        int strong = (int) Math.max(MIN_STRONG, STRONG_NOISE * noise);
        int[] floor = localFloor(red, balanced.cols(), balanced.rows(), weak);
        Mat out = hysteresis(red, floor, balanced.cols(), balanced.rows(), strong);
        balanced.release();
        return out;
    }

    /**
     * 255 where the BGR page shows clearly saturated red, cut by hue, saturation and brightness: deep
     * ink's strokes at the width the seal's outline fit and the seal reader are tuned to, but no pale ink.
     */
    static Mat saturated(Mat bgr) {
        Mat balanced = balanced(bgr);
        Mat hsv = new Mat();
        Mat low = new Mat();
        Mat high = new Mat();
        Imgproc.cvtColor(balanced, hsv, Imgproc.COLOR_BGR2HSV);
        Core.inRange(hsv, new Scalar(0, MIN_SATURATION, MIN_VALUE), new Scalar(RED_LOW_END, 255, 255), low);
        Core.inRange(hsv, new Scalar(RED_HIGH_END, MIN_SATURATION, MIN_VALUE), new Scalar(180, 255, 255), high);
        Core.bitwise_or(low, high, low);
        balanced.release();
        hsv.release();
        high.release();
        return low;
    }

    /**
     * Per pixel, the red-ness it needs to count as ink: a share of the reddest ink nearby, and never
     * under {@code weak}. Deep ink's blurred, anti-aliased rim thus stays out (its strokes keep their
     * width and a seal's inside is not filled by them), while pale ink, whose reddest is faint, is cut low.
     */
    private static int[] localFloor(int[] red, int width, int height, int weak) {
        byte[] clipped = new byte[red.length];
        for (int i = 0; i < red.length; i++) {
            clipped[i] = (byte) Math.max(0, Math.min(255, red[i]));
        }
        Mat peak = new Mat(height, width, CvType.CV_8UC1);
        peak.put(0, 0, clipped);
        int k = Math.max(3, (int) (Math.max(width, height) * PEAK_SHARE) | 1);
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(k, k));
        Imgproc.dilate(peak, peak, kernel);
        peak.get(0, 0, clipped);
        peak.release();
        kernel.release();
        int[] floor = new int[red.length];
        for (int i = 0; i < red.length; i++) {
            floor[i] = Math.max(weak, (int) (PEAK_RATIO * (clipped[i] & 0xFF)));
        }
        return floor;
    }

    /** Per pixel of the balanced BGR bytes, red's lead over the stronger of green and blue when the hue is red, else 0. */
    private static int[] redHue(byte[] bgr) {
        int[] red = new int[bgr.length / 3];
        for (int i = 0; i < red.length; i++) {
            int b = bgr[3 * i] & 0xFF;
            int g = bgr[3 * i + 1] & 0xFF;
            int r = bgr[3 * i + 2] & 0xFF;
            int span = r - Math.min(g, b);
            boolean redHue = g - b <= MAX_GREEN_TILT * span && b - g <= MAX_BLUE_TILT * span;
            red[i] = redHue ? r - Math.max(g, b) : Math.min(0, r - Math.max(g, b));
        }
        return red;
    }

    /**
     * The page's red-ness noise, about one standard deviation: the median difference between
     * neighbouring pixels. Paper, print and any background are smooth at that scale but for their
     * grain; edges are too few to move the median, and no colour filling much of the image can.
     */
    private static double noise(int[] red, int width) {
        int[] counts = new int[511];
        long total = 0;
        for (int i = 1; i < red.length; i++) {
            if (i % width != 0) {
                counts[Math.abs(red[i] - red[i - 1])]++;
                total++;
            }
        }
        return level(counts, total, 0.5) / MEDIAN_PER_DEVIATION;
    }

    private static int level(int[] counts, long total, double share) {
        long seen = 0;
        for (int v = 0; v < counts.length; v++) {
            seen += counts[v];
            if (seen > total * share) {
                return v;
            }
        }
        return counts.length - 1;
    }

    /** The pixels at or over their floor whose 8-connected run holds at least one strong pixel. */
    private static Mat hysteresis(int[] red, int[] floor, int width, int height, int strong) {
        byte[] cut = new byte[red.length];
        for (int i = 0; i < red.length; i++) {
            cut[i] = red[i] >= floor[i] ? (byte) 255 : 0;
        }
        Mat weakMask = new Mat(height, width, CvType.CV_8UC1);
        weakMask.put(0, 0, cut);
        Mat labels = new Mat();
        int n = Imgproc.connectedComponents(weakMask, labels, 8, CvType.CV_32S);
        int[] label = new int[red.length];
        labels.get(0, 0, label);
        labels.release();
        boolean[] anchored = new boolean[n];
        for (int i = 0; i < red.length; i++) {
            anchored[label[i]] |= red[i] >= strong;
        }
        for (int i = 0; i < red.length; i++) {
            cut[i] = label[i] != 0 && anchored[label[i]] ? (byte) 255 : 0;
        }
        weakMask.put(0, 0, cut);
        return weakMask;
    }

    /**
     * How red each pixel is, 0–255, on the balanced page: the red channel's lead over the stronger of
     * green and blue. Black text and paper both score about 0, so the seal's own strokes stand alone.
     */
    static Mat redness(Mat bgr) {
        Mat balanced = balanced(bgr);
        List<Mat> channels = new ArrayList<>();
        Core.split(balanced, channels);
        balanced.release();
        Mat other = new Mat();
        Mat lead = new Mat();
        Core.max(channels.get(0), channels.get(1), other);
        Core.subtract(channels.get(2), other, lead);
        channels.forEach(Mat::release);
        other.release();
        return lead;
    }

    /** The page with each channel scaled so that its paper is white. */
    static Mat balanced(Mat bgr) {
        List<Mat> channels = new ArrayList<>();
        Core.split(bgr, channels);
        double[] paper = new double[3];
        for (int c = 0; c < 3; c++) {
            paper[c] = OpenCv.percentile(channels.get(c), PAPER_PERCENTILE);
        }
        Mat out = new Mat();
        if (Math.min(paper[0], Math.min(paper[1], paper[2])) < MIN_PAPER) {
            channels.forEach(Mat::release);
            bgr.copyTo(out);
            return out;
        }
        for (int c = 0; c < 3; c++) {
            channels.get(c).convertTo(channels.get(c), -1, 255.0 / paper[c], 0);
        }
        Core.merge(channels, out);
        channels.forEach(Mat::release);
        return out;
    }
}
