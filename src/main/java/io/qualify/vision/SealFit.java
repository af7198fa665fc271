package io.qualify.vision;

/**
 * Nudges a proposed seal outline onto the ink: centre and each half-axis in turn are moved while that
 * puts more of the outline on a narrow band of ink, with ever smaller steps. Proposals come rough (a
 * Hough circle a few pixels off, an ellipse fitted round a ring's outer edge plus a touching stroke);
 * the evidence is only fair on an outline that sits on the ring. {@code SealFit.refine(ink, proposal)}.
 */
final class SealFit {

    private static final int RAYS = 90;
    /** First step as a share of the radius, halved each round. */
    private static final double FIRST_STEP = 0.04;
    private static final int ROUNDS = 4;

    private SealFit() {
    }

    static SealEllipse refine(InkMask ink, SealEllipse proposal) {
        SealEllipse best = proposal;
        double score = onRing(ink, best);
        for (int round = 0; round < ROUNDS; round++) {
            double d = FIRST_STEP * best.meanRadius() / (1 << round);
            boolean moved = true;
            while (moved) {
                moved = false;
                for (SealEllipse next : neighbours(best, d)) {
                    double s = onRing(ink, next);
                    if (s > score + 1e-9) {
                        best = next;
                        score = s;
                        moved = true;
                    }
                }
            }
        }
        return best;
    }

    private static SealEllipse[] neighbours(SealEllipse e, double d) {
        double ra = d / e.a();
        double rb = d / e.b();
        return new SealEllipse[] {
            e.moved(d, 0), e.moved(-d, 0), e.moved(0, d), e.moved(0, -d),
            e.scaled(1 + ra, 1), e.scaled(1 - ra, 1), e.scaled(1, 1 + rb), e.scaled(1, 1 - rb),
            e.scaled(1 + ra, 1 + rb), e.scaled(1 - ra, 1 - rb),
        };
    }

    /**
     * How well the outline sits on ink: per in-image ray, 1 when ink lies exactly on it, falling to 0
     * at the edge of a narrow band either side; averaged. Graded, so a step towards the ring pays.
     */
    static double onRing(InkMask ink, SealEllipse e) {
        double band = Math.max(0.04, 1.5 / e.meanRadius());
        double step = 0.5 / e.meanRadius();
        int seen = 0;
        double total = 0;
        for (int k = 0; k < RAYS; k++) {
            double phi = 2 * Math.PI * k / RAYS;
            if (!ink.inside(e.x(phi, 1), e.y(phi, 1))) {
                continue;
            }
            seen++;
            for (double d = 0; d <= band; d += step) {
                if (ink.ink(e.x(phi, 1 + d), e.y(phi, 1 + d)) || ink.ink(e.x(phi, 1 - d), e.y(phi, 1 - d))) {
                    total += 1 - d / band;
                    break;
                }
            }
        }
        return seen == 0 ? 0 : total / seen;
    }
}
