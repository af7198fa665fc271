package io.qualify.vision;

/**
 * Whether a card photo is a handheld shot (a person holding their card, often beside their face) rather
 * than a card lying alone, with the signals the decision rests on. Made by {@link CardSceneAnalyzer}.
 * Skin is judged by colour in YCrCb (the chroma of skin varies little with light), outside the card so
 * that a portrait printed on the card does not count.
 *
 * @param handheld whether {@code score} reaches {@link #HANDHELD_SCORE}
 * @param score 0–1: 0.45 × face + 0.35 × skin (full at 12 % of the photo outside the card) + 0.2 ×
 *     fingers (full at 10 % of the ring round the card), scaled by 0.4 when over 60 % of the surroundings is
 *     skin-coloured, which is a wooden desk or a brown bag rather than a person
 * @param skinShare skin-coloured share of the photo outside the card
 * @param fingerShare skin-coloured share of a narrow ring just outside the card's border (fingers holding it)
 * @param faceShare photo share of the largest face-like skin blob outside the card (an upright oval of
 *     1–40 % of the photo), 0 when there is none. The org.openpnp 4.9.0-0 jar ships no Haar cascade, so
 *     this is a shape test, not a face detector.
 */
public record CardScene(boolean handheld, double score, double skinShare, double fingerShare, double faceShare) {

    public static final double HANDHELD_SCORE = 0.5;
}
