package io.qualify.vision;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfInt;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.RotatedRect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Rough quads where a card might be, from the outlines of a detection-sized photo. Outlines come from
 * two routes, because neither always sees the card: Canny edges at two strengths (a card on a busy or
 * same-coloured surface) and Otsu's threshold either way round (a light card on a dark desk, glare that
 * breaks edges). Each outline gives up to three quads: its own polygon when it simplifies to four
 * corners, the four-corner simplification of its convex hull (a card whose border is bitten by fingers),
 * and its minimum-area rectangle. Scoring them is {@link CardFinder}'s job; {@code of(blurredGrey)}.
 */
final class CardCandidates {

    /** How each quad was found, most to least trusted. */
    enum Route { POLYGON, LINES, HULL, RECTANGLE }

    record Candidate(List<Point2D> quad, Route route) {
    }

    /** Outlines smaller than this share of the photo are not a card the reviewers could read. */
    static final double MIN_AREA_SHARE = 0.02;

    private CardCandidates() {
    }

    static List<Candidate> of(Mat blurredGrey) {
        List<Candidate> out = new ArrayList<>();
        double minArea = MIN_AREA_SHARE * blurredGrey.total();
        for (Mat outline : outlineMaps(blurredGrey)) {
            List<MatOfPoint> contours = new ArrayList<>();
            Mat hierarchy = new Mat();
            Imgproc.findContours(outline, contours, hierarchy, Imgproc.RETR_LIST, Imgproc.CHAIN_APPROX_SIMPLE);
            hierarchy.release();
            outline.release();
            for (MatOfPoint contour : contours) {
                if (Imgproc.contourArea(contour) >= minArea) {
                    addQuads(contour, out);
                }
                contour.release();
            }
        }
        return out;
    }

    private static List<Mat> outlineMaps(Mat grey) {
        List<Mat> maps = new ArrayList<>();
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3));
        for (double[] t : new double[][] {{15, 45}, {40, 120}}) {
            Mat edges = new Mat();
            Imgproc.Canny(grey, edges, t[0], t[1]);
            // Closing one-pixel gaps lets a border broken by glare or blur still enclose the card.
            Imgproc.dilate(edges, edges, kernel);
            maps.add(edges);
        }
        for (int type : new int[] {Imgproc.THRESH_BINARY, Imgproc.THRESH_BINARY_INV}) {
            Mat binary = new Mat();
            Imgproc.threshold(grey, binary, 0, 255, type | Imgproc.THRESH_OTSU);
            Imgproc.morphologyEx(binary, binary, Imgproc.MORPH_OPEN, kernel);
            maps.add(binary);
        }
        kernel.release();
        return maps;
    }

    private static void addQuads(MatOfPoint contour, List<Candidate> out) {
        MatOfPoint2f curve = new MatOfPoint2f(contour.toArray());
        double perimeter = Imgproc.arcLength(curve, true);
        MatOfPoint2f polygon = new MatOfPoint2f();
        Imgproc.approxPolyDP(curve, polygon, 0.02 * perimeter, true);
        if (polygon.total() == 4) {
            out.add(new Candidate(points(polygon), Route.POLYGON));
        }
        MatOfPoint2f hull = hull(contour);
        for (double eps = 0.01; eps <= 0.1; eps += 0.01) {
            Imgproc.approxPolyDP(hull, polygon, eps * perimeter, true);
            if (polygon.total() <= 4) {
                break;
            }
        }
        if (polygon.total() == 4) {
            out.add(new Candidate(points(polygon), Route.HULL));
        }
        RotatedRect box = Imgproc.minAreaRect(curve);
        Point[] corners = new Point[4];
        box.points(corners);
        out.add(new Candidate(List.of(point(corners[0]), point(corners[1]), point(corners[2]), point(corners[3])),
                Route.RECTANGLE));
        curve.release();
        polygon.release();
        hull.release();
    }

    private static MatOfPoint2f hull(MatOfPoint contour) {
        MatOfInt indices = new MatOfInt();
        Imgproc.convexHull(contour, indices);
        Point[] all = contour.toArray();
        int[] idx = indices.toArray();
        Point[] hull = new Point[idx.length];
        for (int i = 0; i < idx.length; i++) {
            hull[i] = all[idx[i]];
        }
        indices.release();
        return new MatOfPoint2f(hull);
    }

    private static List<Point2D> points(MatOfPoint2f polygon) {
        List<Point2D> out = new ArrayList<>(4);
        for (Point p : polygon.toArray()) {
            out.add(point(p));
        }
        return out;
    }

    private static Point2D point(Point p) {
        return new Point2D.Double(p.x, p.y);
    }
}
