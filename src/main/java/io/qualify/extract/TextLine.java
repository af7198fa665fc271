package io.qualify.extract;

import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrWord;
import io.qualify.text.Texts;
import java.util.Arrays;

/**
 * One recognised line in normalised form (see {@link Texts#normalize}) with a confidence per
 * character, so a value cut out of the line carries the confidence of exactly its characters, and
 * the places where the line jumps across a wide blank ({@link #breakAt}). A page read as one block
 * joins a row's label, its value and whatever else sits on the row (the other column, a frame's
 * pattern) into one line; the blanks between them show where a value ends.
 */
public record TextLine(String text, double[] confidences, boolean[] breaks, OcrLine source) {

    /** A blank wider than this many line heights between two words separates two things. */
    static final double BREAK_GAP = 2.5;

    public static TextLine of(OcrLine line) {
        StringBuilder text = new StringBuilder();
        int capacity = line.text().length() * 2 + 8;
        double[] conf = new double[capacity];
        boolean[] breaks = new boolean[capacity];
        double height = typicalHeight(line);
        OcrWord previous = null;
        for (OcrWord word : line.words()) {
            String n = Texts.normalize(word.text());
            boolean wide = previous != null && height > 0
                    && word.box().x() - previous.box().right() > BREAK_GAP * height;
            for (int i = 0; i < n.length() && text.length() < capacity; i++) {
                conf[text.length()] = word.confidence();
                breaks[text.length()] = i == 0 && wide;
                text.append(n.charAt(i));
            }
            if (!n.isEmpty()) {
                previous = word;
            }
        }
        int length = text.length();
        return new TextLine(text.toString(), Arrays.copyOf(conf, length),
                Arrays.copyOf(breaks, length), line);
    }

    /** The median word height, or 0 when the words carry no boxes. */
    private static double typicalHeight(OcrLine line) {
        int[] heights = line.words().stream().mapToInt(w -> w.box().height()).filter(h -> h > 0).sorted().toArray();
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }

    /** Whether a wide blank comes just before the character at {@code index}. */
    public boolean breakAt(int index) {
        return index > 0 && index < breaks.length && breaks[index];
    }

    /** The end of the stretch that starts at {@code from}: the next wide blank after it, or {@code limit}. */
    public int stretchEnd(int from, int limit) {
        for (int i = from + 1; i < limit; i++) {
            if (breakAt(i)) {
                return i;
            }
        }
        return limit;
    }

    /** Mean confidence of the characters in {@code [start, end)}; 0 for an empty range. */
    public double confidence(int start, int end) {
        if (end <= start) {
            return 0;
        }
        double sum = 0;
        for (int i = start; i < end; i++) {
            sum += confidences[i];
        }
        return sum / (end - start);
    }
}
