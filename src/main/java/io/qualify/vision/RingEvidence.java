package io.qualify.vision;

import java.util.Arrays;

/**
 * What the ink says about one hypothesised seal outline, measured along rays from its centre.
 *
 * @param inPage share of the outline lying inside the image (a seal half off the page edge has 0.5)
 * @param coverage share of the in-page outline with ink on it: a stamp's ring is drawn all round
 * @param spread how unevenly far out the ink reaches along the rays that hit the outline (median
 *     absolute deviation, in mean radii): near 0 for an ellipse, larger for a square or a character
 * @param ringWidth median depth of the ink band met at the outline, in mean radii: thin for a ring,
 *     about 1 for a filled disc
 * @param interior share of ink inside 0.7 of the outline (text and star: neither empty nor solid)
 * @param outside share of the in-page rays meeting ink just beyond the outline (something larger, or
 *     touching red ink)
 */
record RingEvidence(double inPage, double coverage, double spread, double ringWidth, double interior, double outside) {

    private static final int RAYS = 120;
    private static final double FAR = 1.35;
    private static final double INTERIOR = 0.7;

    static RingEvidence measure(InkMask mask, SealEllipse e) {
        return measure(mask, e, tolerance(e));
    }

    /** How close to the outline (in radii) ink must be to count as on it. */
    static double tolerance(SealEllipse e) {
        return Math.max(0.06, 2.0 / e.meanRadius());
    }

    static RingEvidence measure(InkMask mask, SealEllipse e, double tol) {
        double step = 0.5 / e.meanRadius();
        int inPage = 0;
        int hits = 0;
        int outside = 0;
        double[] reach = new double[RAYS];
        double[] depth = new double[RAYS];
        for (int k = 0; k < RAYS; k++) {
            double phi = 2 * Math.PI * k / RAYS;
            if (!mask.inside(e.x(phi, 1), e.y(phi, 1))) {
                continue;
            }
            inPage++;
            double rim = outermost(mask, e, phi, 1 - tol, 1 + tol, step);
            if (rim > 0) {
                // In shares of the mean radius, not of this ray's: an oval's ring is as thin along its
                // short axis as along its long one, and should measure so.
                double scale = Math.hypot(e.x(phi, 1) - e.cx(), e.y(phi, 1) - e.cy()) / e.meanRadius();
                reach[hits] = (Math.max(rim, outermost(mask, e, phi, rim, FAR, step)) - 1) * scale;
                depth[hits] = (rim - innermost(mask, e, phi, rim, step)) * scale;
                hits++;
            }
            if (outermost(mask, e, phi, 1 + 2 * tol + 0.05, FAR, step) > 0) {
                outside++;
            }
        }
        if (hits == 0) {
            return new RingEvidence((double) inPage / RAYS, 0, 1, 1, interior(mask, e), 0);
        }
        double[] r = Arrays.copyOf(reach, hits);
        double[] d = Arrays.copyOf(depth, hits);
        return new RingEvidence((double) inPage / RAYS, (double) hits / inPage, deviation(r), median(d),
                interior(mask, e), (double) outside / inPage);
    }

    /** The largest share in [from, to] along the ray with ink, or 0 when there is none. */
    private static double outermost(InkMask mask, SealEllipse e, double phi, double from, double to, double step) {
        for (double s = to; s >= from; s -= step) {
            if (mask.ink(e.x(phi, s), e.y(phi, s))) {
                return s;
            }
        }
        return 0;
    }

    /** Walking inward from {@code start}, where the unbroken ink ends (gaps of a pixel are bridged). */
    private static double innermost(InkMask mask, SealEllipse e, double phi, double start, double step) {
        double last = start;
        for (double s = start; s > 0; s -= step) {
            if (mask.ink(e.x(phi, s), e.y(phi, s))) {
                last = s;
            } else if (last - s > 3 * step) {
                break;
            }
        }
        return last;
    }

    private static double interior(InkMask mask, SealEllipse e) {
        double r = Math.max(e.a(), e.b()) * INTERIOR;
        int inked = 0;
        int seen = 0;
        for (int y = (int) Math.max(0, e.cy() - r); y <= Math.min(mask.height() - 1, e.cy() + r); y++) {
            for (int x = (int) Math.max(0, e.cx() - r); x <= Math.min(mask.width() - 1, e.cx() + r); x++) {
                if (e.share(x + 0.5, y + 0.5) < INTERIOR) {
                    seen++;
                    inked += mask.ink(x, y) ? 1 : 0;
                }
            }
        }
        return seen == 0 ? 0 : (double) inked / seen;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double deviation(double[] values) {
        double m = median(values);
        return median(Arrays.stream(values).map(v -> Math.abs(v - m)).toArray());
    }
}
