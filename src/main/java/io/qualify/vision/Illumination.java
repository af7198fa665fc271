package io.qualify.vision;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Evens out the light on a photographed or scanned page: each pixel is divided by the paper's own
 * brightness around it, estimated as the median of a window far wider than any text stroke. A
 * shadow, a vignette or a lamp's gradient then no longer pushes the text on one side of the page
 * under a single global threshold, while text and paper keep their contrast. {@code flatten(grey)}.
 */
public final class Illumination {

    /** The image side the background is estimated at: fast, and wide windows stay cheap. */
    private static final int ESTIMATE_SIDE = 400;
    /** Median window at that side, about 1/27 of the page: wider than body text, narrower than a shadow's edge. */
    private static final int WINDOW = 15;

    /** The paper's brightness: this percentile of the background estimate (most of a page is paper). */
    private static final double PAPER_PERCENTILE = 0.9;
    /** A background darker than this share of the paper's is the surface the page lies on, not paper. */
    private static final double NOT_PAPER = 0.45;

    private Illumination() {
    }

    /**
     * The flattened page ({@link #flatten}, paper at 255) with everything at least {@code share} of
     * the paper's brightness taken for paper, the rest stretched to keep its contrast. A watermark
     * printed or laid over a copy (仅限认证使用, SAIC) is a light grey a little under the paper's; where
     * it crosses a line of text the detector takes the two for one region and loses the line. Print,
     * however thin, is far darker.
     */
    public static BufferedImage paperWhite(BufferedImage flat, double share) {
        byte[] curve = new byte[256];
        for (int v = 0; v < 256; v++) {
            curve[v] = (byte) Math.min(255, (int) Math.round(v / share));
        }
        BufferedImage out = new BufferedImage(flat.getWidth(), flat.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster in = flat.getRaster();
        WritableRaster to = out.getRaster();
        int[] row = new int[flat.getWidth()];
        for (int y = 0; y < flat.getHeight(); y++) {
            in.getSamples(0, y, row.length, 1, 0, row);
            for (int x = 0; x < row.length; x++) {
                row[x] = curve[row[x]] & 0xFF;
            }
            to.setSamples(0, y, row.length, 1, 0, row);
        }
        return out;
    }

    public static BufferedImage flatten(BufferedImage grey) {
        if ((double) Math.min(grey.getWidth(), grey.getHeight()) * ESTIMATE_SIDE
                / Math.max(grey.getWidth(), grey.getHeight()) < WINDOW) {
            return grey; // a sliver of an image: no background to estimate at that scale
        }
        Mat page = OpenCv.grey(grey);
        Mat background = new Mat();
        Mat flat = new Mat();
        try {
            double factor = Math.min(1.0, (double) ESTIMATE_SIDE / Math.max(page.cols(), page.rows()));
            Imgproc.resize(page, background, new Size(), factor, factor, Imgproc.INTER_AREA);
            Imgproc.medianBlur(background, background, WINDOW);
            double paper = OpenCv.percentile(background, PAPER_PERCENTILE);
            Imgproc.resize(background, background, page.size(), 0, 0, Imgproc.INTER_LINEAR);
            Core.max(background, new Scalar(1), background);
            Core.divide(page, background, flat, 255.0);
            // What is far darker than the paper is not paper (a desk, a carpet around a photographed
            // page): left as it was, division would turn its grain into high-contrast "text".
            Mat notPaper = new Mat();
            Core.compare(background, new Scalar(paper * NOT_PAPER), notPaper, Core.CMP_LT);
            flat.setTo(new Scalar(255), notPaper);
            notPaper.release();
            return OpenCv.toGrey(flat);
        } finally {
            page.release();
            background.release();
            flat.release();
        }
    }
}
