package io.qualify.ocr;

import io.qualify.document.Box;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Second look at the lines a page pass was unsure of: each is cut out and read alone as one line at
 * the heights the model reads best, and the better reading is kept. Page layout analysis often
 * misjudges bold, widely spaced labels (名　　称) or tiny values next to large titles; a single line at
 * the right scale reads them. Bounded by {@code maxLines} per page so a noisy photo stays affordable.
 */
final class LineRereader {

    private static final double UNSURE = 0.9;
    private static final double[] HEIGHT_FACTORS = {0.8, 1.0, 1.3};

    private final double targetGlyphHeight;
    private final int maxLines;

    LineRereader(double targetGlyphHeight, int maxLines) {
        this.targetGlyphHeight = targetGlyphHeight;
        this.maxLines = maxLines;
    }

    OcrResult reread(BufferedImage upright, OcrResult page, OcrEngine engine) {
        List<OcrLine> lines = new ArrayList<>(page.lines());
        List<Integer> unsure = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).confidence() < UNSURE && lines.get(i).box().height() >= 6) {
                unsure.add(i);
            }
        }
        unsure.sort((a, b) -> Double.compare(lines.get(a).confidence(), lines.get(b).confidence()));
        for (int i : unsure.subList(0, Math.min(maxLines, unsure.size()))) {
            OcrLine better = best(upright, lines.get(i), engine);
            if (PageReader.score(List.of(better)) > PageReader.score(List.of(lines.get(i)))) {
                lines.set(i, better);
            }
        }
        return new OcrResult(lines);
    }

    private OcrLine best(BufferedImage upright, OcrLine line, OcrEngine engine) {
        Box box = line.box().padded(Math.max(2, line.box().height() / 2), Math.max(2, line.box().height() / 4),
                upright.getWidth(), upright.getHeight());
        BufferedImage crop = upright.getSubimage(box.x(), box.y(), box.width(), box.height());
        OcrLine best = line;
        for (double heightFactor : HEIGHT_FACTORS) {
            double factor = targetGlyphHeight * heightFactor / line.box().height();
            OcrResult read = engine.recognize(PageImages.scale(crop, factor), 0, SegmentationMode.LINE);
            if (read.lines().isEmpty()) {
                continue;
            }
            OcrLine candidate = Lines.of(read.lines().stream().flatMap(l -> l.words().stream())
                    .map(w -> w.moved(b -> b.scaled(1 / factor).shifted(box.x(), box.y()))).toList());
            if (PageReader.score(List.of(candidate)) > PageReader.score(List.of(best))) {
                best = candidate;
            }
        }
        return best;
    }
}
