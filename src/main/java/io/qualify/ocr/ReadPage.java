package io.qualify.ocr;

import io.qualify.document.Page;

/**
 * One page after reading: the page turned upright, the clockwise turn that was found in it, and
 * the text read, in the coordinates of {@code upright.image()}.
 */
public record ReadPage(Page upright, int rotation, double orientationConfidence, OcrResult ocr) {
}
