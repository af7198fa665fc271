package io.qualify.ocr;

import io.qualify.document.Box;

/** One recognised word with its box in the image given to the engine and its confidence (0..1). */
public record OcrWord(String text, Box box, double confidence) {
}
