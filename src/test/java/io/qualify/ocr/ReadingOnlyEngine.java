package io.qualify.ocr;

import java.awt.image.BufferedImage;

/** A test engine that only reads: it knows no page's turn and holds nothing to close. */
abstract class ReadingOnlyEngine implements OcrEngine {

    @Override
    public Orientation detectOrientation(BufferedImage image, int dpi) {
        return Orientation.UPRIGHT_UNKNOWN;
    }

    @Override
    public void close() {
    }
}
