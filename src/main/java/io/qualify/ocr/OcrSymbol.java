package io.qualify.ocr;

/**
 * One recognised character (a Tesseract symbol) with its own confidence (0..1). A word's confidence is
 * its weakest character's; the characters' own tell which part of a value the model doubted, so a
 * comparison with a typed value can tell a doubtful character from a clearly printed difference.
 * (The LSTM's alternative characters, {@code lstm_choice_mode}, were tried: on licences they were mostly
 * neighbouring glyphs, not the true character, and the mode crashed libtesseract 5.3 once in a batch.)
 */
public record OcrSymbol(String text, double confidence) {
}
