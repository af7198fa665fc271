package io.qualify.vision;

import java.awt.image.BufferedImage;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Paints out a page's frames before OCR: the guilloche border of a licence, boxes drawn around a
 * form. Tesseract reads such patterns as rows of junk characters, lets them pull a row's label away
 * from its value, and spends its time on them. A frame is one connected stretch of ink that spans a
 * large part of the page yet covers little of its own bounding box; text never does (its characters
 * are separate, and even a blurred line that runs together fills much of its box).
 */
public final class FrameCleaner {

    /** A frame spans at least this share of the page's width or height. */
    private static final double SPAN = 0.3;
    /** …and its ink covers at most this share of its bounding box. */
    private static final double FILL = 0.15;

    private FrameCleaner() {
    }

    /** A copy of the grey {@code page} with the ink of every frame turned to white paper. */
    public static BufferedImage clean(BufferedImage page) {
        OpenCv.load();
        Mat grey = Mats.fromGrey(page);
        Mat ink = new Mat();
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        try {
            int block = Math.max(15, Math.min(grey.cols(), grey.rows()) / 60) | 1;
            Imgproc.adaptiveThreshold(grey, ink, 255, Imgproc.ADAPTIVE_THRESH_GAUSSIAN_C, Imgproc.THRESH_BINARY_INV, block, 12);
            int reach = Math.max(3, Math.min(grey.cols(), grey.rows()) / 250) | 1;
            Imgproc.dilate(ink, ink, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(reach, reach)));
            int count = Imgproc.connectedComponentsWithStats(ink, labels, stats, centroids, 8, CvType.CV_32S);
            boolean any = false;
            boolean[] frame = new boolean[count];
            for (int i = 1; i < count; i++) {
                frame[i] = isFrame(stats, i, grey.cols(), grey.rows());
                any |= frame[i];
            }
            if (!any) {
                return page;
            }
            Mat frames = new Mat(labels.size(), CvType.CV_8UC1);
            for (int y = 0; y < labels.rows(); y++) {
                int[] row = new int[labels.cols()];
                labels.get(y, 0, row);
                byte[] out = new byte[row.length];
                for (int x = 0; x < row.length; x++) {
                    out[x] = frame[row[x]] ? (byte) 255 : 0;
                }
                frames.put(y, 0, out);
            }
            Imgproc.dilate(frames, frames, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3)));
            grey.setTo(new Scalar(255), frames);
            frames.release();
            return Mats.toGrey(grey);
        } finally {
            grey.release();
            ink.release();
            labels.release();
            stats.release();
            centroids.release();
        }
    }

    static boolean isFrame(Mat stats, int label, int pageWidth, int pageHeight) {
        double w = stats.get(label, Imgproc.CC_STAT_WIDTH)[0];
        double h = stats.get(label, Imgproc.CC_STAT_HEIGHT)[0];
        double area = stats.get(label, Imgproc.CC_STAT_AREA)[0];
        boolean spans = w > SPAN * pageWidth || h > SPAN * pageHeight;
        return spans && area < FILL * w * h;
    }
}
