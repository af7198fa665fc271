package io.qualify.ocr;

import io.qualify.document.Box;
import java.util.List;

/**
 * One recognised word with its box in the image given to the engine, its confidence (0..1) and, when the
 * engine gives them, its characters one by one ({@link OcrSymbol}; empty otherwise).
 */
public record OcrWord(String text, Box box, double confidence, List<OcrSymbol> symbols) {

    public OcrWord {
        symbols = List.copyOf(symbols);
    }

    public OcrWord(String text, Box box, double confidence) {
        this(text, box, confidence, List.of());
    }

    /** The same word with its box and its characters' boxes carried into other coordinates by {@code move}. */
    public OcrWord moved(java.util.function.UnaryOperator<Box> move) {
        return new OcrWord(text, move.apply(box), confidence, symbols.stream()
                .map(s -> s.box().equals(Box.NONE) ? s : new OcrSymbol(s.text(), s.confidence(), move.apply(s.box())))
                .toList());
    }
}
