package io.qualify.document;

import java.awt.image.BufferedImage;

/**
 * One upright page of a document. {@code textLayer} is the born-digital PDF text when the page has
 * real text, else null; {@code image} is always present (rendered for PDFs) so vision can look at it.
 * {@code rotation} is the clockwise angle already applied to make it upright (EXIF or detected).
 */
public record Page(int index, BufferedImage image, int dpi, String textLayer, int rotation) {

    public boolean hasTextLayer() {
        return textLayer != null && !textLayer.isBlank();
    }

    public Page withImage(BufferedImage upright, int addedRotation) {
        return new Page(index, upright, dpi, textLayer, (rotation + addedRotation) % 360);
    }
}
