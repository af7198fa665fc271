package io.qualify.ocr.paddle;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** Images to and from the models' inputs: 8-bit BGR Mats (as PaddleOCR reads with OpenCV) and CHW floats. */
final class Tensors {

    private Tensors() {
    }

    /** The image as an 8-bit three-channel BGR Mat; a grey image gives three equal channels. */
    static Mat bgr(BufferedImage image) {
        io.qualify.vision.OpenCv.load();
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[w * h * 3];
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getParent() == null
                && image.getRaster().getDataBuffer() instanceof DataBufferByte data && data.getData().length == w * h) {
            byte[] grey = data.getData();
            for (int i = 0; i < grey.length; i++) {
                out[3 * i] = grey[i];
                out[3 * i + 1] = grey[i];
                out[3 * i + 2] = grey[i];
            }
        } else {
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    int i = 3 * (y * w + x);
                    out[i] = (byte) row[x];
                    out[i + 1] = (byte) (row[x] >> 8);
                    out[i + 2] = (byte) (row[x] >> 16);
                }
            }
        }
        Mat mat = new Mat(h, w, CvType.CV_8UC3);
        mat.put(0, 0, out);
        return mat;
    }

    /**
     * Writes the BGR Mat into {@code target} at item {@code item} of a batch of {@code 3 × height × width}
     * planes, each channel as {@code (v / 255 - mean) / std}; columns beyond the image stay as they are.
     */
    static void putChw(Mat bgr, float[] target, int item, int height, int width, float[] mean, float[] std) {
        int w = bgr.cols();
        int h = bgr.rows();
        byte[] pixels = new byte[w * h * 3];
        bgr.get(0, 0, pixels);
        int plane = height * width;
        int base = item * 3 * plane;
        for (int c = 0; c < 3; c++) {
            float m = mean[c];
            float s = std[c];
            int offset = base + c * plane;
            for (int y = 0; y < h; y++) {
                int rowIn = y * w * 3 + c;
                int rowOut = offset + y * width;
                for (int x = 0; x < w; x++) {
                    target[rowOut + x] = ((pixels[rowIn + 3 * x] & 0xFF) / 255f - m) / s;
                }
            }
        }
    }
}
