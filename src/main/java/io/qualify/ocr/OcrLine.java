package io.qualify.ocr;

import io.qualify.document.Box;
import java.util.List;

/** One recognised text line: its words in reading order, its box and its mean confidence (0..1). */
public record OcrLine(String text, Box box, double confidence, List<OcrWord> words) {

    public OcrLine {
        words = List.copyOf(words);
    }

    /** The line scaled back into the coordinates of an image {@code factor} times smaller. */
    public OcrLine scaled(double factor) {
        return new OcrLine(text, box.scaled(factor), confidence,
                words.stream().map(w -> w.moved(b -> b.scaled(factor))).toList());
    }
}
