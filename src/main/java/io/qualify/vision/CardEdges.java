package io.qualify.vision;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * The edge pixels of a detection-sized grey photo, each with its gradient direction, used to snap a
 * rough card quad onto the card's real borders and to measure how much of a quad's outline is border.
 * Each side is re-found as the straight line that the most edge pixels near it agree on (a RANSAC
 * fit): fingers over a border, glare or a rounded corner take some pixels away but do not bend the
 * line, which is why this works where a contour alone gives a lumpy polygon.
 * Built once per photo with {@link #of(Mat)}; holds plain arrays only, no native memory.
 */
final class CardEdges {

    /** Low Canny thresholds: a white card on white paper has a border only a few grey levels deep. */
    private static final double CANNY_LOW = 6;
    private static final double CANNY_HIGH = 18;
    /** An edge pixel counts for a side when its gradient is within this angle of the side's normal. */
    private static final double ALIGNED_COS = Math.cos(Math.toRadians(25));
    /** A side's two ends are left out of its fit: rounded card corners bend away there. */
    private static final double END_MARGIN = 0.08;
    private static final double INLIER_PX = 1.5;
    private static final int RANSAC_ROUNDS = 200;

    private final int width;
    private final int height;
    private final byte[] edges;
    private final short[] gx;
    private final short[] gy;

    private CardEdges(int width, int height, byte[] edges, short[] gx, short[] gy) {
        this.width = width;
        this.height = height;
        this.edges = edges;
        this.gx = gx;
        this.gy = gy;
    }

    /** The edges of a blurred single-channel 8-bit image. */
    static CardEdges of(Mat blurredGrey) {
        Mat canny = new Mat();
        Mat dx = new Mat();
        Mat dy = new Mat();
        try {
            Imgproc.Canny(blurredGrey, canny, CANNY_LOW, CANNY_HIGH);
            Imgproc.Sobel(blurredGrey, dx, CvType.CV_16S, 1, 0);
            Imgproc.Sobel(blurredGrey, dy, CvType.CV_16S, 0, 1);
            int n = (int) blurredGrey.total();
            byte[] e = new byte[n];
            short[] x = new short[n];
            short[] y = new short[n];
            canny.get(0, 0, e);
            dx.get(0, 0, x);
            dy.get(0, 0, y);
            return new CardEdges(blurredGrey.cols(), blurredGrey.rows(), e, x, y);
        } finally {
            canny.release();
            dx.release();
            dy.release();
        }
    }

    /** The quad with each side moved onto the border line found near it (within a band of {@code band} px). */
    List<Point2D> refine(List<Point2D> quad, double band) {
        double[][] lines = new double[4][];
        for (int i = 0; i < 4; i++) {
            lines[i] = fitSide(quad.get(i), quad.get((i + 1) % 4), band, new Random(31L * i + 7));
        }
        List<Point2D> out = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            Point2D corner = intersect(lines[(i + 3) % 4], lines[i]);
            out.add(corner == null ? quad.get(i) : corner);
        }
        return out;
    }

    /**
     * The share of the quad's outline (ends of each side left out) that runs along an edge pixel whose
     * gradient crosses the side: 1 for a card with a clean border, lower where fingers or glare hide it,
     * low for a quad drawn through texture.
     */
    double support(List<Point2D> quad) {
        double hit = 0;
        double all = 0;
        double weakest = 1;
        for (int i = 0; i < 4; i++) {
            double[] s = sideSupport(quad.get(i), quad.get((i + 1) % 4));
            hit += s[0];
            all += s[1];
            weakest = Math.min(weakest, s[0] / Math.max(1, s[1]));
        }
        // The weakest side counts too: three borders and a line through the background are not a card.
        return 0.7 * hit / Math.max(1, all) + 0.3 * weakest;
    }

    private double[] sideSupport(Point2D a, Point2D b) {
        double length = a.distance(b);
        double ux = (b.getX() - a.getX()) / length;
        double uy = (b.getY() - a.getY()) / length;
        int hit = 0;
        int all = 0;
        for (double t = END_MARGIN * length; t <= (1 - END_MARGIN) * length; t += 1) {
            all++;
            for (int off = -2; off <= 2; off++) {
                int x = (int) Math.round(a.getX() + ux * t - uy * off);
                int y = (int) Math.round(a.getY() + uy * t + ux * off);
                if (alignedEdge(x, y, -uy, ux)) {
                    hit++;
                    break;
                }
            }
        }
        return new double[] {hit, all};
    }

    private boolean alignedEdge(int x, int y, double nx, double ny) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return false;
        }
        int i = y * width + x;
        if (edges[i] == 0) {
            return false;
        }
        double g = Math.sqrt(gx[i] * gx[i] + gy[i] * gy[i]);
        return g > 0 && Math.abs(gx[i] * nx + gy[i] * ny) / g >= ALIGNED_COS;
    }

    /** The line (point x, y and unit direction dx, dy) the aligned edge pixels near side a→b agree on. */
    private double[] fitSide(Point2D a, Point2D b, double band, Random random) {
        double length = a.distance(b);
        double ux = (b.getX() - a.getX()) / length;
        double uy = (b.getY() - a.getY()) / length;
        double[] coarse = {a.getX(), a.getY(), ux, uy};
        List<double[]> points = sidePixels(a, ux, uy, length, band);
        if (points.size() < 0.15 * length) {
            return coarse;
        }
        double[] best = null;
        int bestCount = 0;
        for (int round = 0; round < RANSAC_ROUNDS; round++) {
            double[] p = points.get(random.nextInt(points.size()));
            double[] q = points.get(random.nextInt(points.size()));
            double d = Math.hypot(q[0] - p[0], q[1] - p[1]);
            if (d < 0.2 * length) {
                continue;
            }
            double lx = (q[0] - p[0]) / d;
            double ly = (q[1] - p[1]) / d;
            if (Math.abs(lx * ux + ly * uy) < Math.cos(Math.toRadians(12))) {
                continue;
            }
            int count = countInliers(points, p, lx, ly);
            if (count > bestCount) {
                bestCount = count;
                best = new double[] {p[0], p[1], lx, ly};
            }
        }
        if (best == null || bestCount < 0.15 * length) {
            return coarse;
        }
        return leastSquares(inliers(points, new double[] {best[0], best[1]}, best[2], best[3]));
    }

    private List<double[]> sidePixels(Point2D a, double ux, double uy, double length, double band) {
        List<double[]> points = new ArrayList<>();
        double nx = -uy;
        double ny = ux;
        for (double t = END_MARGIN * length; t <= (1 - END_MARGIN) * length; t += 1) {
            for (double s = -band; s <= band; s += 1) {
                int x = (int) Math.round(a.getX() + ux * t + nx * s);
                int y = (int) Math.round(a.getY() + uy * t + ny * s);
                if (alignedEdge(x, y, nx, ny)) {
                    points.add(new double[] {x, y});
                }
            }
        }
        return points;
    }

    private static int countInliers(List<double[]> points, double[] p, double lx, double ly) {
        int count = 0;
        for (double[] q : points) {
            count += inlier(q, p, lx, ly) ? 1 : 0;
        }
        return count;
    }

    private static boolean inlier(double[] q, double[] p, double lx, double ly) {
        return Math.abs((q[0] - p[0]) * ly - (q[1] - p[1]) * lx) <= INLIER_PX;
    }

    private static List<double[]> inliers(List<double[]> points, double[] p, double lx, double ly) {
        List<double[]> in = new ArrayList<>();
        for (double[] q : points) {
            if (inlier(q, p, lx, ly)) {
                in.add(q);
            }
        }
        return in;
    }

    /** The total-least-squares line through the points: their centroid and principal direction. */
    private static double[] leastSquares(List<double[]> points) {
        double mx = 0;
        double my = 0;
        for (double[] p : points) {
            mx += p[0];
            my += p[1];
        }
        mx /= points.size();
        my /= points.size();
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (double[] p : points) {
            sxx += (p[0] - mx) * (p[0] - mx);
            sxy += (p[0] - mx) * (p[1] - my);
            syy += (p[1] - my) * (p[1] - my);
        }
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        return new double[] {mx, my, Math.cos(angle), Math.sin(angle)};
    }

    private static Point2D intersect(double[] l1, double[] l2) {
        double det = l1[2] * l2[3] - l1[3] * l2[2];
        if (Math.abs(det) < 1e-6) {
            return null;
        }
        double t = ((l2[0] - l1[0]) * l2[3] - (l2[1] - l1[1]) * l2[2]) / det;
        return new Point2D.Double(l1[0] + t * l1[2], l1[1] + t * l1[3]);
    }
}
