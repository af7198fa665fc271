package io.qualify.ocr;

import io.qualify.document.Page;

import java.util.List;

/**
 * One page after reading: the page turned upright, the clockwise turn that was found in it, the best
 * reading and the other readings made on the way (other scales), all in the coordinates of
 * {@code upright.image()}. Extraction lets the readings vote on each field.
 */
public record ReadPage(Page upright, int rotation, double orientationConfidence, OcrResult ocr,
                       List<OcrResult> alternatives) {

    public ReadPage {
        alternatives = List.copyOf(alternatives);
    }
}
