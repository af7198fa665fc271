package io.qualify.ocr;

import io.qualify.document.Box;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A page read again only in the horizontal bands that seals lie across: each band runs the page's
 * width from a line above the seal to a line below it, so every line under the seal is read whole;
 * overlapping bands are one. The lines of the first reading outside the bands are kept as they were.
 */
final class SealBands {

    private SealBands() {
    }

    static OcrResult reread(BufferedImage ink, OcrResult first, List<Box> seals, OcrEngine engine) {
        int margin = Math.max(16, 2 * first.typicalLineHeight());
        List<int[]> bands = bands(seals, margin, ink.getHeight());
        if (bands.isEmpty()) {
            return first;
        }
        List<OcrLine> lines = new ArrayList<>();
        for (OcrLine line : first.lines()) {
            int middle = line.box().centerY();
            if (bands.stream().noneMatch(b -> middle >= b[0] && middle < b[1])) {
                lines.add(line);
            }
        }
        for (int[] band : bands) {
            BufferedImage strip = ink.getSubimage(0, band[0], ink.getWidth(), band[1] - band[0]);
            for (OcrLine line : engine.recognize(strip, 0, SegmentationMode.PAGE).lines()) {
                lines.add(line.moved(b -> b.shifted(0, band[0])));
            }
        }
        lines.sort(Comparator.comparingInt((OcrLine l) -> l.box().y()).thenComparingInt(l -> l.box().x()));
        return new OcrResult(lines);
    }

    /** The seals' rows grown by {@code margin} and merged, as [top, bottom) pairs within the page. */
    private static List<int[]> bands(List<Box> seals, int margin, int height) {
        List<int[]> bands = new ArrayList<>();
        seals.stream().sorted(Comparator.comparingInt(Box::y)).forEach(seal -> {
            int top = Math.max(0, seal.y() - margin);
            int bottom = Math.min(height, seal.bottom() + margin);
            int[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (last != null && top <= last[1]) {
                last[1] = Math.max(last[1], bottom);
            } else if (bottom > top) {
                bands.add(new int[] {top, bottom});
            }
        });
        return bands;
    }
}
