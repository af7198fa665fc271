package io.qualify.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/** Pixel operations on page images: the ink channel, quarter turns, flips and resampling. */
public final class PageImages {

    /** Image types whose raster holds 8-bit red, green, blue (and alpha) samples in sRGB, in that band order. */
    private static final Set<Integer> PLAIN_RGB = Set.of(BufferedImage.TYPE_INT_RGB,
            BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_BGR, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR);

    private PageImages() {
    }

    /**
     * The red channel as a grey image. Black and blue ink stay dark while red seals, red stamps and the
     * yellow-brown guilloche of licences turn light, so a seal over a name no longer breaks its reading.
     */
    public static BufferedImage inkChannel(BufferedImage rgb) {
        return grey(rgb, argb -> (argb >> 16) & 0xFF);
    }

    /**
     * A grey image in which red ink is paper: each pixel's red channel plus its red's lead over the
     * other two. Black print stays black, also where a seal's ink lies over it (the two multiply to
     * dark), while the seal, a red letterhead and red rules whiten; the sign-off under a company seal
     * is then read as a line of text rather than skipped as part of a picture.
     */
    public static BufferedImage inkWithoutRed(BufferedImage rgb) {
        return grey(rgb, argb -> {
            int r = (argb >> 16) & 0xFF;
            int others = (((argb >> 8) & 0xFF) + (argb & 0xFF)) / 2;
            return Math.max(0, Math.min(255, r + r - others));
        });
    }

    /** A grey image whose every pixel is {@code level} of the colour pixel in its place. */
    private static BufferedImage grey(BufferedImage rgb, IntUnaryOperator level) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster out = grey.getRaster();
        int[] row = new int[w];
        int[] values = new int[w];
        // The standard 8-bit sRGB types' samples are the colour itself: read them as they lie, which is
        // several times faster than getRGB's colour-model conversion of every pixel.
        boolean plain = PLAIN_RGB.contains(rgb.getType());
        int bands = rgb.getRaster().getNumBands();
        int[] samples = plain ? new int[w * bands] : null;
        for (int y = 0; y < h; y++) {
            if (plain) {
                rgb.getRaster().getPixels(0, y, w, 1, samples);
                for (int x = 0, i = 0; x < w; x++, i += bands) {
                    row[x] = samples[i] << 16 | samples[i + 1] << 8 | samples[i + 2];
                }
            } else {
                rgb.getRGB(0, y, w, 1, row, 0, w);
            }
            for (int x = 0; x < w; x++) {
                values[x] = level.applyAsInt(row[x]);
            }
            out.setPixels(0, y, w, 1, values);
        }
        return grey;
    }

    /** The image turned counter-clockwise by {@code clockwiseDegrees}, undoing a clockwise turn. */
    public static BufferedImage undoRotation(BufferedImage image, int clockwiseDegrees) {
        int quarterTurns = Math.floorMod(clockwiseDegrees, 360) / 90;
        if (quarterTurns == 0) {
            return image;
        }
        return rotateClockwise(image, 360 - quarterTurns * 90);
    }

    public static BufferedImage rotateClockwise(BufferedImage image, int degrees) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = Math.floorMod(degrees, 180) == 90;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, typeOf(image));
        AffineTransform turn = new AffineTransform();
        turn.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
        turn.quadrantRotate(Math.floorMod(degrees, 360) / 90);
        turn.translate(-w / 2.0, -h / 2.0);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    public static BufferedImage flipHorizontally(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), typeOf(image));
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, image.getWidth(), 0, -image.getWidth(), image.getHeight(), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The image resampled by {@code factor} (bicubic), or itself when the factor is ~1. */
    public static BufferedImage scale(BufferedImage image, double factor) {
        if (Math.abs(factor - 1) < 0.02) {
            return image;
        }
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, typeOf(image));
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int typeOf(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
    }
}
