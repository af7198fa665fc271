package io.qualify.ocr;

import io.qualify.document.Box;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A form's label found with nothing read beside it (负　责　人, and then no line to its right) is looked
 * at again: the stretch to its right on its row is read as one line. The detector can miss a short
 * value in thin type, or one a watermark runs through; a value that is there is then read, and a label
 * that really stands blank stays blank. What it reads is one more reading of the page, for the vote.
 */
final class BesideLabels {

    /** A label is short: a few characters, however widely spaced. */
    private static final int LABEL_CHARACTERS = 6;
    /** How far right of the label a value may start, in line heights: a line starting there is its value. */
    private static final int REACH = 9;
    /**
     * How far right of the label the stretch read may run, in line heights, unless another line on the
     * row stops it first: a long name (…管理有限公司浦东分公司) runs well past where it starts.
     */
    private static final int STRETCH = 32;
    private static final double SURE = 0.8;
    private static final int MAX_LINES = 12;

    private BesideLabels() {
    }

    static OcrResult reread(BufferedImage upright, OcrResult reading, OcrEngine engine) {
        List<OcrLine> found = new ArrayList<>();
        int tried = 0;
        for (OcrLine line : reading.lines()) {
            Box b = line.box();
            String text = line.text().replace(" ", "");
            if (tried >= MAX_LINES || text.isEmpty() || text.length() > LABEL_CHARACTERS || b.height() < 8
                    || text.codePoints().noneMatch(Character::isIdeographic) || hasNeighbour(line, reading)) {
                continue;
            }
            int left = b.right() + b.height() / 4;
            int right = Math.min(Math.min(upright.getWidth(), b.right() + STRETCH * b.height()), nextOnRow(line, reading));
            int top = Math.max(0, b.y() - b.height() / 4);
            int bottom = Math.min(upright.getHeight(), b.bottom() + b.height() / 4);
            if (right - left < 2 * b.height() || bottom <= top) {
                continue;
            }
            tried++;
            OcrResult read = engine.recognize(upright.getSubimage(left, top, right - left, bottom - top), 0, SegmentationMode.LINE);
            for (OcrLine value : read.lines()) {
                if (value.confidence() >= SURE) {
                    found.add(value.moved(x -> x.shifted(left, top)));
                }
            }
        }
        return new OcrResult(found);
    }

    /** Where the next line to the label's right on its row starts (with a small gap), or no bound. */
    private static int nextOnRow(OcrLine label, OcrResult reading) {
        Box b = label.box();
        return onRow(label, reading).filter(o -> o.box().x() >= b.right())
                .mapToInt(o -> o.box().x() - b.height() / 4).min().orElse(Integer.MAX_VALUE);
    }

    /** Whether another line starts on the label's row within reach to its right. */
    private static boolean hasNeighbour(OcrLine label, OcrResult reading) {
        Box b = label.box();
        return onRow(label, reading)
                .anyMatch(o -> o.box().x() >= b.right() - b.height() / 2 && o.box().x() < b.right() + REACH * b.height());
    }

    /** The other lines whose middle lies within the label's height band. */
    private static Stream<OcrLine> onRow(OcrLine label, OcrResult reading) {
        Box b = label.box();
        return reading.lines().stream().filter(o -> o != label && Math.abs(o.box().centerY() - b.centerY()) * 2 < b.height());
    }
}
