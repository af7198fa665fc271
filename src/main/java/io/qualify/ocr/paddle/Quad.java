package io.qualify.ocr.paddle;

import io.qualify.document.Box;

/**
 * A text line's outline as four corners in reading order (top-left, top-right, bottom-right,
 * bottom-left) in page pixels, and the detector's score for it. A line read turned is described by
 * its corners re-ordered ({@link #turnedQuarter}, {@link #turnedHalf}), so a position along the
 * line's reading direction maps back to the page ({@link #span}).
 */
record Quad(double[] xs, double[] ys, double score) {

    Quad {
        if (xs.length != 4 || ys.length != 4) {
            throw new IllegalArgumentException("a quad has four corners");
        }
    }

    /** Length of the reading direction (the longer of the top and bottom edges). */
    double width() {
        return Math.max(distance(0, 1), distance(3, 2));
    }

    /** Height across the reading direction (the longer of the left and right edges). */
    double height() {
        return Math.max(distance(0, 3), distance(1, 2));
    }

    /**
     * Whether the line stands at least one and a half times as tall as it is wide, in whole pixels:
     * vertical text, or a line of a page turned a quarter. Such a line is read turned.
     */
    boolean tall() {
        return Math.max(1, Math.round(height())) >= 1.5 * Math.max(1, Math.round(width()));
    }

    private double distance(int a, int b) {
        return Math.hypot(xs[a] - xs[b], ys[a] - ys[b]);
    }

    /** The corners as read after the crop was turned a quarter counter-clockwise (a tall line). */
    Quad turnedQuarter() {
        return reordered(1, 2, 3, 0);
    }

    /** The corners as read after the crop was turned half round (a line read upside down). */
    Quad turnedHalf() {
        return reordered(2, 3, 0, 1);
    }

    /**
     * The quad as it lies in the image ({@code width} × {@code height}) turned half round when
     * {@code half} and then, when {@code flip}, mirrored left to right, its corners ordered as the
     * detector orders them ({@link #ordered}).
     */
    Quad turned(int width, int height, boolean half, boolean flip) {
        double[] x = new double[4];
        double[] y = new double[4];
        for (int i = 0; i < 4; i++) {
            x[i] = half != flip ? width - xs[i] : xs[i];
            y[i] = half ? height - ys[i] : ys[i];
        }
        int[] order = ordered(x, y);
        return new Quad(new double[] {x[order[0]], x[order[1]], x[order[2]], x[order[3]]},
                new double[] {y[order[0]], y[order[1]], y[order[2]], y[order[3]]}, score);
    }

    /**
     * The indices of four corners as top-left, top-right, bottom-right, bottom-left (PaddleOCR's
     * get_mini_boxes): the two leftmost are the left side, each side's upper one its top.
     */
    static int[] ordered(double[] x, double[] y) {
        Integer[] i = {0, 1, 2, 3};
        java.util.Arrays.sort(i, java.util.Comparator.comparingDouble(k -> x[k]));
        int topLeft = y[i[0]] <= y[i[1]] ? i[0] : i[1];
        int bottomLeft = y[i[0]] <= y[i[1]] ? i[1] : i[0];
        int topRight = y[i[2]] <= y[i[3]] ? i[2] : i[3];
        int bottomRight = y[i[2]] <= y[i[3]] ? i[3] : i[2];
        return new int[] {topLeft, topRight, bottomRight, bottomLeft};
    }

    private Quad reordered(int a, int b, int c, int d) {
        return new Quad(new double[] {xs[a], xs[b], xs[c], xs[d]}, new double[] {ys[a], ys[b], ys[c], ys[d]}, score);
    }

    /** The page box of the stretch between fractions {@code from} and {@code to} of the reading direction. */
    Box span(double from, double to) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (double f : new double[] {from, to}) {
            double[][] points = {
                {lerp(xs[0], xs[1], f), lerp(ys[0], ys[1], f)},
                {lerp(xs[3], xs[2], f), lerp(ys[3], ys[2], f)}};
            for (double[] p : points) {
                left = Math.min(left, p[0]);
                top = Math.min(top, p[1]);
                right = Math.max(right, p[0]);
                bottom = Math.max(bottom, p[1]);
            }
        }
        int x = (int) Math.floor(left);
        int y = (int) Math.floor(top);
        return new Box(x, y, Math.max(1, (int) Math.ceil(right) - x), Math.max(1, (int) Math.ceil(bottom) - y));
    }

    /** The axis-aligned box around the whole quad. */
    Box box() {
        return span(0, 1);
    }

    private static double lerp(double a, double b, double f) {
        return a + (b - a) * f;
    }
}
