package io.qualify.ocr.paddle;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy CTC decoding: at each time step the likeliest class; repeats merged, blanks (class 0) dropped.
 * Each character keeps the mean of its steps' probabilities as its confidence and the stretch of the
 * line, as fractions of the line's width, between its first and last step.
 */
final class CtcDecoder {

    private CtcDecoder() {
    }

    /** One decoded character: its text, confidence (0..1) and where along the line it stands (0..1). */
    record Character(String text, double confidence, double from, double to) {
    }

    /** A decoded line. */
    record Reading(List<Character> characters) {

        String text() {
            StringBuilder b = new StringBuilder();
            characters.forEach(c -> b.append(c.text()));
            return b.toString();
        }

        /** Mean of the characters' confidences (PaddleOCR's line score); 0 when nothing was read. */
        double confidence() {
            return characters.stream().mapToDouble(Character::confidence).average().orElse(0);
        }
    }

    /**
     * @param probabilities the output, read from {@code offset} as {@code steps × classes}
     * @param stepFraction  the share of the line's width one step covers
     */
    static Reading decode(FloatBuffer probabilities, int offset, int steps, int classes, List<String> characters,
                          double stepFraction) {
        List<Character> out = new ArrayList<>();
        int previous = 0;
        int first = -1;
        double sum = 0;
        int count = 0;
        for (int t = 0; t <= steps; t++) {
            int best = 0;
            double p = 0;
            if (t < steps) {
                int base = offset + t * classes;
                for (int c = 0; c < classes; c++) {
                    float v = probabilities.get(base + c);
                    if (v > p) {
                        p = v;
                        best = c;
                    }
                }
            }
            if (t == steps || best != previous) {
                if (previous != 0 && count > 0) {
                    String text = previous < characters.size() ? characters.get(previous) : "";
                    out.add(new Character(text, sum / count, clamp(first * stepFraction), clamp(t * stepFraction)));
                }
                first = t;
                sum = 0;
                count = 0;
            }
            if (best != 0) {
                sum += p;
                count++;
            }
            previous = best;
        }
        return new Reading(out);
    }

    private static double clamp(double f) {
        return Math.max(0, Math.min(1, f));
    }
}
