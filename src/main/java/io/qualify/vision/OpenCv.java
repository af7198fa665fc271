package io.qualify.vision;

import java.awt.image.BufferedImage;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * Loads the OpenCV natives bundled in the org.openpnp jar (once per JVM) and moves grey images between
 * {@link BufferedImage} and {@link Mat}. Every conversion loads the natives first.
 */
public final class OpenCv {

    private static boolean loaded;

    private OpenCv() {
    }

    public static synchronized void load() {
        if (!loaded) {
            nu.pattern.OpenCV.loadLocally();
            loaded = true;
        }
    }

    /** A single-channel 8-bit Mat of a grey image (any image is first turned grey by its luminance). */
    public static Mat grey(BufferedImage image) {
        load();
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(image, 0, 0, null);
        }
        byte[] pixels = (byte[]) grey.getRaster().getDataElements(0, 0, grey.getWidth(), grey.getHeight(), null);
        Mat mat = new Mat(grey.getHeight(), grey.getWidth(), CvType.CV_8UC1);
        mat.put(0, 0, pixels);
        return mat;
    }

    /** The single-channel 8-bit Mat as a grey image. */
    public static BufferedImage toGrey(Mat mat) {
        BufferedImage out = new BufferedImage(mat.cols(), mat.rows(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = new byte[mat.cols() * mat.rows()];
        mat.get(0, 0, pixels);
        out.getRaster().setDataElements(0, 0, mat.cols(), mat.rows(), pixels);
        return out;
    }

    /** The grey level this share of the single-channel image's pixels lies at or below. */
    public static double percentile(Mat channel, double share) {
        byte[] pixels = new byte[(int) channel.total()];
        channel.get(0, 0, pixels);
        int[] counts = new int[256];
        for (byte b : pixels) {
            counts[b & 0xFF]++;
        }
        long wanted = (long) (pixels.length * share);
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += counts[v];
            if (seen > wanted) {
                return v;
            }
        }
        return 255;
    }
}
