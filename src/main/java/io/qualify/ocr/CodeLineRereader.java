package io.qualify.ocr;

import io.qualify.document.Box;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the page's code lines once more with the Latin model, restricted to the characters codes are
 * made of ({@link OcrEngine#recognizeCharacters}). A line is a code line when some reading of the page
 * holds a run of letters and digits on it; the words that are mostly letters and digits are cut out
 * with a margin (a first character the page reading lost or took for a bracket comes back) and read at
 * two heights. What it reads is one more reading of the page, for the extractor's vote.
 */
final class CodeLineRereader {

    /** GB 32100's code characters (no I, O, S, V, Z); registration numbers are digits only. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern CODE_RUN = Pattern.compile("[0-9A-Za-z]{8,}");
    /** Box heights the crop is scaled to: the Latin model inserts stray characters into larger glyphs. */
    private static final double[] HEIGHTS = {24, 34};
    private static final int MAX_LINES = 4;

    OcrResult reread(BufferedImage upright, List<OcrResult> readings, OcrEngine engine) {
        List<Box> boxes = new ArrayList<>();
        for (OcrResult reading : readings) {
            for (OcrLine line : reading.lines()) {
                Box box = codeBox(line);
                if (box != null && boxes.stream().noneMatch(b -> overlap(b, box) > 0.5) && boxes.size() < MAX_LINES) {
                    boxes.add(box);
                }
            }
        }
        List<OcrLine> lines = new ArrayList<>();
        for (Box box : boxes) {
            Box crop = box.padded(box.height(), Math.max(2, box.height() * 2 / 5), upright.getWidth(), upright.getHeight());
            BufferedImage image = upright.getSubimage(crop.x(), crop.y(), crop.width(), crop.height());
            for (double height : HEIGHTS) {
                double factor = height / box.height();
                OcrResult read = engine.recognizeCharacters(PageImages.scale(image, factor), ALPHABET);
                for (OcrLine line : read.lines()) {
                    lines.add(Lines.of(line.words().stream()
                            .map(w -> w.moved(b -> b.scaled(1 / factor).shifted(crop.x(), crop.y()))).toList()));
                }
            }
        }
        return new OcrResult(lines);
    }

    /** The union of the line's words that are mostly letters and digits, when the line holds a code-like run. */
    static Box codeBox(OcrLine line) {
        if (!CODE_RUN.matcher(line.text().replace(" ", "")).find()) {
            return null;
        }
        Box union = null;
        for (OcrWord word : line.words()) {
            long alnum = word.text().chars().filter(CodeLineRereader::codeCharacter).count();
            if (alnum >= 3 && alnum * 2 >= word.text().length() && word.box().height() > 0) {
                Box own = alnumSpan(word);
                union = union == null ? own : union.union(own);
            }
        }
        return union;
    }

    /**
     * The word's letters and digits alone when its characters carry boxes (注册号440305053820869 read as
     * one word: the label, cut out with the number, is read as digits by the Latin model); else the word.
     */
    private static Box alnumSpan(OcrWord word) {
        Box span = null;
        for (OcrSymbol symbol : word.symbols()) {
            if (symbol.box().height() <= 0) {
                return word.box();
            }
            if (symbol.text().chars().allMatch(CodeLineRereader::codeCharacter)) {
                span = span == null ? symbol.box() : span.union(symbol.box());
            }
        }
        return span == null ? word.box() : new Box(span.x(), word.box().y(), span.width(), word.box().height());
    }

    /** A Latin letter or digit, what codes are made of. */
    private static boolean codeCharacter(int c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Intersection over the smaller box. */
    private static double overlap(Box a, Box b) {
        int w = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        int h = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        if (w <= 0 || h <= 0) {
            return 0;
        }
        return (double) w * h / Math.min((double) a.width() * a.height(), (double) b.width() * b.height());
    }
}
