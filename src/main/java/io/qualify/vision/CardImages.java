package io.qualify.vision;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * Moves colour images between {@link BufferedImage} and 3-channel BGR {@link Mat}s. {@link OpenCv} only
 * converts grey images; card finding needs colour (skin, the card's light tint) and hands back a colour
 * card for the readers after it.
 */
final class CardImages {

    private CardImages() {
    }

    /** A CV_8UC3 BGR Mat of any image; transparency is dropped onto white, as a viewer would show it. */
    static Mat bgr(BufferedImage image) {
        OpenCv.load();
        BufferedImage bgr = image;
        if (!plainBgr(image)) {
            bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            var g = bgr.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        byte[] pixels = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        Mat mat = new Mat(bgr.getHeight(), bgr.getWidth(), CvType.CV_8UC3);
        mat.put(0, 0, pixels);
        return mat;
    }

    /** Whether the image's bytes are exactly its BGR pixels (not a sub-image sharing a larger buffer). */
    private static boolean plainBgr(BufferedImage image) {
        var raster = image.getRaster();
        return image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getDataBuffer().getSize() == image.getWidth() * image.getHeight() * 3;
    }

    /** The CV_8UC3 BGR Mat as a TYPE_3BYTE_BGR image. */
    static BufferedImage image(Mat bgr) {
        BufferedImage out = new BufferedImage(bgr.cols(), bgr.rows(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        bgr.get(0, 0, pixels);
        return out;
    }
}
