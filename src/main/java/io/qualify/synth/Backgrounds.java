package io.qualify.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/**
 * Textured surfaces a phone photo of a document lies on: carpet, wooden desk, grey table, fabric.
 * {@link #make(Random, int, int)} returns the chosen surface and its image.
 */
final class Backgrounds {

    /** A named surface colour with how coarse its texture is. */
    record Surface(String name, Color base, int grain, boolean streaks) {
    }

    static final List<Surface> SURFACES = List.of(
            new Surface("carpet-grey", new Color(120, 118, 112), 3, false),
            new Surface("carpet-red", new Color(120, 40, 50), 3, false),
            new Surface("desk-wood", new Color(150, 105, 65), 2, true),
            new Surface("desk-dark", new Color(60, 45, 35), 2, true),
            new Surface("table-grey", new Color(170, 170, 165), 1, false),
            new Surface("fabric-blue", new Color(60, 80, 120), 2, false));

    /** The picked surface and the textured image of it. */
    record Background(Surface surface, BufferedImage image) {
    }

    private Backgrounds() {
    }

    static Background make(Random rnd, int width, int height) {
        Surface s = SURFACES.get(rnd.nextInt(SURFACES.size()));
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(s.base());
        g.fillRect(0, 0, width, height);
        int dots = width * height / (40 / s.grain());
        for (int i = 0; i < dots / 8; i++) {
            int d = rnd.nextInt(41) - 20;
            g.setColor(shade(s.base(), d));
            int x = rnd.nextInt(width);
            int y = rnd.nextInt(height);
            if (s.streaks()) {
                g.fillRect(x, y, 20 + rnd.nextInt(120), 1 + rnd.nextInt(2));
            } else {
                g.fillRect(x, y, s.grain() + 1, s.grain() + 1);
            }
        }
        g.dispose();
        return new Background(s, img);
    }

    private static Color shade(Color c, int d) {
        return new Color(clamp(c.getRed() + d), clamp(c.getGreen() + d), clamp(c.getBlue() + d));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
