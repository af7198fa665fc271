package io.qualify.pipeline;

import io.qualify.document.Box;
import io.qualify.extract.LetterExtractor;
import io.qualify.extract.TextLine;
import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrResult;
import io.qualify.ocr.PageReader;
import io.qualify.ocr.ReadPage;
import io.qualify.vision.UnreadInk;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Whether a letter's sign-off holds print that no reading took in: the rows from its first sign-off line
 * (申请单位, 管理员姓名, 身份证号, 日期, a date) to two lines below its last, on the last page, looked at with
 * the red ink taken for paper. A part not found there was then written but not read (under the seal, in
 * a shadow, blurred), not left blank. {@link #unread(ReadPage, BufferedImage, List, List)}.
 */
final class SignOffInk {

    /** Rows below the last sign-off line where a date or a number may still stand. */
    private static final int ROWS_BELOW = 2;
    /** The line height taken when no line of the reading has one. */
    private static final int DEFAULT_HEIGHT = 20;

    private SignOffInk() {
    }

    /**
     * @param page     the last page as read (upright)
     * @param ink      that page with red ink taken for paper ({@link PageReader#withoutRed}); null with a text layer
     * @param redFree  that page's reading of {@code ink}
     * @param readings every line any reading of that page took in
     * @return null when no sign-off line was read (nothing to look at)
     */
    static Boolean unread(ReadPage page, BufferedImage ink, List<OcrLine> redFree, List<OcrLine> readings) {
        if (page.upright().hasTextLayer()) {
            return false;
        }
        List<Box> signOff = redFree.stream().filter(l -> LetterExtractor.isSignOffLine(TextLine.of(l))).map(OcrLine::box).toList();
        if (signOff.isEmpty()) {
            return null;
        }
        int h = new OcrResult(redFree).typicalLineHeight();
        h = h == 0 ? DEFAULT_HEIGHT : h;
        int top = signOff.stream().mapToInt(Box::y).min().orElseThrow() - h;
        int bottom = signOff.stream().mapToInt(Box::bottom).max().orElseThrow() + ROWS_BELOW * h * 2;
        Box zone = new Box(0, Math.max(0, top), ink.getWidth(), Math.min(ink.getHeight(), bottom) - Math.max(0, top));
        return UnreadInk.holdsText(ink, zone, readings.stream().map(OcrLine::box).toList(), h);
    }
}
