package io.qualify.render;

/**
 * Decides whether text extracted from a PDF page is real text worth reading instead of OCR. Scanned pages
 * give nothing or a few stray marks; fonts without a usable encoding give U+FFFD or private-use code points,
 * which would poison extraction if trusted.
 *
 * <pre>{@code String layer = TextLayer.isReal(text) ? text : null;}</pre>
 */
final class TextLayer {

    static final int MIN_MEANINGFUL_CHARACTERS = 10;
    static final double MAX_GARBLED_SHARE = 0.20;

    private TextLayer() {
    }

    /**
     * True when, whitespace aside, the text has at least {@value #MIN_MEANINGFUL_CHARACTERS} letters, digits
     * or CJK ideographs and at most {@value #MAX_GARBLED_SHARE} of its characters are garbled.
     */
    static boolean isReal(String text) {
        if (text == null) {
            return false;
        }
        int total = 0;
        int meaningful = 0;
        int garbled = 0;
        for (int cp : text.codePoints().toArray()) {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                continue;
            }
            total++;
            if (Character.isLetterOrDigit(cp) || Character.isIdeographic(cp)) {
                meaningful++;
            }
            if (cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE) {
                garbled++;
            }
        }
        return meaningful >= MIN_MEANINGFUL_CHARACTERS && garbled <= MAX_GARBLED_SHARE * total;
    }
}
