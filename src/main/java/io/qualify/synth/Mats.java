package io.qualify.synth;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import io.qualify.vision.OpenCv;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * Bridges {@link BufferedImage} and OpenCV {@link Mat} (3-channel BGR bytes); every conversion loads the
 * natives first ({@link OpenCv#load()}).
 */
final class Mats {

    private Mats() {
    }

    static Mat toMat(BufferedImage image) {
        OpenCv.load();
        BufferedImage bgr = bgr(image);
        Mat mat = new Mat(bgr.getHeight(), bgr.getWidth(), CvType.CV_8UC3);
        mat.put(0, 0, ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData());
        return mat;
    }

    static BufferedImage toImage(Mat mat) {
        BufferedImage out = new BufferedImage(mat.cols(), mat.rows(), BufferedImage.TYPE_3BYTE_BGR);
        mat.get(0, 0, ((DataBufferByte) out.getRaster().getDataBuffer()).getData());
        return out;
    }

    /** The image as TYPE_3BYTE_BGR (itself when it already is). */
    static BufferedImage bgr(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        out.getGraphics().drawImage(image, 0, 0, null);
        return out;
    }
}
