package io.qualify.synth;

/**
 * What a company seal (公章) stamped on a letter or commitment says. Round seals carry {@code text} along the
 * upper arc around a star, an optional line under the star and an optional 13-digit serial along the lower arc;
 * oval seals carry the arc and the line under it. Drawn by {@link SealDrawer}.
 *
 * @param text       the enterprise named along the arc (usually the licence's name; SEAL_NAME_MISMATCH names another)
 * @param shape      ROUND or OVAL
 * @param bottomText the horizontal line, e.g. 合同专用章, or null
 * @param serial     the 13-digit filing serial along the lower arc (round seals only), or null
 * @param legible    whether the impression is meant to be read: strong, even ink, wholly on the paper (a seal
 *                   naming another company must be read to be told apart); otherwise it may be pale or cut off
 */
public record SealTruth(String text, Shape shape, String bottomText, String serial, boolean legible) {

    /** The outline of the stamp. */
    public enum Shape { ROUND, OVAL }
}
