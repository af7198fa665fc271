package io.qualify.pipeline;

import io.qualify.document.Box;
import io.qualify.extract.LicenceExtractor;
import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrSymbol;
import io.qualify.ocr.PageReader;
import io.qualify.ocr.ReadPage;
import io.qualify.vision.UnreadInk;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a licence's column of labels holds print that no reading took in, when its legal person's
 * label was not read: from the first label of the column (名称) to its last, a label's width to the right
 * of the column's left edge, looked at with the red ink and a watermark's light grey taken for paper. A
 * legal-person row that is printed but was never found (a watermark across it merged it with its
 * neighbours) leaves its label there as unread ink; a licence printed without the row leaves nothing.
 * R3 refuses only the second. When the label was read with nothing after it, the row beside the label
 * is looked at the same way: a name printed there but lost to blur (秦志, faint on a photo, read as
 * nothing) is unread ink; a row left blank is paper. {@link #unread(ReadPage, List)}.
 */
final class LabelColumnInk {

    /** Labels whose left edges lie within this many line heights of the leftmost label's stand in one column. */
    private static final int COLUMN = 3;
    /** How far right of the column's left edge a label reaches, in line heights (法定代表人, spaced 名　　称). */
    private static final int LABEL_WIDTH = 6;
    /** How far right of the label a legal person's name may stand, in line heights. */
    private static final int VALUE_WIDTH = 8;
    /** The line height taken when no line of the reading has one. */
    private static final int DEFAULT_HEIGHT = 20;

    private LabelColumnInk() {
    }

    /**
     * @param page     a certificate's page as read (upright)
     * @param readings every line any reading of that page took in, the second look's included
     * @return true also when a legal person's label was read with characters after it that make no name
     *         (法定代表人新), or with unread ink beside it: print on the row, not a blank; null when there is
     *         nothing to look at (a text layer, fewer than two labels read) or the label was read with
     *         nothing after it and blank paper beside it
     */
    static Boolean unread(ReadPage page, List<OcrLine> readings) {
        if (page.upright().hasTextLayer()) {
            return null;
        }
        List<OcrLine> labelled = readings.stream().filter(l -> LicenceExtractor.holdsLegalPersonLabel(l.text())).toList();
        if (!labelled.isEmpty()) {
            return readings.stream().anyMatch(l -> LicenceExtractor.holdsPrintAfterLegalPersonLabel(l.text()))
                    || inkBeside(page, labelled, readings) ? Boolean.TRUE : null;
        }
        List<Box> labels = readings.stream().filter(l -> LicenceExtractor.startsWithLabel(l.text())).map(OcrLine::box).toList();
        if (labels.size() < 2) {
            return null;
        }
        int h = page.ocr().typicalLineHeight();
        h = h == 0 ? DEFAULT_HEIGHT : h;
        int left = labels.stream().mapToInt(Box::x).min().orElseThrow();
        int reach = left + COLUMN * h;
        List<Box> column = labels.stream().filter(b -> b.x() <= reach).toList();
        if (column.size() < 2) {
            return null;
        }
        int top = column.stream().mapToInt(Box::y).min().orElseThrow();
        int bottom = column.stream().mapToInt(Box::bottom).max().orElseThrow();
        Box zone = new Box(Math.max(0, left - h / 2), top, LABEL_WIDTH * h, bottom - top);
        List<Box> read = readings.stream().map(OcrLine::box).map(LabelColumnInk::middle).toList();
        return UnreadInk.holdsText(PageReader.withoutWatermark(page), zone, read, h);
    }

    /**
     * Whether the row right of a legal person's label holds print no reading took in: from the label's
     * last character (its own box when the reader gave one, else the line's end) {@link #VALUE_WIDTH} line
     * heights on, within the label's line. The label lines count as read only as far as their labels reach,
     * so a name inside a line the reader boxed but did not read is still looked at.
     */
    private static boolean inkBeside(ReadPage page, List<OcrLine> labelled, List<OcrLine> readings) {
        int h = page.ocr().typicalLineHeight();
        h = h == 0 ? DEFAULT_HEIGHT : h;
        Map<OcrLine, Box> labels = new HashMap<>();
        labelled.forEach(l -> labels.put(l, labelPart(l)));
        List<Box> read = new ArrayList<>();
        for (OcrLine l : readings) {
            read.add(middle(labels.getOrDefault(l, l.box())));
        }
        BufferedImage paper = PageReader.withoutWatermark(page);
        for (OcrLine l : labelled) {
            Box zone = new Box(labels.get(l).right(), l.box().y(), VALUE_WIDTH * h, l.box().height());
            if (UnreadInk.holdsText(paper, zone, read, h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stretch of a line its legal person's label takes: from the line's start to the right edge of
     * the label's last character when the reader gave characters with boxes that spell the line, the whole
     * line otherwise.
     */
    private static Box labelPart(OcrLine line) {
        List<OcrSymbol> symbols = line.words().stream().flatMap(w -> w.symbols().stream())
                .filter(s -> !s.text().isBlank()).toList();
        String spelled = String.join("", symbols.stream().map(OcrSymbol::text).toList());
        int end = LicenceExtractor.legalPersonLabelEnd(spelled);
        if (end <= 0 || !spelled.equals(line.text().replace(" ", "")) || symbols.stream().anyMatch(s -> s.text().length() != 1)
                || symbols.get(end - 1).box().equals(Box.NONE)) {
            return line.box();
        }
        Box last = symbols.get(end - 1).box();
        return new Box(line.box().x(), line.box().y(), Math.max(1, last.right() - line.box().x()), line.box().height());
    }

    /**
     * The middle half of a line's box: the detector grows each box on every side by a third to three
     * quarters of its text's height, so whole boxes, padded once more, would also cover the rows above
     * and below (a lone 住 found 30 px high on a 15 px row hid half the label under it).
     */
    private static Box middle(Box b) {
        return new Box(b.x(), b.y() + b.height() / 4, b.width(), Math.max(1, b.height() / 2));
    }
}
