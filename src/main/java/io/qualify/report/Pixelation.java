package io.qualify.report;

import io.qualify.document.Box;
import io.qualify.document.PageView;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Covers the personal parts of a page picture before a page inlines it, so no ID number in them can be
 * read. A line of text (a region at least {@value #LINE_ASPECT} times as wide as it is high) is boxed out
 * whole in its mean colour: blocks the size of its characters could be undone by depixelation tools.
 * A larger region (an ID card) is replaced by square blocks of {@code max(12, height / 10)} pixels, each
 * filled with its mean colour, at least as tall as a line of the card's print, while the card's layout
 * stays visible. A picture that cannot be decoded is replaced whole by a blank one of its size: a page
 * never shows what it could not cover.
 */
final class Pixelation {

    private static final int MIN_BLOCK = 12;
    private static final int BLOCKS_PER_HEIGHT = 10;
    private static final int LINE_ASPECT = 3;

    private Pixelation() {
    }

    /** The JPEG {@code jpeg} ({@code width × height}) with {@code regions} pixelated, again as a JPEG. */
    static byte[] cover(byte[] jpeg, int width, int height, List<Box> regions) {
        BufferedImage image = decode(jpeg);
        if (image == null) {
            return blank(width, height);
        }
        for (Box region : regions) {
            pixelate(image, region);
        }
        return PageView.jpeg(image);
    }

    /** Replaces {@code region} (cut to the image) by one box (a line) or by blocks of their mean colour. */
    static void pixelate(BufferedImage image, Box region) {
        int left = Math.max(0, region.x());
        int top = Math.max(0, region.y());
        int right = Math.min(image.getWidth(), region.right());
        int bottom = Math.min(image.getHeight(), region.bottom());
        if (right <= left || bottom <= top) {
            return;
        }
        if (region.width() >= LINE_ASPECT * region.height()) {
            fill(image, left, top, right, bottom);
            return;
        }
        int block = Math.max(MIN_BLOCK, (bottom - top) / BLOCKS_PER_HEIGHT);
        for (int y = top; y < bottom; y += block) {
            for (int x = left; x < right; x += block) {
                fill(image, x, y, Math.min(x + block, right), Math.min(y + block, bottom));
            }
        }
    }

    private static void fill(BufferedImage image, int left, int top, int right, int bottom) {
        long red = 0;
        long green = 0;
        long blue = 0;
        int[] pixels = image.getRGB(left, top, right - left, bottom - top, null, 0, right - left);
        for (int rgb : pixels) {
            red += (rgb >> 16) & 0xff;
            green += (rgb >> 8) & 0xff;
            blue += rgb & 0xff;
        }
        int n = pixels.length;
        int mean = (int) (red / n) << 16 | (int) (green / n) << 8 | (int) (blue / n);
        Arrays.fill(pixels, 0xff000000 | mean);
        image.setRGB(left, top, right - left, bottom - top, pixels, 0, right - left);
    }

    /** The picture as plain RGB (what {@link PageView#jpeg} writes), or null when it is no readable image. */
    private static BufferedImage decode(byte[] jpeg) {
        BufferedImage read;
        try {
            read = ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (read == null) {
            return null;
        }
        BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(read, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] blank(int width, int height) {
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.LIGHT_GRAY);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
        } finally {
            g.dispose();
        }
        return PageView.jpeg(image);
    }
}
