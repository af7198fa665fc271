package io.qualify.vision;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Tells a handheld card photo from a card lying alone, by skin colour around the card: see
 * {@link CardScene} for the signals and the score. {@code analyze(photo, found.quad())}, or with an
 * empty quad when no card was found. Works on a copy whose longest side is {@value #SIDE} px.
 */
public final class CardSceneAnalyzer {

    static final int SIDE = 400;
    /** Skin in YCrCb (Chai and Ngan, 1999): Cr 133–173, Cb 77–127, any luma above deep shadow. */
    private static final Scalar SKIN_LOW = new Scalar(30, 133, 77);
    private static final Scalar SKIN_HIGH = new Scalar(255, 173, 127);
    private static final double FULL_SKIN = 0.12;
    private static final double FULL_FINGERS = 0.10;
    /** Surroundings this skin-coloured are a surface (wood, leather, cardboard), not a person. */
    private static final double SURFACE_SKIN = 0.6;

    public CardScene analyze(BufferedImage photo, List<Point2D> cardQuad) {
        if ((double) Math.min(photo.getWidth(), photo.getHeight()) * SIDE / Math.max(photo.getWidth(), photo.getHeight()) < 8) {
            return new CardScene(false, 0, 0, 0, 0); // a sliver of an image shows no scene
        }
        Mat full = CardImages.bgr(photo);
        Mat small = new Mat();
        Mat skin = new Mat();
        Mat card = new Mat();
        Mat ring = new Mat();
        try {
            double factor = Math.min(1.0, (double) SIDE / Math.max(photo.getWidth(), photo.getHeight()));
            Imgproc.resize(full, small, new Size(), factor, factor, Imgproc.INTER_AREA);
            skinMask(small, skin);
            cardMasks(small.size(), CardQuads.scaled(cardQuad, factor), card, ring);
            return scene(skin, card, ring);
        } finally {
            for (Mat m : List.of(full, small, skin, card, ring)) {
                m.release();
            }
        }
    }

    private static void skinMask(Mat bgr, Mat skin) {
        Mat ycrcb = new Mat();
        Imgproc.cvtColor(bgr, ycrcb, Imgproc.COLOR_BGR2YCrCb);
        Core.inRange(ycrcb, SKIN_LOW, SKIN_HIGH, skin);
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(3, 3));
        Imgproc.morphologyEx(skin, skin, Imgproc.MORPH_OPEN, kernel);
        ycrcb.release();
        kernel.release();
    }

    /** The card's own pixels and a ring just outside its border, as wide as 8 % of its short side. */
    private static void cardMasks(Size size, List<Point2D> quad, Mat card, Mat ring) {
        card.create(size, CvType.CV_8UC1);
        card.setTo(new Scalar(0));
        ring.create(size, CvType.CV_8UC1);
        ring.setTo(new Scalar(0));
        if (quad.size() != 4) {
            return;
        }
        MatOfPoint polygon = new MatOfPoint(quad.stream().map(p -> new Point(p.getX(), p.getY())).toArray(Point[]::new));
        Imgproc.fillConvexPoly(card, polygon, new Scalar(255));
        int width = (int) Math.max(3, 0.08 * CardQuads.shortSide(quad));
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(2 * width + 1, 2 * width + 1));
        Imgproc.dilate(card, ring, kernel);
        Core.subtract(ring, card, ring);
        polygon.release();
        kernel.release();
    }

    private static CardScene scene(Mat skin, Mat card, Mat ring) {
        Mat outside = new Mat();
        Mat skinOutside = new Mat();
        Mat skinRing = new Mat();
        try {
            Core.bitwise_not(card, outside);
            Core.bitwise_and(skin, outside, skinOutside);
            Core.bitwise_and(skin, ring, skinRing);
            double skinShare = share(skinOutside, outside);
            double fingerShare = share(skinRing, ring);
            // The ring is left out of the face search so fingers on the border do not join a face blob.
            Core.subtract(skinOutside, ring, skinOutside);
            double faceShare = skinShare > SURFACE_SKIN ? 0 : largestFace(skinOutside);
            double score = 0.45 * (faceShare > 0 ? 1 : 0) + 0.35 * Math.min(1, skinShare / FULL_SKIN)
                    + 0.2 * Math.min(1, fingerShare / FULL_FINGERS);
            if (skinShare > SURFACE_SKIN) {
                score *= 0.4;
            }
            return new CardScene(score >= CardScene.HANDHELD_SCORE, score, skinShare, fingerShare, faceShare);
        } finally {
            outside.release();
            skinOutside.release();
            skinRing.release();
        }
    }

    private static double share(Mat part, Mat whole) {
        int all = Core.countNonZero(whole);
        return all == 0 ? 0 : (double) Core.countNonZero(part) / all;
    }

    /** The photo share of the largest upright, oval, face-sized skin blob; 0 when none. */
    private static double largestFace(Mat skin) {
        List<MatOfPoint> blobs = new ArrayList<>();
        Mat hierarchy = new Mat();
        Imgproc.findContours(skin, blobs, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
        hierarchy.release();
        double total = skin.total();
        double best = 0;
        for (MatOfPoint blob : blobs) {
            double area = Imgproc.contourArea(blob);
            Rect box = Imgproc.boundingRect(blob);
            double tall = (double) box.height / box.width;
            double ovalFill = area / (Math.PI / 4 * box.width * box.height);
            boolean faceLike = area >= 0.01 * total && area <= 0.4 * total && tall >= 0.8 && tall <= 2.0
                    && ovalFill >= 0.75 && ovalFill <= 1.15;
            if (faceLike) {
                best = Math.max(best, area / total);
            }
            blob.release();
        }
        return best;
    }
}
