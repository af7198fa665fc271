package io.qualify.ocr;

import io.qualify.document.Page;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One page after reading: the page turned upright, the clockwise turn that was found in it, the best
 * reading and the other readings made on the way (other scales), all in the coordinates of
 * {@code upright.image()}, and the upright page's grey ink with its light evened out, as it was read
 * ({@code ink}; null for a page with a text layer), for a second look without making it again.
 * Extraction lets the readings vote on each field.
 */
public record ReadPage(Page upright, int rotation, double orientationConfidence, OcrResult ocr,
                       List<OcrResult> alternatives, BufferedImage ink) {

    public ReadPage {
        alternatives = List.copyOf(alternatives);
    }

    public ReadPage(Page upright, int rotation, double orientationConfidence, OcrResult ocr, List<OcrResult> alternatives) {
        this(upright, rotation, orientationConfidence, ocr, alternatives, null);
    }
}
