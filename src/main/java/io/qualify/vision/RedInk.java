package io.qualify.vision;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Tells red ink from everything else on a colour page. The page is first white-balanced on its own
 * paper (each channel scaled so the paper's colour becomes white), so a phone photo's warm or cold cast
 * does not tint the whole page red; then a pixel is red ink when its hue lies at either end of the hue
 * circle (red wraps round 0°), it is saturated enough to be ink rather than grey anti-aliasing, and bright
 * enough not to be black text. Pale pink ink passes: the saturation bar is low, and the shape tests
 * after it ({@link RingEvidence}) carry the burden of proof. {@code RedInk.mask(bgr)}.
 */
final class RedInk {

    /** Hue (OpenCV's 0–180 scale) at or below which a pixel is red (orange-red included)... */
    private static final int RED_LOW_END = 11;
    /** ...and at or above which it is (crimson and pinkish red included). */
    private static final int RED_HIGH_END = 155;
    /** Saturation a pale seal still reaches; grey text edges and JPEG noise stay below. */
    private static final int MIN_SATURATION = 60;
    /** Brightness under which a pixel is black ink whatever its tint. */
    private static final int MIN_VALUE = 70;
    /** Most of a page is paper: this percentile of each channel is taken as the paper's colour. */
    private static final double PAPER_PERCENTILE = 0.85;
    /** A page whose paper is darker than this in some channel is not balanced (it has no clear paper). */
    private static final int MIN_PAPER = 80;

    private RedInk() {
    }

    /** 255 where the BGR page shows red ink, 0 elsewhere. */
    static Mat mask(Mat bgr) {
        Mat balanced = balanced(bgr);
        Mat hsv = new Mat();
        Mat low = new Mat();
        Mat high = new Mat();
        try {
            Imgproc.cvtColor(balanced, hsv, Imgproc.COLOR_BGR2HSV);
            Core.inRange(hsv, new Scalar(0, MIN_SATURATION, MIN_VALUE), new Scalar(RED_LOW_END, 255, 255), low);
            Core.inRange(hsv, new Scalar(RED_HIGH_END, MIN_SATURATION, MIN_VALUE), new Scalar(180, 255, 255), high);
            Core.bitwise_or(low, high, low);
            return low.clone();
        } finally {
            balanced.release();
            hsv.release();
            low.release();
            high.release();
        }
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
            paper[c] = percentile(channels.get(c), PAPER_PERCENTILE);
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

    /** The grey level this share of the single-channel image's pixels lies at or below. */
    static double percentile(Mat channel, double share) {
        byte[] pixels = new byte[(int) channel.total()];
        channel.get(0, 0, pixels);
        int[] counts = new int[256];
        for (byte b : pixels) {
            counts[b & 0xFF]++;
        }
        long wanted = (long) (pixels.length * share);
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += counts[v];
            if (seen > wanted) {
                return v;
            }
        }
        return 255;
    }
}
