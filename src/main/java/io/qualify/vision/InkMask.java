package io.qualify.vision;

import org.opencv.core.Mat;

/** A binary ink mask held as bytes for fast point look-ups: {@code ink(x, y)}; outside the image is no ink. */
record InkMask(byte[] pixels, int width, int height) {

    static InkMask of(Mat mask) {
        byte[] pixels = new byte[(int) mask.total()];
        mask.get(0, 0, pixels);
        return new InkMask(pixels, mask.cols(), mask.rows());
    }

    boolean inside(double x, double y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    boolean ink(double x, double y) {
        int ix = (int) x;
        int iy = (int) y;
        return inside(x, y) && pixels[iy * width + ix] != 0;
    }
}
