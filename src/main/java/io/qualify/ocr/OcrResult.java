package io.qualify.ocr;

import java.util.List;
import java.util.stream.Collectors;

/** What the engine read on one image: lines with word boxes and confidences, not only the text. */
public record OcrResult(List<OcrLine> lines) {

    public static final OcrResult EMPTY = new OcrResult(List.of());

    public OcrResult {
        lines = List.copyOf(lines);
    }

    public String text() {
        return lines.stream().map(OcrLine::text).collect(Collectors.joining("\n"));
    }

    /** Mean word confidence weighted by word length; 0 when nothing was read. */
    public double meanConfidence() {
        double weighted = 0;
        int chars = 0;
        for (OcrLine line : lines) {
            for (OcrWord word : line.words()) {
                weighted += word.confidence() * word.text().length();
                chars += word.text().length();
            }
        }
        return chars == 0 ? 0 : weighted / chars;
    }

    /** The median height of the lines' boxes, or 0 when no line has one. */
    public int typicalLineHeight() {
        int[] heights = lines.stream().mapToInt(l -> l.box().height()).filter(h -> h > 0).sorted().toArray();
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }

    public OcrResult scaled(double factor) {
        return new OcrResult(lines.stream().map(l -> l.scaled(factor)).toList());
    }
}
