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
        return moved(b -> b.scaled(factor));
    }

    /** The line, its words' and their characters' boxes carried into other coordinates by {@code move}. */
    public OcrLine moved(java.util.function.UnaryOperator<Box> move) {
        return new OcrLine(text, move.apply(box), confidence, words.stream().map(w -> w.moved(move)).toList());
    }
}
