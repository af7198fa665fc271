package io.qualify.ocr.paddle;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Cuts a detected line out of the page level: its quad is warped onto an upright rectangle (PaddleOCR's
 * get_rotate_crop_image), and a line at least one and a half times as tall as wide (vertical text, or a
 * line on a page turned a quarter) is turned a quarter counter-clockwise so it reads left to right.
 */
final class LineCrops {

    private LineCrops() {
    }

    /** A line's pixels and the quad whose reading direction they follow. */
    record Crop(Mat image, Quad quad) {
    }

    static Crop cut(Mat page, Quad quad) {
        int w = Math.max(1, (int) Math.round(quad.width()));
        int h = Math.max(1, (int) Math.round(quad.height()));
        Mat source = new Mat(4, 1, CvType.CV_32FC2);
        source.put(0, 0, quad.xs()[0], quad.ys()[0], quad.xs()[1], quad.ys()[1],
                quad.xs()[2], quad.ys()[2], quad.xs()[3], quad.ys()[3]);
        Mat target = new Mat(4, 1, CvType.CV_32FC2);
        target.put(0, 0, 0, 0, w, 0, w, h, 0, h);
        Mat transform = Imgproc.getPerspectiveTransform(source, target);
        Mat crop = new Mat();
        Imgproc.warpPerspective(page, crop, transform, new Size(w, h), Imgproc.INTER_CUBIC, Core.BORDER_REPLICATE);
        source.release();
        target.release();
        transform.release();
        if (quad.tall()) {
            Mat turned = new Mat();
            Core.rotate(crop, turned, Core.ROTATE_90_COUNTERCLOCKWISE);
            crop.release();
            return new Crop(turned, quad.turnedQuarter());
        }
        return new Crop(crop, quad);
    }

    /**
     * The rectangle around the image's ink (dark on light, cut by Otsu's threshold) with a margin of a
     * quarter of the image's height; null when the image is blank.
     */
    static Quad inkExtent(Mat bgr) {
        Mat grey = new Mat();
        Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
        Core.MinMaxLocResult range = Core.minMaxLoc(grey);
        if (range.maxVal - range.minVal < 32) {
            grey.release();
            return null;
        }
        Mat ink = new Mat();
        Imgproc.threshold(grey, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
        org.opencv.core.Rect r = Imgproc.boundingRect(ink);
        grey.release();
        ink.release();
        double margin = bgr.rows() / 4.0;
        double left = Math.max(0, r.x - margin);
        double right = Math.min(bgr.cols(), r.x + r.width + margin);
        double h = bgr.rows();
        return new Quad(new double[] {left, right, right, left}, new double[] {0, 0, h, h}, 1);
    }

    /** The crop turned half round, with its quad re-ordered to match. */
    static Crop turnedHalf(Crop crop) {
        Mat turned = new Mat();
        Core.rotate(crop.image(), turned, Core.ROTATE_180);
        crop.image().release();
        return new Crop(turned, crop.quad().turnedHalf());
    }

    /**
     * The crop resized to {@code height} keeping its aspect, at most {@code maxWidth} wide, written
     * normalised to [-1, 1] into item {@code item} of a zero-padded batch {@code 3 × height × batchWidth};
     * returns the width written.
     */
    static int putLine(Mat crop, float[] batch, int item, int height, int batchWidth, int maxWidth) {
        double ratio = crop.cols() / (double) crop.rows();
        int width = (int) Math.min(maxWidth, Math.ceil(height * ratio));
        width = Math.max(1, Math.min(width, batchWidth));
        Mat resized = new Mat();
        Imgproc.resize(crop, resized, new Size(width, height));
        Tensors.putChw(resized, batch, item, height, batchWidth, HALF, HALF);
        resized.release();
        return width;
    }

    private static final float[] HALF = {0.5f, 0.5f, 0.5f};
}
