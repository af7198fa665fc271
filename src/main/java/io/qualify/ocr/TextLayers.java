package io.qualify.ocr;

import io.qualify.document.Box;
import java.util.List;

/** Turns a born-digital text layer into an {@link OcrResult}: certain text, one line per line. */
public final class TextLayers {

    private static final Box NO_BOX = new Box(0, 0, 0, 0);

    private TextLayers() {
    }

    public static OcrResult toResult(String text) {
        List<OcrLine> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> new OcrLine(l, NO_BOX, 1.0, List.of(new OcrWord(l, NO_BOX, 1.0))))
                .toList();
        return new OcrResult(lines);
    }
}
