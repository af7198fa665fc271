package io.qualify.extract;

import io.qualify.document.Box;
import io.qualify.document.Field;
import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrSymbol;
import io.qualify.ocr.OcrWord;
import io.qualify.text.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One recognised line in normalised form (see {@link Texts#normalize}) with a confidence per
 * character, so a value cut out of the line carries the confidence of exactly its characters. Two confidences are kept per
 * character: its word's ({@code confidences}, what a field's confidence is the mean of, a word scoring
 * as its weakest character) and its own ({@code characterConfidences}, which tell which characters of
 * a value were doubtful), and
 * the places where the line jumps across a wide blank ({@link #breakAt}). A page read as one block
 * joins a row's label, its value and whatever else sits on the row (the other column, a frame's
 * pattern) into one line; the blanks between them show where a value ends.
 */
public record TextLine(String text, double[] confidences, double[] characterConfidences, boolean[] breaks,
                       OcrLine source) {

    /** A blank wider than this many line heights between two words separates two things. */
    static final double BREAK_GAP = 2.5;

    public static TextLine of(OcrLine line) {
        StringBuilder text = new StringBuilder();
        int capacity = line.text().length() * 2 + 8;
        double[] conf = new double[capacity];
        double[] chars = new double[capacity];
        boolean[] breaks = new boolean[capacity];
        double height = typicalHeight(line);
        OcrWord previous = null;
        for (OcrWord word : line.words()) {
            String n = Texts.normalize(word.text());
            boolean wide = previous != null && height > 0
                    && word.box().x() - previous.box().right() > BREAK_GAP * height;
            double[] own = characterConfidences(word, n);
            for (int i = 0; i < n.length() && text.length() < capacity; i++) {
                conf[text.length()] = word.confidence();
                chars[text.length()] = own[i];
                breaks[text.length()] = i == 0 && wide;
                text.append(n.charAt(i));
            }
            if (!n.isEmpty()) {
                previous = word;
            }
        }
        int length = text.length();
        return new TextLine(text.toString(), Arrays.copyOf(conf, length), Arrays.copyOf(chars, length),
                Arrays.copyOf(breaks, length), line);
    }

    /**
     * The confidence of each character of the normalised word: its symbol's own when the engine gave
     * symbols that make up exactly the word, otherwise the word's for every character.
     */
    private static double[] characterConfidences(OcrWord word, String normalized) {
        double[] out = new double[normalized.length()];
        Arrays.fill(out, word.confidence());
        StringBuilder joined = new StringBuilder();
        double[] own = new double[normalized.length() + 1];
        for (OcrSymbol symbol : word.symbols()) {
            String n = Texts.normalize(symbol.text());
            for (int i = 0; i < n.length() && joined.length() < own.length; i++) {
                own[joined.length()] = symbol.confidence();
                joined.append(n.charAt(i));
            }
        }
        return joined.toString().equals(normalized) ? Arrays.copyOf(own, normalized.length()) : out;
    }

    /** The median word height, or 0 when the words carry no boxes. */
    private static double typicalHeight(OcrLine line) {
        int[] heights = line.words().stream().mapToInt(w -> w.box().height()).filter(h -> h > 0).sorted().toArray();
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }

    /**
     * This line with {@code next} run on after it, as one line: a value wrapped onto the line below
     * (…有限公司渝中 and then 分公司). The source stays this line's.
     */
    public TextLine followedBy(TextLine next) {
        int n = text.length();
        double[] conf = Arrays.copyOf(confidences, n + next.text.length());
        double[] chars = Arrays.copyOf(characterConfidences, n + next.text.length());
        boolean[] joinedBreaks = Arrays.copyOf(breaks, n + next.text.length());
        System.arraycopy(next.confidences, 0, conf, n, next.text.length());
        System.arraycopy(next.characterConfidences, 0, chars, n, next.text.length());
        System.arraycopy(next.breaks, 0, joinedBreaks, n, next.text.length());
        return new TextLine(text + next.text, conf, chars, joinedBreaks, source);
    }

    /**
     * The lines of {@code lines} on this line's row (their middles within 0.6 of its height of its own)
     * that start to its right, at most {@code reach} of its heights beyond its end, in their order: layout
     * analysis may split a widely spaced "label   value" into two lines. None when this line has no box.
     */
    public List<TextLine> rightOnRow(List<TextLine> lines, double reach) {
        Box b = source.box();
        if (b.height() == 0) {
            return List.of();
        }
        List<TextLine> out = new ArrayList<>();
        for (TextLine other : lines) {
            Box o = other.source().box();
            boolean sameRow = Math.abs(o.centerY() - b.centerY()) < b.height() * 0.6;
            boolean right = o.x() >= b.right() - b.height() && o.x() - b.right() < b.height() * reach;
            if (other != this && sameRow && right) {
                out.add(other);
            }
        }
        return out;
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

    /** The value in {@code [start, end)} as a field: its mean confidence and its characters' own. */
    public Field field(int start, int end) {
        return new Field(text.substring(start, end), confidence(start, end),
                Arrays.copyOfRange(characterConfidences, start, end));
    }

    /** Mean of the characters' own confidences in {@code [start, end)}; 0 for an empty range. */
    public double characterConfidence(int start, int end) {
        return mean(characterConfidences, start, end);
    }

    /** Mean confidence of the characters in {@code [start, end)}; 0 for an empty range. */
    public double confidence(int start, int end) {
        return mean(confidences, start, end);
    }

    private static double mean(double[] values, int start, int end) {
        if (end <= start) {
            return 0;
        }
        double sum = 0;
        for (int i = start; i < end; i++) {
            sum += values[i];
        }
        return sum / (end - start);
    }
}
