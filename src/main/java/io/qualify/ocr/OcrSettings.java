package io.qualify.ocr;

import java.nio.file.Path;

/**
 * How pages are read.
 *
 * @param engine               which engine reads documents ({@link Engine#PADDLE} unless chosen)
 * @param models               folder holding the pinned PP-OCRv4 models (detection, direction, recognition)
 * @param detectionSide        the longest side a page is resized to for PP-OCR's line detection
 * @param tessdata             folder holding the pinned Tesseract models (chi_sim, eng, osd)
 * @param languages            Tesseract language string, e.g. {@code chi_sim}
 * @param targetGlyphHeight    pixel height text is rescaled to before Tesseract recognition (its LSTM
 *                             models read CJK best around 40 px; tiny text on low-resolution photos is enlarged)
 * @param maxPixels            largest image handed to the engine after rescaling
 * @param orientationConfidence orientation confidence above which its answer is taken without a second look
 */
public record OcrSettings(Engine engine, Path models, int detectionSide, Path tessdata, String languages,
                          double targetGlyphHeight, long maxPixels, double orientationConfidence) {

    /** The engines Qualify can read documents with. */
    public enum Engine {
        /** PaddleOCR's PP-OCRv4 on ONNX Runtime, with Tesseract's Latin model as the second opinion on codes. */
        PADDLE,
        /** Tesseract alone (chi_sim), the reader before PP-OCR. */
        TESSERACT
    }

    public OcrSettings {
        if (targetGlyphHeight < 10 || targetGlyphHeight > 120) {
            throw new IllegalArgumentException("qualify.ocr.target-glyph-height must be within 10..120");
        }
        if (maxPixels < 1_000_000) {
            throw new IllegalArgumentException("qualify.ocr.max-pixels must be at least 1000000");
        }
        if (detectionSide < 320 || detectionSide > 4096) {
            throw new IllegalArgumentException("qualify.ocr.detection-side must be within 320..4096");
        }
    }

    /** The shipped defaults with the project's {@code tessdata/} and {@code models/} folders. */
    public static OcrSettings defaults(Path tessdata, Path models) {
        return new OcrSettings(Engine.PADDLE, models, DEFAULT_DETECTION_SIDE, tessdata, "chi_sim", 40, 24_000_000L, 2.0);
    }

    /** Tesseract alone, with the shipped defaults. */
    public static OcrSettings tesseract(Path tessdata) {
        return new OcrSettings(Engine.TESSERACT, Path.of("models"), DEFAULT_DETECTION_SIDE, tessdata, "chi_sim", 40,
                24_000_000L, 2.0);
    }

    public static final int DEFAULT_DETECTION_SIDE = 1280;
}
