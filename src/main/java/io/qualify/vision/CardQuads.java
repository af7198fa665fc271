package io.qualify.vision;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Plane geometry of a card's four corners. {@link #ordered} fixes the one corner order every card
 * quad in Qualify uses (see {@link CardFinder.FoundCard#quad()}); the rest measures a quad.
 */
final class CardQuads {

    private CardQuads() {
    }

    /**
     * The corners clockwise on screen (y down), starting so that the first side is a long side whose
     * direction is nearest to pointing right-and-down at 45°: a card lying roughly upright then starts at
     * its top-left, and a card whose long side stands upright starts at its top-right, read as turned a
     * quarter clockwise. Which of the two remaining readings is upright is left to OCR.
     */
    static List<Point2D> ordered(List<Point2D> corners) {
        double cx = corners.stream().mapToDouble(Point2D::getX).average().orElse(0);
        double cy = corners.stream().mapToDouble(Point2D::getY).average().orElse(0);
        List<Point2D> clockwise = new ArrayList<>(corners);
        clockwise.sort(Comparator.comparingDouble(p -> Math.atan2(p.getY() - cy, p.getX() - cx)));
        boolean firstSideLong = side(clockwise, 0) + side(clockwise, 2) >= side(clockwise, 1) + side(clockwise, 3);
        int start = firstSideLong ? 0 : 1;
        if (towardDownRight(clockwise, start + 2) > towardDownRight(clockwise, start)) {
            start += 2;
        }
        List<Point2D> out = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            out.add(clockwise.get((start + i) % 4));
        }
        return List.copyOf(out);
    }

    /** How nearly side i points at 45° down-right: the cosine between them. */
    private static double towardDownRight(List<Point2D> q, int i) {
        Point2D a = q.get(i % 4);
        Point2D b = q.get((i + 1) % 4);
        return ((b.getX() - a.getX()) + (b.getY() - a.getY())) / (Math.sqrt(2) * Math.max(1e-9, a.distance(b)));
    }

    /** The length of side i, from corner i to corner i+1. */
    static double side(List<Point2D> q, int i) {
        return q.get(i % 4).distance(q.get((i + 1) % 4));
    }

    /** Mean long side over mean short side, at least 1. */
    static double aspect(List<Point2D> q) {
        double a = side(q, 0) + side(q, 2);
        double b = side(q, 1) + side(q, 3);
        return Math.max(a, b) / Math.max(1e-9, Math.min(a, b));
    }

    /** The shorter of the two mean sides. */
    static double shortSide(List<Point2D> q) {
        return Math.min(side(q, 0) + side(q, 2), side(q, 1) + side(q, 3)) / 2;
    }

    static double area(List<Point2D> q) {
        double twice = 0;
        for (int i = 0; i < q.size(); i++) {
            Point2D a = q.get(i);
            Point2D b = q.get((i + 1) % q.size());
            twice += a.getX() * b.getY() - b.getX() * a.getY();
        }
        return Math.abs(twice) / 2;
    }

    /** Whether the four corners, in order, turn the same way at each corner (a convex quad). */
    static boolean convex(List<Point2D> q) {
        int sign = 0;
        for (int i = 0; i < 4; i++) {
            Point2D a = q.get(i);
            Point2D b = q.get((i + 1) % 4);
            Point2D c = q.get((i + 2) % 4);
            double cross = (b.getX() - a.getX()) * (c.getY() - b.getY()) - (b.getY() - a.getY()) * (c.getX() - b.getX());
            int s = (int) Math.signum(cross);
            if (s == 0 || sign != 0 && s != sign) {
                return false;
            }
            sign = s;
        }
        return true;
    }

    static List<Point2D> scaled(List<Point2D> q, double factor) {
        return q.stream().map(p -> (Point2D) new Point2D.Double(p.getX() * factor, p.getY() * factor)).toList();
    }
}
