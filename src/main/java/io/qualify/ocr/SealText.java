package io.qualify.ocr;

/**
 * What a seal says (its rim's arc text, then any straight line inside on a line of its own) and the
 * OCR's mean confidence (0..1). {@link #NONE} when nothing read. Made by {@link SealTextReader#read}.
 */
public record SealText(String text, double confidence) {

    public static final SealText NONE = new SealText("", 0);
}
