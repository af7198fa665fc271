package io.qualify.ocr;

import java.nio.file.Path;

/**
 * How pages are read.
 *
 * @param tessdata             folder holding the pinned models (chi_sim, eng, osd)
 * @param languages            Tesseract language string, e.g. {@code chi_sim}
 * @param targetGlyphHeight    pixel height text is rescaled to before recognition (LSTM models read
 *                             CJK best around 40 px; tiny text on low-resolution photos is enlarged)
 * @param maxPixels            largest image handed to the engine after rescaling
 * @param orientationConfidence OSD confidence above which its answer is taken without a second look
 */
public record OcrSettings(Path tessdata, String languages, double targetGlyphHeight, long maxPixels,
                          double orientationConfidence) {

    public OcrSettings {
        if (targetGlyphHeight < 10 || targetGlyphHeight > 120) {
            throw new IllegalArgumentException("qualify.ocr.target-glyph-height must be within 10..120");
        }
        if (maxPixels < 1_000_000) {
            throw new IllegalArgumentException("qualify.ocr.max-pixels must be at least 1000000");
        }
    }

    public static OcrSettings defaults(Path tessdata) {
        return new OcrSettings(tessdata, "chi_sim", 40, 24_000_000L, 2.0);
    }
}
