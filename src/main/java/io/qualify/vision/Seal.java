package io.qualify.vision;

import io.qualify.document.Box;

/**
 * One red seal (company stamp, 公章) found on a page: its box in page pixels and how sure the finder is
 * (0..1), its outline's shape and whether a five-pointed star sits in its middle. Made by
 * {@link SealFinder#find}; read with {@code io.qualify.ocr.SealTextReader}.
 */
public record Seal(Box box, double confidence, Shape shape, boolean star) {

    /** The outline: round (axes within about 1:1.12), oval (up to about 1:1.6), or neither. */
    public enum Shape { ROUND, OVAL, OTHER }
}
