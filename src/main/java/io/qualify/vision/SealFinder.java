package io.qualify.vision;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.CvException;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds red seals (公章) on a page. The search runs on a copy whose longer side is at most
 * {@value #SEARCH_SIDE} px: red ink is picked out ({@link RedInk}), blob outlines and Hough circles
 * propose ellipses ({@link SealCandidates}), each is nudged onto the ink and judged by the shape
 * evidence a stamp leaves ({@link RingEvidence}): ink all round a near-elliptical outline, a thin ring
 * band there, some ink but no solid fill inside, no wider than 1:{@value #MAX_ASPECT}, and large
 * enough for the page. Red titles, rules, ticks, crosses, filled logos, the licence's national emblem
 * and handwriting fail one of these. Every threshold is a share of the seal or the page, never a
 * pixel count. Stateless and thread-safe: {@code new SealFinder().find(page)}.
 */
public final class SealFinder {

    static final int SEARCH_SIDE = 1000;
    /** The smallest seal: its radius as a share of the page's longer side (a 40 mm seal on A4 is 0.067). */
    private static final double MIN_RADIUS = 0.025;
    /** The largest: a crop of a seal cut by the crop's edge may have a radius up to this share. */
    private static final double MAX_RADIUS = 0.75;
    static final double MAX_ASPECT = 1.6;
    private static final double MIN_CONFIDENCE = 0.5;

    /** A judged hypothesis, in search pixels. */
    record Judged(SealEllipse ellipse, RingEvidence evidence, double confidence, InkMask ink) {
    }

    public SealFinder() {
    }

    /**
     * The seals on an upright page image (any size, RGB or grey; a grey page has no seals), best first. Never throws for an odd image.
     * Two ink masks are searched: clearly saturated red first, then faint red-ness over the paper (pale,
     * blotchy or faded ink). On a tie the saturated mask's outline is kept, as it sits on the ring's core.
     */
    public List<Seal> find(BufferedImage page) {
        if (page.getColorModel().getNumColorComponents() < 3 || page.getWidth() < 16 || page.getHeight() < 16) {
            return List.of();
        }
        try {
            double factor = Math.min(1.0, (double) SEARCH_SIDE / Math.max(page.getWidth(), page.getHeight()));
            Mat small = small(page, factor);
            List<Judged> judged = new ArrayList<>();
            for (Mat mask : List.of(RedInk.saturated(small), RedInk.mask(small))) {
                // A seal the saturated mask already found confidently is not judged again on the faint one.
                List<SealEllipse> found = judged.stream().filter(j -> j.confidence() >= MIN_CONFIDENCE).map(Judged::ellipse).toList();
                judged.addAll(judged(mask, InkMask.of(mask), found));
                mask.release();
            }
            small.release();
            List<Seal> seals = new ArrayList<>();
            for (Judged j : kept(judged)) {
                seals.add(new Seal(j.ellipse().box(1 / factor), j.confidence(), shape(j.ellipse()),
                        SealStar.present(j.ink(), j.ellipse())));
            }
            return seals;
        } catch (CvException e) {
            return List.of(); // an image OpenCV refuses (a one-colour sliver) bears no seal either
        }
    }

    static Mat mask(BufferedImage page, double factor) {
        Mat small = small(page, factor);
        Mat mask = RedInk.mask(small);
        small.release();
        return mask;
    }

    private static Mat small(BufferedImage page, double factor) {
        Mat full = CardImages.bgr(page);
        Mat small = new Mat();
        Imgproc.resize(full, small, new Size(), factor, factor, Imgproc.INTER_AREA);
        full.release();
        return small;
    }

    /** Every proposal, nudged onto the ink and judged, in search pixels. */
    static List<Judged> judged(Mat mask, InkMask ink) {
        return judged(mask, ink, List.of());
    }

    /** As {@link #judged(Mat, InkMask)}, less the proposals centred inside one of the {@code found} outlines. */
    private static List<Judged> judged(Mat mask, InkMask ink, List<SealEllipse> found) {
        double longSide = Math.max(mask.cols(), mask.rows());
        List<Judged> out = new ArrayList<>();
        for (SealEllipse proposal : SealCandidates.of(mask, MIN_RADIUS * longSide, MAX_RADIUS * longSide)) {
            if (found.stream().anyMatch(f -> f.share(proposal.cx(), proposal.cy()) < 1)) {
                continue;
            }
            SealEllipse e = SealFit.refine(ink, proposal);
            RingEvidence evidence = RingEvidence.measure(ink, e);
            out.add(new Judged(e, evidence, confidence(e, evidence), ink));
        }
        return out;
    }

    /** The confident hypotheses, best first, each seal once (a weaker one centred inside a kept one is dropped). */
    private static List<Judged> kept(List<Judged> judged) {
        List<Judged> kept = new ArrayList<>();
        judged.stream().filter(j -> j.confidence() >= MIN_CONFIDENCE)
                .sorted(Comparator.comparingDouble(Judged::confidence).reversed())
                .forEach(j -> {
                    boolean seen = kept.stream().anyMatch(k -> k.ellipse().share(j.ellipse().cx(), j.ellipse().cy()) < 1
                            || j.ellipse().share(k.ellipse().cx(), k.ellipse().cy()) < 1);
                    if (!seen) {
                        kept.add(j);
                    }
                });
        return kept;
    }

    static double confidence(SealEllipse e, RingEvidence ev) {
        if (e.aspect() > MAX_ASPECT || ev.inPage() < 0.5 || ev.ringWidth() > 0.3
                || ev.interior() < 0.02 || ev.interior() > 0.45) {
            return 0;
        }
        double ring = clamp((ev.coverage() - 0.35) / 0.45);
        double round = clamp(1 - (ev.spread() - 0.03) / 0.05);
        double thin = clamp(1 - (ev.ringWidth() - 0.11) / 0.19);
        // Text and a star fill a fifth to a third of a seal's inside; bold characters and logos far more.
        double open = clamp(1 - (ev.interior() - 0.33) / 0.12);
        double alone = clamp(1 - (ev.outside() - 0.2) / 0.4);
        double whole = clamp((ev.inPage() - 0.4) / 0.3);
        return ring * round * thin * open * alone * whole;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static Seal.Shape shape(SealEllipse e) {
        return e.aspect() <= 1.12 ? Seal.Shape.ROUND : e.aspect() <= MAX_ASPECT ? Seal.Shape.OVAL : Seal.Shape.OTHER;
    }
}
