package io.qualify.synth;

import java.awt.Color;
import java.util.Random;

/**
 * How one impression of a seal came out: the ink's colour (deep red to pale pink), how much of it reached the
 * paper, how unevenly, and how much one side faded (the stamp pressed at a tilt). {@link #random(Random, boolean)}
 * draws one; a {@code clear} impression is strong and even enough for its text to be read (SEAL_NAME_MISMATCH).
 *
 * @param colour     the ink at full strength
 * @param strength   the opacity where the ink is thickest (0..1)
 * @param unevenness how much the ink varies over the impression, blotches and speckles (0..1)
 * @param fade       how far the weakest side fades out (0..1)
 * @param fadeAngle  the direction, in radians, of the weakest side
 */
public record SealInk(Color colour, double strength, double unevenness, double fade, double fadeAngle) {

    static SealInk random(Random rnd, boolean clear) {
        double pale = clear ? rnd.nextDouble() * 0.3 : rnd.nextDouble();
        Color colour = new Color(170 + (int) (pale * 70), 18 + (int) (pale * 110), 28 + (int) (pale * 120));
        double strength = clear ? 0.85 + rnd.nextDouble() * 0.15 : 0.55 + rnd.nextDouble() * 0.45;
        double unevenness = clear ? rnd.nextDouble() * 0.25 : rnd.nextDouble() * 0.6;
        double fade = clear ? 0 : rnd.nextInt(3) == 0 ? 0.3 + rnd.nextDouble() * 0.6 : 0;
        return new SealInk(colour, round(strength), round(unevenness), round(fade), round(rnd.nextDouble() * 2 * Math.PI));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
