package io.qualify.ocr.paddle;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.RotatedRect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds text lines with PP-OCRv4's DB detector: the page is resized so its longer side is at most
 * {@code limitSide} and both sides are multiples of 32, normalised with ImageNet's mean and deviation;
 * the model's text-probability map is cut at {@link #BINARY}, each connected region becomes its
 * minimum-area rectangle, scored by the mean probability inside it (kept from {@link #MIN_SCORE}),
 * grown back to the line's full extent (DB shrinks regions in training; the unclip ratio undoes it)
 * and mapped to page pixels. Follows PaddleOCR's {@code DBPostProcess}.
 */
final class TextDetector {

    static final double BINARY = 0.3;
    static final double MIN_SCORE = 0.6;
    static final double UNCLIP_RATIO = 1.5;
    private static final int MIN_SIDE = 3;
    private static final int MAX_CANDIDATES = 1000;
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final PaddleModels models;
    private final int limitSide;

    TextDetector(PaddleModels models, int limitSide) {
        this.models = models;
        this.limitSide = limitSide;
    }

    /** The lines of the BGR page, top to bottom and left to right within a row. */
    List<Quad> detect(Mat page) throws OrtException {
        double ratio = Math.min(1.0, (double) limitSide / Math.max(page.rows(), page.cols()));
        int h = Math.max(32, (int) Math.round(page.rows() * ratio / 32) * 32);
        int w = Math.max(32, (int) Math.round(page.cols() * ratio / 32) * 32);
        Mat resized = new Mat();
        Imgproc.resize(page, resized, new Size(w, h));
        float[] input = new float[3 * h * w];
        Tensors.putChw(resized, input, 0, h, w, MEAN, STD);
        resized.release();
        float[] map;
        String name = models.detector.getInputNames().iterator().next();
        try (OnnxTensor tensor = OnnxTensor.createTensor(models.environment, FloatBuffer.wrap(input), new long[] {1, 3, h, w});
             OrtSession.Result result = models.detector.run(Map.of(name, tensor), models.detection)) {
            FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
            map = new float[out.remaining()];
            out.get(map);
        }
        List<Quad> quads = boxes(map, h, w, page.cols() / (double) w, page.rows() / (double) h, page.cols(), page.rows());
        return readingOrder(quads);
    }

    /** DB post-processing of one probability map into quads in page pixels. */
    static List<Quad> boxes(float[] map, int h, int w, double scaleX, double scaleY, int pageW, int pageH) {
        io.qualify.vision.OpenCv.load();
        Mat probability = new Mat(h, w, CvType.CV_32FC1);
        probability.put(0, 0, map);
        Mat bitmap = new Mat();
        Imgproc.threshold(probability, bitmap, BINARY, 255, Imgproc.THRESH_BINARY);
        bitmap.convertTo(bitmap, CvType.CV_8UC1);
        List<MatOfPoint> contours = new ArrayList<>();
        Mat hierarchy = new Mat();
        Imgproc.findContours(bitmap, contours, hierarchy, Imgproc.RETR_LIST, Imgproc.CHAIN_APPROX_SIMPLE);
        List<Quad> quads = new ArrayList<>();
        for (MatOfPoint contour : contours.subList(0, Math.min(MAX_CANDIDATES, contours.size()))) {
            Quad quad = lineOf(contour, probability, scaleX, scaleY, pageW, pageH);
            if (quad != null) {
                quads.add(quad);
            }
            contour.release();
        }
        probability.release();
        bitmap.release();
        hierarchy.release();
        return quads;
    }

    private static Quad lineOf(MatOfPoint contour, Mat probability, double scaleX, double scaleY, int pageW, int pageH) {
        MatOfPoint2f points = new MatOfPoint2f(contour.toArray());
        RotatedRect rect = Imgproc.minAreaRect(points);
        points.release();
        if (Math.min(rect.size.width, rect.size.height) < MIN_SIDE) {
            return null;
        }
        Point[] corners = ordered(rect);
        double score = meanInside(probability, corners);
        if (score < MIN_SCORE) {
            return null;
        }
        // For a rectangle, PaddleOCR's polygon offset (distance area × ratio / perimeter) grows each side by d.
        double rw = rect.size.width;
        double rh = rect.size.height;
        double d = rw * rh * UNCLIP_RATIO / (2 * (rw + rh));
        RotatedRect grown = new RotatedRect(rect.center, new Size(rw + 2 * d, rh + 2 * d), rect.angle);
        if (Math.min(grown.size.width, grown.size.height) < MIN_SIDE + 2) {
            return null;
        }
        Point[] g = ordered(grown);
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int i = 0; i < 4; i++) {
            xs[i] = clamp(Math.round(g[i].x * scaleX), pageW);
            ys[i] = clamp(Math.round(g[i].y * scaleY), pageH);
        }
        Quad quad = new Quad(xs, ys, score);
        return quad.width() <= 3 || quad.height() <= 3 ? null : quad;
    }

    /** The rectangle's corners as top-left, top-right, bottom-right, bottom-left (PaddleOCR's get_mini_boxes). */
    static Point[] ordered(RotatedRect rect) {
        Point[] p = new Point[4];
        rect.points(p);
        double[] x = new double[4];
        double[] y = new double[4];
        for (int i = 0; i < 4; i++) {
            x[i] = p[i].x;
            y[i] = p[i].y;
        }
        int[] order = Quad.ordered(x, y);
        return new Point[] {p[order[0]], p[order[1]], p[order[2]], p[order[3]]};
    }

    /** Mean probability inside the polygon (PaddleOCR's box_score_fast). */
    private static double meanInside(Mat probability, Point[] corners) {
        int xmin = clampInt(Math.floor(min(corners, true)), probability.cols());
        int xmax = clampInt(Math.ceil(max(corners, true)), probability.cols());
        int ymin = clampInt(Math.floor(min(corners, false)), probability.rows());
        int ymax = clampInt(Math.ceil(max(corners, false)), probability.rows());
        Mat mask = Mat.zeros(ymax - ymin + 1, xmax - xmin + 1, CvType.CV_8UC1);
        Point[] shifted = new Point[4];
        for (int i = 0; i < 4; i++) {
            shifted[i] = new Point(corners[i].x - xmin, corners[i].y - ymin);
        }
        Imgproc.fillPoly(mask, List.of(new MatOfPoint(shifted)), new Scalar(1));
        Mat roi = probability.submat(ymin, ymax + 1, xmin, xmax + 1);
        double mean = Core.mean(roi, mask).val[0];
        mask.release();
        return mean;
    }

    private static double min(Point[] points, boolean x) {
        double m = Double.MAX_VALUE;
        for (Point p : points) {
            m = Math.min(m, x ? p.x : p.y);
        }
        return m;
    }

    private static double max(Point[] points, boolean x) {
        double m = -Double.MAX_VALUE;
        for (Point p : points) {
            m = Math.max(m, x ? p.x : p.y);
        }
        return m;
    }

    private static int clampInt(double v, int size) {
        return (int) Math.max(0, Math.min(size - 1, v));
    }

    private static double clamp(double v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    /** Top to bottom, then left to right among quads whose tops lie within 10 px (PaddleOCR's sorted_boxes). */
    static List<Quad> readingOrder(List<Quad> quads) {
        List<Quad> sorted = new ArrayList<>(quads);
        sorted.sort(Comparator.<Quad>comparingDouble(q -> q.ys()[0]).thenComparingDouble(q -> q.xs()[0]));
        for (int i = 0; i < sorted.size() - 1; i++) {
            for (int j = i; j >= 0; j--) {
                Quad a = sorted.get(j);
                Quad b = sorted.get(j + 1);
                if (Math.abs(b.ys()[0] - a.ys()[0]) < 10 && b.xs()[0] < a.xs()[0]) {
                    sorted.set(j, b);
                    sorted.set(j + 1, a);
                } else {
                    break;
                }
            }
        }
        return sorted;
    }
}
