package io.qualify.vision;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** Copies between grey {@link BufferedImage}s and single-channel 8-bit {@link Mat}s. */
final class Mats {

    private Mats() {
    }

    static Mat fromGrey(BufferedImage image) {
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(image, 0, 0, null);
        }
        Mat mat = new Mat(grey.getHeight(), grey.getWidth(), CvType.CV_8UC1);
        mat.put(0, 0, ((DataBufferByte) grey.getRaster().getDataBuffer()).getData());
        return mat;
    }

    static BufferedImage toGrey(Mat mat) {
        BufferedImage image = new BufferedImage(mat.cols(), mat.rows(), BufferedImage.TYPE_BYTE_GRAY);
        mat.get(0, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        return image;
    }
}
