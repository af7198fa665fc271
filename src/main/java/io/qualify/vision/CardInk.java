package io.qualify.vision;

import java.awt.image.BufferedImage;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * Makes every stroke on an ID card dark, the light blue labels as much as the black values: each
 * pixel is compared with the mean of its neighbourhood (a window a few characters wide), so the
 * card's faint background pattern and uneven light fall away while any stroke darker than its
 * surroundings stays. A global threshold, as the OCR engine applies, keeps the values and drops the
 * labels, and the labels are what tell a card's side and orientation.
 */
public final class CardInk {

    /** Window width as a share of the card's width: about two characters. */
    private static final double WINDOW = 1.0 / 25;
    /** How much darker than its neighbourhood a pixel must be to count as ink (grey levels). */
    private static final double OFFSET = 15;

    private CardInk() {
    }

    public static BufferedImage strokes(BufferedImage card) {
        Mat grey = OpenCv.grey(card);
        Mat out = new Mat();
        int window = Math.max(3, (int) (card.getWidth() * WINDOW) | 1);
        Imgproc.adaptiveThreshold(grey, out, 255, Imgproc.ADAPTIVE_THRESH_GAUSSIAN_C, Imgproc.THRESH_BINARY, window, OFFSET);
        BufferedImage result = OpenCv.toGrey(out);
        grey.release();
        out.release();
        return result;
    }
}
