package io.qualify.vision;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfInt;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.imgproc.Imgproc;

/**
 * Whether a five-pointed star sits in a seal's middle: a blob of ink centred there, a fair share of
 * the seal's width, about as tall as wide, and filling only about half of its convex hull (a star's
 * points leave deep notches; a character or a dot fills more, a ring far less).
 */
final class SealStar {

    /** The middle searched, as a share of the radius. */
    private static final double MIDDLE = 0.5;

    private SealStar() {
    }

    static boolean present(InkMask ink, SealEllipse seal) {
        double r = seal.meanRadius();
        int x0 = (int) Math.max(0, seal.cx() - MIDDLE * r);
        int y0 = (int) Math.max(0, seal.cy() - MIDDLE * r);
        int x1 = (int) Math.min(ink.width() - 1, seal.cx() + MIDDLE * r);
        int y1 = (int) Math.min(ink.height() - 1, seal.cy() + MIDDLE * r);
        if (x1 - x0 < 8 || y1 - y0 < 8) {
            return false;
        }
        Mat middle = new Mat(y1 - y0 + 1, x1 - x0 + 1, CvType.CV_8UC1);
        byte[] row = new byte[middle.cols()];
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                row[x - x0] = seal.share(x, y) < MIDDLE && ink.ink(x, y) ? (byte) 255 : 0;
            }
            middle.put(y - y0, 0, row);
        }
        try {
            return starAmong(middle, seal.cx() - x0, seal.cy() - y0, r);
        } finally {
            middle.release();
        }
    }

    private static boolean starAmong(Mat middle, double cx, double cy, double r) {
        List<MatOfPoint> contours = new ArrayList<>();
        Mat hierarchy = new Mat();
        Imgproc.findContours(middle, contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
        hierarchy.release();
        boolean found = false;
        for (MatOfPoint c : contours) {
            found |= starLike(c, cx, cy, r);
            c.release();
        }
        return found;
    }

    private static boolean starLike(MatOfPoint contour, double cx, double cy, double r) {
        org.opencv.core.Rect box = Imgproc.boundingRect(contour);
        double size = Math.max(box.width, box.height) / r;
        double aspect = (double) box.width / Math.max(1, box.height);
        Point centre = new Point(box.x + box.width / 2.0, box.y + box.height / 2.0);
        if (size < 0.25 || size > 0.9 || aspect < 0.75 || aspect > 1.35
                || Math.hypot(centre.x - cx, centre.y - cy) > 0.2 * r) {
            return false;
        }
        MatOfInt hull = new MatOfInt();
        Imgproc.convexHull(contour, hull);
        Point[] points = contour.toArray();
        MatOfPoint hullPoints = new MatOfPoint(hull.toList().stream().map(i -> points[i]).toArray(Point[]::new));
        double solidity = Imgproc.contourArea(contour) / Math.max(1, Imgproc.contourArea(hullPoints));
        hull.release();
        hullPoints.release();
        return solidity > 0.3 && solidity < 0.72;
    }
}
