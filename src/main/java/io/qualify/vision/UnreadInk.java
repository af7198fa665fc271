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
 * Whether a stretch of a page holds print that no reading accounts for: dark marks, joined along the
 * row into runs, that are as tall as the page's text and at least two characters long, outside every
 * line that was read. Tells a part of a form left blank (nothing there) from one not read (written,
 * but under a seal, in a shadow, blurred), so only a part that is positively blank is refused.
 * {@code UnreadInk.holdsText(grey, zone, readBoxes, lineHeight)} on a grey image with the red ink
 * taken out, so the seal itself is not print.
 */
public final class UnreadInk {

    /** How much darker than its surroundings a pixel must be to count as ink (grey levels). */
    private static final double CONTRAST = 40;

    private UnreadInk() {
    }

    /**
     * @param grey       the page, grey, red ink already taken for paper
     * @param zone       the stretch to look in (page pixels)
     * @param read       boxes of what was read there; their ink is accounted for
     * @param lineHeight the height of the page's text lines (page pixels)
     */
    public static boolean holdsText(BufferedImage grey, Box zone, List<Box> read, int lineHeight) {
        int h = Math.max(8, lineHeight);
        Box z = zone.padded(0, 0, grey.getWidth(), grey.getHeight());
        if (z.width() < 2 * h || z.height() < h / 2) {
            return false;
        }
        Mat page = OpenCv.grey(grey.getSubimage(z.x(), z.y(), z.width(), z.height()));
        Mat ink = new Mat();
        int block = (2 * h) | 1;
        Imgproc.adaptiveThreshold(page, ink, 255, Imgproc.ADAPTIVE_THRESH_MEAN_C, Imgproc.THRESH_BINARY_INV, block, CONTRAST);
        for (Box b : read) {
            int pad = Math.max(2, b.height() / 3);
            Imgproc.rectangle(ink, new Point(b.x() - z.x() - pad, b.y() - z.y() - pad),
                    new Point(b.right() - z.x() + pad, b.bottom() - z.y() + pad), new Scalar(0), -1);
        }
        Mat joined = new Mat();
        Imgproc.morphologyEx(ink, joined, Imgproc.MORPH_CLOSE,
                Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(Math.max(3, h / 2), Math.max(3, h / 3))));
        boolean found = textRun(joined, ink, h);
        page.release();
        ink.release();
        joined.release();
        return found;
    }

    /** A joined run of text height and at least two characters' length, itself mostly not solid. */
    private static boolean textRun(Mat joined, Mat ink, int h) {
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(joined, labels, stats, centroids, 8, CvType.CV_32S);
        boolean found = false;
        for (int i = 1; i < n && !found; i++) {
            int w = (int) stats.get(i, Imgproc.CC_STAT_WIDTH)[0];
            int height = (int) stats.get(i, Imgproc.CC_STAT_HEIGHT)[0];
            if (height < h * 0.5 || height > h * 2.5 || w < h * 1.6) {
                continue;
            }
            Rect r = new Rect((int) stats.get(i, Imgproc.CC_STAT_LEFT)[0], (int) stats.get(i, Imgproc.CC_STAT_TOP)[0], w, height);
            double share = Core.countNonZero(ink.submat(r)) / (double) (w * height);
            // strokes of characters cover some of their run; a filled bar or a bare frame line does not look so
            found = share > 0.08 && share < 0.7;
        }
        labels.release();
        stats.release();
        centroids.release();
        return found;
    }
}
