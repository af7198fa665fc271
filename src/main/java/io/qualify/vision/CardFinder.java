package io.qualify.vision;

import io.qualify.vision.CardCandidates.Candidate;
import io.qualify.vision.CardCandidates.Route;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencv.core.CvException;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds a resident ID card in a photo or scan and cuts it out square-on, landscape, at
 * {@value #CARD_WIDTH} × {@value #CARD_HEIGHT} (85.6 : 54 mm). Detection runs on a copy whose longest
 * side is at most {@value #DETECT_SIDE} px; the cut is taken from the full-resolution photo.
 * Rough quads come from {@link CardCandidates}, are snapped onto straight borders by {@link CardEdges},
 * and the best is kept by how much of its outline is border, how near its shape is to a card's and how
 * light its inside is. A photo that is already just the card (a scan, a crop) comes back whole.
 * Never throws on a readable image: no card gives {@link Optional#empty()}. Stateless and thread-safe:
 * {@code new CardFinder().find(photo)}.
 */
public final class CardFinder {

    public static final int CARD_WIDTH = 1000;
    public static final int CARD_HEIGHT = 631;
    /** 85.6 / 54: the ID card's long side over its short side (ISO/IEC 7810 ID-1). */
    public static final double CARD_ASPECT = 85.6 / 54;

    static final int DETECT_SIDE = 1000;
    /** Below this the best quad is more likely chance than a card. */
    static final double MIN_CONFIDENCE = 0.25;
    /** Long/short sides a quad seen at a moderate angle may show; outside, only a clean polygon passes. */
    private static final double MIN_ASPECT = 1.3;
    private static final double MAX_ASPECT = 1.95;
    /** A clean, well-bordered four-sided outline may be this elongated (a card photographed steeply). */
    private static final double MAX_STEEP_ASPECT = 4.0;
    /** Spread of the aspect score, in log ratio: a photographed A4 page (1.41) scores about 0.64. */
    private static final double ASPECT_SPREAD = 0.12;
    /** Photos shaped like this (long/short) may be a scan or crop of the card alone. */
    private static final double MIN_WHOLE_ASPECT = 1.45;
    private static final double MAX_WHOLE_ASPECT = 1.75;
    /** The confidence of taking a card-shaped image whole: a found, bordered card beats it. */
    private static final double WHOLE_CONFIDENCE = 0.55;
    /** An ID card's face is light; an inside darker than this mean grey is likely something else. */
    private static final double LIGHT_GREY = 110;
    /** A scan of a card alone has at least this share of its outer rim lighter than {@link #RIM_GREY}. */
    private static final double LIGHT_RIM = 0.75;
    private static final int RIM_GREY = 150;

    /**
     * A card found in a photo.
     *
     * @param quad the card's corners in photo pixels, clockwise on screen, starting at the corner that
     *     became the top-left of {@link #card()}; the first side (corner 0 → 1) became the card's top edge.
     *     When the card lies roughly level that is its top-left as seen; when its long side stands upright
     *     the card is read as turned a quarter clockwise (corner 0 is the top-right as seen). Whether the
     *     card was upside down is not decided here (see {@link #rotationInPhoto(int)}).
     * @param card the card cut out square-on, {@value CardFinder#CARD_WIDTH} × {@value CardFinder#CARD_HEIGHT}
     * @param confidence 0–1: how card-like the found quad is (border support × shape × lightness)
     * @param areaShare the quad's area over the photo's
     */
    public record FoundCard(List<Point2D> quad, BufferedImage card, double confidence, double areaShare) {

        public FoundCard {
            quad = List.copyOf(quad);
        }

        /**
         * How far the card is turned clockwise in the photo (0, 90, 180 or 270), given that {@link #card()}
         * read upright after turning it {@code turnedClockwise} degrees clockwise (0 or 180, as OCR found).
         * The card's top edge runs from corner 0 to 1 (or 2 to 3 when turned 180); its direction, measured
         * clockwise from pointing right and rounded to a quarter, is the card's turn in the photo.
         */
        public int rotationInPhoto(int turnedClockwise) {
            if (turnedClockwise % 180 != 0) {
                throw new IllegalArgumentException("the card is cut out landscape; turn it 0 or 180, not " + turnedClockwise);
            }
            Point2D a = quad.get(0);
            Point2D b = quad.get(1);
            double degrees = Math.toDegrees(Math.atan2(b.getY() - a.getY(), b.getX() - a.getX()));
            int quarter = (int) Math.round(degrees / 90) * 90;
            return Math.floorMod(quarter + turnedClockwise, 360);
        }

        /**
         * How much perspective foreshortens the card: 1 minus the shorter over the longer of each pair
         * of opposite sides (the worse pair). 0 for a card photographed square-on; above about 0.25 the
         * photo was taken at a steep angle and small print may not read.
         */
        public double skew() {
            double top = CardQuads.side(quad, 0);
            double right = CardQuads.side(quad, 1);
            double bottom = CardQuads.side(quad, 2);
            double left = CardQuads.side(quad, 3);
            return 1 - Math.min(Math.min(top, bottom) / Math.max(top, bottom), Math.min(left, right) / Math.max(left, right));
        }
    }

    /** Where a scored quad is and how card-like it is, in detection pixels. */
    private record Scored(List<Point2D> quad, double confidence, double areaShare) {
    }

    public Optional<FoundCard> find(BufferedImage photo) {
        if (photo.getWidth() < 16 || photo.getHeight() < 16) {
            return Optional.empty();
        }
        Mat full = CardImages.bgr(photo);
        Mat grey = new Mat();
        try {
            double factor = Math.min(1.0, (double) DETECT_SIDE / Math.max(photo.getWidth(), photo.getHeight()));
            detectionGrey(full, factor, grey);
            Optional<Scored> best = best(grey);
            return best.map(s -> new FoundCard(CardQuads.scaled(s.quad(), 1 / factor),
                    rectify(full, CardQuads.scaled(s.quad(), 1 / factor)), s.confidence(), s.areaShare()));
        } catch (CvException e) {
            // A degenerate image OpenCV refuses (say, a one-colour strip) holds no card either.
            return Optional.empty();
        } finally {
            full.release();
            grey.release();
        }
    }

    private static void detectionGrey(Mat full, double factor, Mat grey) {
        Mat small = new Mat();
        Imgproc.resize(full, small, new Size(), factor, factor, Imgproc.INTER_AREA);
        Imgproc.cvtColor(small, grey, Imgproc.COLOR_BGR2GRAY);
        Imgproc.GaussianBlur(grey, grey, new Size(5, 5), 0);
        small.release();
    }

    private static Optional<Scored> best(Mat grey) {
        CardEdges edges = CardEdges.of(grey);
        byte[] pixels = new byte[(int) grey.total()];
        grey.get(0, 0, pixels);
        CardLightness light = new CardLightness(pixels, grey.cols(), grey.rows());
        Scored best = whole(grey, light);
        List<Candidate> candidates = new ArrayList<>(CardCandidates.of(grey));
        candidates.addAll(CardLines.of(grey, edges));
        for (Candidate candidate : candidates) {
            Scored s = score(candidate, edges, light, grey.total());
            if (s != null && (best == null || s.confidence() > best.confidence())) {
                best = s;
            }
        }
        return Optional.ofNullable(best).filter(s -> s.confidence() >= MIN_CONFIDENCE);
    }

    /** The whole image as the card, when it is shaped like one (a scan or a tight crop); else null. */
    private static Scored whole(Mat grey, CardLightness light) {
        int w = grey.cols();
        int h = grey.rows();
        double aspect = (double) Math.max(w, h) / Math.min(w, h);
        // A card's face is light right up to its edge; a photo of anything else rarely is all round.
        if (aspect < MIN_WHOLE_ASPECT || aspect > MAX_WHOLE_ASPECT || light.rimShare(RIM_GREY) < LIGHT_RIM) {
            return null;
        }
        List<Point2D> corners = CardQuads.ordered(List.of(new Point2D.Double(0, 0), new Point2D.Double(w, 0),
                new Point2D.Double(w, h), new Point2D.Double(0, h)));
        return new Scored(corners, WHOLE_CONFIDENCE * light.factor(corners, LIGHT_GREY), 1.0);
    }

    private static Scored score(Candidate candidate, CardEdges edges, CardLightness light, double total) {
        List<Point2D> rough = CardQuads.ordered(candidate.quad());
        if (!CardQuads.convex(rough) || CardQuads.area(rough) < CardCandidates.MIN_AREA_SHARE * total) {
            return null;
        }
        List<Point2D> quad = snapped(rough, edges);
        double support = edges.support(quad);
        double shape = shapeScore(CardQuads.aspect(quad), candidate.route() == Route.POLYGON && support >= 0.8);
        double trust = switch (candidate.route()) {
            case POLYGON -> 1.0;
            case HULL -> 0.95;
            case LINES -> 0.9;
            case RECTANGLE -> 0.85;
        };
        double areaShare = CardQuads.area(quad) / total;
        // Among equally good quads the larger wins: a card's outer border over a frame printed inside it.
        double size = 0.9 + 0.1 * Math.min(1, areaShare / 0.3);
        double confidence = support * shape * trust * size * light.factor(quad, LIGHT_GREY);
        return new Scored(quad, Math.min(1, confidence), Math.min(1, areaShare));
    }

    /** The rough quad snapped onto the borders near it, unless snapping made it implausibly different. */
    private static List<Point2D> snapped(List<Point2D> rough, CardEdges edges) {
        double band = Math.max(4, 0.12 * CardQuads.shortSide(rough));
        List<Point2D> refined = CardQuads.ordered(edges.refine(rough, band));
        double change = CardQuads.area(refined) / CardQuads.area(rough);
        boolean plausible = CardQuads.convex(refined) && change > 0.6 && change < 1.4;
        return plausible ? refined : rough;
    }

    /** 1 for a card's 85.6:54, falling off with the log ratio; a steep clean quad gets a flat 0.35. */
    private static double shapeScore(double aspect, boolean cleanPolygon) {
        if (aspect >= MIN_ASPECT && aspect <= MAX_ASPECT) {
            double off = Math.log(aspect / CARD_ASPECT) / ASPECT_SPREAD;
            return Math.exp(-off * off / 2);
        }
        return cleanPolygon && aspect > MAX_ASPECT && aspect <= MAX_STEEP_ASPECT ? 0.35 : 0;
    }

    private static BufferedImage rectify(Mat full, List<Point2D> quad) {
        MatOfPoint2f from = new MatOfPoint2f(quad.stream().map(p -> new Point(p.getX(), p.getY())).toArray(Point[]::new));
        MatOfPoint2f to = new MatOfPoint2f(new Point(0, 0), new Point(CARD_WIDTH, 0),
                new Point(CARD_WIDTH, CARD_HEIGHT), new Point(0, CARD_HEIGHT));
        Mat transform = Imgproc.getPerspectiveTransform(from, to);
        Mat card = new Mat();
        try {
            Imgproc.warpPerspective(full, card, transform, new Size(CARD_WIDTH, CARD_HEIGHT), Imgproc.INTER_LINEAR,
                    Core.BORDER_REPLICATE);
            return CardImages.image(card);
        } finally {
            from.release();
            to.release();
            transform.release();
            card.release();
        }
    }
}
