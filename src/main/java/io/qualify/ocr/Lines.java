package io.qualify.ocr;

import io.qualify.document.Box;
import java.util.List;

/** Builds {@link OcrLine}s from words: joins CJK words without spaces, Latin ones with one. */
final class Lines {

    private Lines() {
    }

    static OcrLine of(List<OcrWord> words) {
        StringBuilder text = new StringBuilder();
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = 0;
        int bottom = 0;
        double weighted = 0;
        int chars = 0;
        for (OcrWord word : words) {
            if (!text.isEmpty() && needsSpace(text.charAt(text.length() - 1), word.text().charAt(0))) {
                text.append(' ');
            }
            text.append(word.text());
            Box b = word.box();
            left = Math.min(left, b.x());
            top = Math.min(top, b.y());
            right = Math.max(right, b.right());
            bottom = Math.max(bottom, b.bottom());
            weighted += word.confidence() * word.text().length();
            chars += word.text().length();
        }
        double confidence = chars == 0 ? 0 : weighted / chars;
        return new OcrLine(text.toString(), new Box(left, top, right - left, bottom - top), confidence, words);
    }

    private static boolean needsSpace(char before, char after) {
        return isLatinOrDigit(before) && isLatinOrDigit(after);
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
