package io.qualify.ocr;

import java.awt.image.BufferedImage;

/**
 * Reads text from an image. Implementations hold native state and are NOT thread-safe: take one
 * from an {@link OcrEnginePool} per worker. Rules and extractors are tested on {@link OcrResult} values,
 * without natives.
 */
public interface OcrEngine extends AutoCloseable {

    /**
     * @param image an upright image, ideally grey with dark text on light ground
     * @param dpi   the image's resolution in dots per inch, or 0 when unknown
     */
    OcrResult recognize(BufferedImage image, int dpi, SegmentationMode mode);

    /**
     * Reads {@code turned}, which is {@code original} turned clockwise by {@code turn} degrees (a multiple
     * of 90) and then, when {@code flip}, mirrored left to right; boxes are in {@code turned}'s pixels. An
     * engine that finds its own lines may find them once, on the original, and carry them over: a card
     * read four ways is then detected once.
     */
    default OcrResult recognizeTurned(BufferedImage turned, BufferedImage original, int turn, boolean flip,
                                      SegmentationMode mode) {
        return recognize(turned, 0, mode);
    }

    /**
     * Reads one line of Latin letters and digits only (a credit code, a registration number) with a
     * model trained on Latin print and restricted to {@code alphabet}: the Chinese model reads such lines
     * with Chinese look-alikes and junk. An engine without such a model answers {@link OcrResult#EMPTY}.
     */
    default OcrResult recognizeCharacters(BufferedImage line, String alphabet) {
        return OcrResult.EMPTY;
    }

    /**
     * Whether the engine finds each text line and reads it at the height its model wants by itself
     * (PP-OCR): then reading a page at several scales or re-reading single lines buys nothing.
     */
    default boolean findsLines() {
        return false;
    }

    /**
     * How many text lines the engine finds in the image, before reading any; -1 for an engine that
     * finds lines only by reading them (Tesseract). The lines found are kept for the image's reading.
     */
    default int linesFound(BufferedImage image) {
        return -1;
    }

    /** Detects how the page content is turned; {@link Orientation#UPRIGHT_UNKNOWN} when it cannot tell. */
    Orientation detectOrientation(BufferedImage image, int dpi);

    @Override
    void close();
}
