package io.qualify.synth;

import java.awt.Font;
import java.awt.Graphics2D;

/**
 * One column of label/value rows on a certificate: labels justified over a fixed width (名　　称),
 * values starting at {@code valueX} and wrapping before {@code right}. {@link #row} draws one row and
 * returns where the next one goes.
 *
 * @param page       the page drawn on
 * @param labelX     left edge of the labels
 * @param labelWidth width every label is spread over
 * @param valueX     left edge of the values
 * @param right      right edge values wrap at
 */
record FieldColumn(Page page, int labelX, int labelWidth, int valueX, int right) {

    /** A column whose labels are spread over {@code labelChars} label-font characters. */
    static FieldColumn of(Page page, int labelX, int labelChars, int right) {
        RenderStyle s = page.style();
        int labelWidth = (int) Math.round(labelChars * s.labelPx() * 1.08);
        return new FieldColumn(page, labelX, labelWidth, labelX + labelWidth + s.valuePx() * 2 / 3, right);
    }

    /** Draws {@code label} and {@code value} (may be empty) at {@code baseline}; returns the next row's baseline. */
    int row(int baseline, String label, String value) {
        return row(baseline, label, value, page.style().valueFont());
    }

    /** As {@link #row(int, String, String)} with the value in {@code valueFont}. */
    int row(int baseline, String label, String value, Font valueFont) {
        RenderStyle s = page.style();
        Graphics2D g = page.g();
        g.setColor(s.ink());
        Ink.justified(g, label, s.labelFont(), labelX, baseline, labelWidth);
        if (value == null || value.isEmpty()) {
            return baseline + s.rowStep();
        }
        g.setColor(s.valueInk());
        int step = (int) Math.round(valueFont.getSize() * 1.3);
        int last = Ink.wrapped(g, value, valueFont, valueX, baseline, right, step);
        return last + s.rowStep();
    }

    /** Draws a long value (经营范围) shrunk until it fits above {@code bottom}; returns the next baseline. */
    int fittedRow(int baseline, String label, String value, int bottom) {
        Font fitted = Ink.fitting(page.g(), value, page.style().valueFont(), right - valueX, bottom - baseline);
        return row(baseline, label, value, fitted);
    }
}
