package io.qualify.vision;

import io.qualify.vision.CardCandidates.Candidate;
import io.qualify.vision.CardCandidates.Route;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * Rough card quads assembled from straight lines, for cards whose outline never closes: a border that
 * fades into same-coloured paper at one corner, glare across an edge, fingers. Line segments
 * (probabilistic Hough) are merged into lines; two nearly parallel lines and two more crossing them make
 * a quad, and the few quads whose outline is best covered by edges and whose shape is most card-like
 * go on to {@link CardFinder}'s scoring. {@code of(blurredGrey, cardEdges)}.
 */
final class CardLines {

    /** How many merged lines are combined (longest first): 16 lines give at most 14,000 quads. */
    private static final int MAX_LINES = 16;
    /** How many assembled quads are handed on for the (dearer) snapping and scoring. */
    private static final int KEPT = 8;
    private static final double PARALLEL_DEGREES = 15;

    /** A merged line: a point on it, its unit direction, its summed segment length. */
    private record Line(double x, double y, double dx, double dy, double length) {

        double angle() {
            return Math.toDegrees(Math.atan2(dy, dx));
        }

        double distance(double px, double py) {
            return Math.abs((px - x) * dy - (py - y) * dx);
        }
    }

    private CardLines() {
    }

    static List<Candidate> of(Mat blurredGrey, CardEdges edges) {
        Mat cannyEdges = new Mat();
        Imgproc.Canny(blurredGrey, cannyEdges, 8, 24);
        try {
            return assembled(cannyEdges, lines(cannyEdges), edges);
        } finally {
            cannyEdges.release();
        }
    }

    private static List<Candidate> assembled(Mat cannyEdges, List<Line> lines, CardEdges edges) {
        double minSide = 0.1 * Math.min(cannyEdges.cols(), cannyEdges.rows());
        double minArea = CardCandidates.MIN_AREA_SHARE * cannyEdges.total();
        List<Candidate> quads = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int a = 0; a < lines.size(); a++) {
            for (int b = a + 1; b < lines.size(); b++) {
                if (!parallelApart(lines.get(a), lines.get(b), minSide)) {
                    continue;
                }
                for (int c = a + 1; c < lines.size(); c++) {
                    for (int d = c + 1; d < lines.size(); d++) {
                        if (c == b || d == b || !parallelApart(lines.get(c), lines.get(d), minSide)
                                || across(lines.get(a), lines.get(c)) < 45) {
                            continue;
                        }
                        List<Point2D> q = quad(lines.get(a), lines.get(c), lines.get(b), lines.get(d));
                        if (q == null) {
                            continue;
                        }
                        q = CardQuads.ordered(q);
                        double aspect = CardQuads.aspect(q);
                        if (CardQuads.convex(q) && CardQuads.area(q) >= minArea && aspect >= 1.2 && aspect <= 4
                                && inside(q, cannyEdges.cols(), cannyEdges.rows())) {
                            quads.add(new Candidate(q, Route.LINES));
                            // Bigger quads first among equally bordered ones: a card's own frame (a portrait box, a
                            // table) shares three border lines with many smaller quads inside the card.
                            double size = 0.5 + 0.5 * Math.min(1, CardQuads.area(q) / cannyEdges.total() / 0.3);
                            scores.add(edges.support(q) * size / (1 + Math.abs(Math.log(aspect / CardFinder.CARD_ASPECT))));
                        }
                    }
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < quads.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> -scores.get(i)));
        return order.stream().limit(KEPT).map(quads::get).toList();
    }

    private static List<Line> lines(Mat cannyEdges) {
        Mat segments = new Mat();
        double minLength = 0.08 * Math.min(cannyEdges.cols(), cannyEdges.rows());
        Imgproc.HoughLinesP(cannyEdges, segments, 1, Math.PI / 180, 40, minLength, 8);
        List<double[]> found = new ArrayList<>();
        for (int i = 0; i < segments.rows(); i++) {
            found.add(segments.get(i, 0));
        }
        segments.release();
        found.sort(Comparator.comparingDouble(s -> -Math.hypot(s[2] - s[0], s[3] - s[1])));
        List<Line> merged = new ArrayList<>();
        for (double[] s : found) {
            merge(merged, s);
        }
        merged.sort(Comparator.comparingDouble(l -> -l.length()));
        return merged.subList(0, Math.min(MAX_LINES, merged.size()));
    }

    /** Adds the segment to a line it lies on (same direction within 3°, midpoint within 4 px), or as a new line. */
    private static void merge(List<Line> lines, double[] s) {
        double length = Math.hypot(s[2] - s[0], s[3] - s[1]);
        double mx = (s[0] + s[2]) / 2;
        double my = (s[1] + s[3]) / 2;
        Line own = new Line(s[0], s[1], (s[2] - s[0]) / length, (s[3] - s[1]) / length, length);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (across(l, own) < 3 && l.distance(mx, my) < 4) {
                lines.set(i, new Line(l.x(), l.y(), l.dx(), l.dy(), l.length() + length));
                return;
            }
        }
        lines.add(own);
    }

    /** The angle between two lines' directions, 0–90°. */
    private static double across(Line a, Line b) {
        double d = Math.abs(a.angle() - b.angle()) % 180;
        return Math.min(d, 180 - d);
    }

    private static boolean parallelApart(Line a, Line b, double minGap) {
        return across(a, b) < PARALLEL_DEGREES && a.distance(b.x(), b.y()) >= minGap;
    }

    private static List<Point2D> quad(Line a, Line c, Line b, Line d) {
        Point2D p1 = intersect(a, c);
        Point2D p2 = intersect(c, b);
        Point2D p3 = intersect(b, d);
        Point2D p4 = intersect(d, a);
        return p1 == null || p2 == null || p3 == null || p4 == null ? null : List.of(p1, p2, p3, p4);
    }

    private static Point2D intersect(Line l1, Line l2) {
        double det = l1.dx() * l2.dy() - l1.dy() * l2.dx();
        if (Math.abs(det) < 1e-6) {
            return null;
        }
        double t = ((l2.x() - l1.x()) * l2.dy() - (l2.y() - l1.y()) * l2.dx()) / det;
        return new Point2D.Double(l1.x() + t * l1.dx(), l1.y() + t * l1.dy());
    }

    /** Whether every corner is within the image or at most 5 % beyond it (a card cut by the frame). */
    private static boolean inside(List<Point2D> q, int w, int h) {
        double mx = 0.05 * w;
        double my = 0.05 * h;
        return q.stream().allMatch(p -> p.getX() >= -mx && p.getY() >= -my && p.getX() <= w + mx && p.getY() <= h + my);
    }
}
