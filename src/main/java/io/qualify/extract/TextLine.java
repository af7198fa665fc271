package io.qualify.extract;

import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrWord;
import io.qualify.text.Texts;

/**
 * One recognised line in normalised form (see {@link Texts#normalize}) with a confidence per
 * character, so a value cut out of the line carries the confidence of exactly its characters.
 */
public record TextLine(String text, double[] confidences, OcrLine source) {

    public static TextLine of(OcrLine line) {
        StringBuilder text = new StringBuilder();
        StringBuilder ignored = new StringBuilder();
        double[] conf = new double[line.text().length() * 2 + 8];
        for (OcrWord word : line.words()) {
            String n = Texts.normalize(word.text());
            for (int i = 0; i < n.length(); i++) {
                if (text.length() >= conf.length) {
                    ignored.append(n.charAt(i));
                    continue;
                }
                conf[text.length()] = word.confidence();
                text.append(n.charAt(i));
            }
        }
        double[] exact = new double[text.length()];
        System.arraycopy(conf, 0, exact, 0, text.length());
        return new TextLine(text.toString(), exact, line);
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
