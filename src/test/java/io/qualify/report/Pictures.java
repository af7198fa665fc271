package io.qualify.report;

import io.qualify.document.Box;
import io.qualify.document.PageView;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Small page pictures for the page tests, and what a page inlined of them. */
final class Pictures {

    static final int WIDTH = 320;
    static final int HEIGHT = 200;
    private static final Pattern INLINED = Pattern.compile("src=\"data:image/jpeg;base64,([A-Za-z0-9+/=]+)\"");

    private Pictures() {
    }

    /** A pale page whose every pixel is noise: any region of it varies a lot until it is covered. */
    static byte[] noisyPage() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int v = random.nextBoolean() ? 20 : 235;
                image.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        return PageView.jpeg(image);
    }

    /** The JPEGs a page inlined, in order. */
    static List<byte[]> inlined(String html) {
        Matcher m = INLINED.matcher(html);
        List<byte[]> out = new ArrayList<>();
        while (m.find()) {
            out.add(Base64.getDecoder().decode(m.group(1)));
        }
        return out;
    }

    static BufferedImage decode(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The variance of the grey level inside {@code box}. */
    static double variance(BufferedImage image, Box box) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int y = box.y(); y < box.bottom(); y++) {
            for (int x = box.x(); x < box.right(); x++) {
                int rgb = image.getRGB(x, y);
                double grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3.0;
                sum += grey;
                squares += grey * grey;
                n++;
            }
        }
        double mean = sum / n;
        return squares / n - mean * mean;
    }
}
