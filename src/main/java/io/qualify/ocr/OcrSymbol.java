package io.qualify.ocr;

import io.qualify.document.Box;

/**
 * One recognised character with its own confidence (0..1) and, when the engine gives it, its box
 * ({@link Box#NONE} otherwise). A word's confidence is its weakest character's (Tesseract) or their
 * mean (PP-OCR); the characters' own tell which part of a value the model doubted, so a comparison
 * with a typed value can tell a doubtful character from a clearly printed difference.
 */
public record OcrSymbol(String text, double confidence, Box box) {

    public OcrSymbol(String text, double confidence) {
        this(text, confidence, Box.NONE);
    }
}
