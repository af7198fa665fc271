package io.qualify.vision;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.RotatedRect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Proposes ellipses that may be seal outlines on a red-ink mask, from two sources that fail apart:
 * the outline of each red blob (after closing the gaps black text cuts into a ring), also of one lying
 * in a hole of a larger red blob (a sheet on a red surface), fitted with an ellipse from its points off
 * the image border, so a seal cut by the page edge is completed; and
 * circles found by the Hough transform, which separate two round seals stamped overlapping into one
 * blob. Proposals are only proposals: {@link RingEvidence} judges them.
 */
final class SealCandidates {

    /** The widest blob still tried as one ellipse (long over short axis); wider blobs are left to Hough. */
    private static final double MAX_BLOB_ASPECT = 2.0;
    /**
     * Closing kernels as shares of the longer image side: the small one bridges a black stroke across
     * the ring; the large one joins a worn ring's pieces, its text and star into one blob.
     */
    private static final double[] CLOSE_SHARES = {1.0 / 200, 1.0 / 40};
    /** How round a Hough circle's edge must be (HOUGH_GRADIENT_ALT's 0–1 perfectness). */
    private static final double HOUGH_PERFECTNESS = 0.3;
    /** The longer side of the copy proposals are made on. */
    private static final double PROPOSAL_SIDE = 640;

    private SealCandidates() {
    }

    /** Proposals in the mask's pixels, for seals with half-axes between the two radii given in those pixels. */
    static List<SealEllipse> of(Mat mask, double minRadius, double maxRadius) {
        // Seals are large: a coarser copy (any ink in a cell marks it) proposes them as well, far faster.
        double factor = Math.min(1.0, PROPOSAL_SIDE / Math.max(mask.cols(), mask.rows()));
        Mat coarse = new Mat();
        Imgproc.resize(mask, coarse, new Size(), factor, factor, Imgproc.INTER_AREA);
        Imgproc.threshold(coarse, coarse, 0, 255, Imgproc.THRESH_BINARY);
        List<SealEllipse> out = new ArrayList<>();
        for (double share : CLOSE_SHARES) {
            out.addAll(fromBlobs(coarse, share, minRadius * factor, maxRadius * factor));
        }
        out.addAll(fromHough(coarse, minRadius * factor, maxRadius * factor));
        coarse.release();
        return distinct(out).stream().map(e -> e.resized(1 / factor)).toList();
    }

    /** The proposals less those nearly the same as an earlier one (both sources often see the same seal). */
    private static List<SealEllipse> distinct(List<SealEllipse> proposals) {
        List<SealEllipse> out = new ArrayList<>();
        for (SealEllipse p : proposals) {
            boolean seen = out.stream().anyMatch(q -> Math.hypot(p.cx() - q.cx(), p.cy() - q.cy()) < 0.1 * q.meanRadius()
                    && Math.abs(p.a() - q.a()) < 0.1 * q.a() && Math.abs(p.b() - q.b()) < 0.1 * q.b());
            if (!seen) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<SealEllipse> fromBlobs(Mat mask, double closeShare, double minRadius, double maxRadius) {
        Mat closed = new Mat();
        int k = Math.max(3, (int) (Math.max(mask.cols(), mask.rows()) * closeShare) | 1);
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(k, k));
        Imgproc.morphologyEx(mask, closed, Imgproc.MORPH_CLOSE, kernel);
        List<SealEllipse> out = new ArrayList<>();
        for (MatOfPoint contour : outlines(closed)) {
            Rect r = Imgproc.boundingRect(contour);
            if (Math.max(r.width, r.height) >= 2 * minRadius) {
                SealEllipse e = fitted(contour, mask.cols(), mask.rows());
                if (e != null && e.aspect() <= MAX_BLOB_ASPECT && Math.min(e.a(), e.b()) >= minRadius
                        && Math.max(e.a(), e.b()) <= maxRadius) {
                    out.add(e);
                }
            }
            contour.release();
        }
        closed.release();
        kernel.release();
        return out;
    }

    /**
     * The outer outline of every blob, also of a blob lying in another's hole: a sheet photographed on a
     * red carpet or tablecloth makes the surface one red blob with the sheet as its hole, and the seal on
     * the sheet lies in that hole. Holes' own outlines are left out (a ring's inner edge is not proposed).
     */
    private static List<MatOfPoint> outlines(Mat binary) {
        List<MatOfPoint> contours = new ArrayList<>();
        Mat hierarchy = new Mat();
        // Two levels: every blob's outer outline on top, whatever it lies in; the outlines of holes below.
        Imgproc.findContours(binary, contours, hierarchy, Imgproc.RETR_CCOMP, Imgproc.CHAIN_APPROX_NONE);
        List<MatOfPoint> outer = new ArrayList<>();
        for (int i = 0; i < contours.size(); i++) {
            if (hierarchy.get(0, i)[3] < 0) {
                outer.add(contours.get(i));
            } else {
                contours.get(i).release();
            }
        }
        hierarchy.release();
        return outer;
    }

    /** An ellipse through the contour's points that are not on the image border; null when too few. */
    private static SealEllipse fitted(MatOfPoint contour, int width, int height) {
        List<Point> kept = new ArrayList<>();
        for (Point p : contour.toArray()) {
            if (p.x > 1 && p.y > 1 && p.x < width - 2 && p.y < height - 2) {
                kept.add(p);
            }
        }
        if (kept.size() < 12) {
            return null;
        }
        MatOfPoint2f points = new MatOfPoint2f(kept.toArray(Point[]::new));
        RotatedRect r = Imgproc.fitEllipse(points);
        points.release();
        return new SealEllipse(r.center.x, r.center.y, r.size.width / 2, r.size.height / 2, r.angle);
    }

    private static List<SealEllipse> fromHough(Mat mask, double minRadius, double maxRadius) {
        Mat blurred = new Mat();
        Mat circles = new Mat();
        Imgproc.GaussianBlur(mask, blurred, new Size(5, 5), 0);
        Imgproc.HoughCircles(blurred, circles, Imgproc.HOUGH_GRADIENT_ALT, 1.5, minRadius, 300, HOUGH_PERFECTNESS,
                (int) minRadius, (int) Math.ceil(maxRadius));
        List<SealEllipse> out = new ArrayList<>();
        for (int i = 0; i < circles.cols(); i++) {
            double[] c = circles.get(0, i);
            out.add(new SealEllipse(c[0], c[1], c[2], c[2], 0));
        }
        blurred.release();
        circles.release();
        return out;
    }
}
