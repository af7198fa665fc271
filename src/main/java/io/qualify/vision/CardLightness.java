package io.qualify.vision;

import java.awt.geom.Point2D;
import java.util.List;

/**
 * How light the inside of a quad is on a grey image, sampled on a grid spread over the quad (bilinear in
 * its corners) rather than by a mask, so scoring dozens of quads per photo stays cheap.
 */
final class CardLightness {

    private static final int GRID = 12;

    private final byte[] grey;
    private final int width;
    private final int height;

    CardLightness(byte[] grey, int width, int height) {
        this.grey = grey;
        this.width = width;
        this.height = height;
    }

    /** The mean grey level over the quad's inside, 0–255. */
    double mean(List<Point2D> quad) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                double u = (i + 0.5) / GRID;
                double v = (j + 0.5) / GRID;
                double x = bilinear(quad, u, v, true);
                double y = bilinear(quad, u, v, false);
                int xi = (int) x;
                int yi = (int) y;
                if (xi >= 0 && yi >= 0 && xi < width && yi < height) {
                    sum += grey[yi * width + xi] & 0xFF;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** 1 when the quad's inside is at least {@code light} on average, proportionally less when darker. */
    double factor(List<Point2D> quad, double light) {
        return Math.min(1, mean(quad) / light);
    }

    /** The share of the image's outer rim (3 % of each side deep) at least as light as {@code grey}. */
    double rimShare(int light) {
        int dx = Math.max(1, width * 3 / 100);
        int dy = Math.max(1, height * 3 / 100);
        int lit = 0;
        int all = 0;
        for (int y = 0; y < height; y++) {
            boolean rimRow = y < dy || y >= height - dy;
            for (int x = 0; x < width; x++) {
                if (rimRow || x < dx || x >= width - dx) {
                    all++;
                    lit += (grey[y * width + x] & 0xFF) >= light ? 1 : 0;
                }
            }
        }
        return all == 0 ? 0 : (double) lit / all;
    }

    private static double bilinear(List<Point2D> q, double u, double v, boolean x) {
        double p0 = x ? q.get(0).getX() : q.get(0).getY();
        double p1 = x ? q.get(1).getX() : q.get(1).getY();
        double p2 = x ? q.get(2).getX() : q.get(2).getY();
        double p3 = x ? q.get(3).getX() : q.get(3).getY();
        return (1 - v) * ((1 - u) * p0 + u * p1) + v * ((1 - u) * p3 + u * p2);
    }
}
