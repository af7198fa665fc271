package io.qualify.synth;

import java.util.Random;

/**
 * One ID card photo to take: the scene, the face shown, and the faults of how it was taken. A photo turned by
 * a quarter turn (its EXIF orientation lost) is fine by R7; a card held upside down and a mirrored
 * (front-camera) photo are not (R7, R8).
 *
 * @param scene      the card alone on a surface, or held by the applicant
 * @param side       the face shown (a handheld photo always shows the front)
 * @param quarters   clockwise quarter turns of the whole photo (0..3; 2 turns a lone card upside down)
 * @param upsideDown the card itself is turned 180° in the scene (held upside down)
 * @param mirrored   the whole photo is mirrored left-right, as a front camera takes it
 */
public record IdShot(Scene scene, IdCardTruth.Side side, int quarters, boolean upsideDown, boolean mirrored) {

    /** Where the card is: {@link #ALONE} on a desk or cloth, or {@link #HANDHELD} by the applicant. */
    public enum Scene { ALONE, HANDHELD }

    /** A photo with no fault, turned by 0° mostly, else by 90° or 270°. */
    static IdShot clean(Scene scene, IdCardTruth.Side side, Random rnd) {
        int quarters = rnd.nextInt(4) == 0 ? (rnd.nextBoolean() ? 1 : 3) : 0;
        return new IdShot(scene, side, quarters, false, false);
    }

    /** The card turned 180°: by the photo for a lone card (the same thing) or by the hand holding it. */
    static IdShot upsideDown(Scene scene, IdCardTruth.Side side, Random rnd) {
        boolean wholePhoto = scene == Scene.ALONE && rnd.nextBoolean();
        return new IdShot(scene, side, wholePhoto ? 2 : 0, !wholePhoto, false);
    }

    static IdShot mirrored(Scene scene, IdCardTruth.Side side) {
        return new IdShot(scene, side, 0, false, true);
    }

    public GeneratedKind kind() {
        if (scene == Scene.HANDHELD) {
            return GeneratedKind.ID_CARD_HANDHELD;
        }
        return side == IdCardTruth.Side.FRONT ? GeneratedKind.ID_CARD_FRONT : GeneratedKind.ID_CARD_BACK;
    }

    /** The clockwise turn of the card's content in the final image, as SPEC.md §4's {@code rotation} reports it. */
    public int rotation() {
        return Math.floorMod(quarters * 90 + (upsideDown ? 180 : 0), 360);
    }
}
