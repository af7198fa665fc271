package io.qualify.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins separately found lines that stand on one row of the page into one line, left to right, as a
 * block reading does: a form's label (名　　称) and its value, found as two lines, become one row whose
 * wide blank between them ({@code TextLine#breakAt}) shows where the value starts.
 */
public final class Rows {

    /** How much of a line's height two neighbouring boxes of one row may overlap sideways. */
    private static final double NEIGHBOURS = 0.6;

    private Rows() {
    }

    public static OcrResult join(OcrResult lines) {
        List<OcrLine> sorted = new ArrayList<>(lines.lines());
        sorted.sort(Comparator.comparingInt(l -> l.box().centerY()));
        List<List<OcrLine>> rows = new ArrayList<>();
        for (OcrLine line : sorted) {
            List<OcrLine> row = rows.stream().filter(r -> sameRow(r, line)).findFirst().orElse(null);
            if (row == null) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(line);
        }
        List<OcrLine> joined = new ArrayList<>();
        for (List<OcrLine> row : rows) {
            row.sort(Comparator.comparingInt(l -> l.box().x()));
            joined.add(row.size() == 1 ? row.get(0) : Lines.of(row.stream().flatMap(l -> l.words().stream()).toList()));
        }
        joined.sort(Comparator.comparingInt(l -> l.box().y()));
        return new OcrResult(joined);
    }

    /** How far two boxes overlap sideways (0 when they do not). */
    private static int overlap(io.qualify.document.Box a, io.qualify.document.Box b) {
        return Math.max(0, Math.min(a.right(), b.right()) - Math.max(a.x(), b.x()));
    }

    /**
     * A line is on the row when its middle lies within the row's first line's height, the two are of
     * like height and it overlaps no line of the row sideways by more than a quarter of the narrower
     * or, as neighbours' boxes do, a little over half a line's height: the detector grows each box on
     * every side by a third to three quarters of its text's height, so the boxes it cut from one label
     * (负责 and 人戴雪静, or 责 and 人魏云兰 on a blurred photo) overlap, while two readings of the same
     * words overlap whole.
     */
    private static boolean sameRow(List<OcrLine> row, OcrLine line) {
        OcrLine first = row.get(0);
        int h = Math.max(1, Math.min(first.box().height(), line.box().height()));
        int H = Math.max(first.box().height(), line.box().height());
        boolean level = Math.abs(first.box().centerY() - line.box().centerY()) * 2 < h;
        boolean beside = row.stream().noneMatch(o -> overlap(o.box(), line.box())
                > Math.max(0.25 * Math.min(o.box().width(), line.box().width()), NEIGHBOURS * Math.min(o.box().height(), line.box().height())));
        return level && H < 2 * h && beside;
    }
}
