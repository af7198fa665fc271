package io.qualify.ocr;

import io.qualify.vision.Seal;
import io.qualify.vision.SealStrip;
import java.awt.image.BufferedImage;
import org.opencv.core.CvException;

/**
 * Reads a seal's own text: the arc along its rim (usually the enterprise's name, clockwise from about
 * 7–8 o'clock over the top to 4–5 o'clock) and any straight line inside. The seal is isolated as red
 * ink (black print over it falls away), its rim unwrapped into a strip ({@link SealStrip}) and the run
 * of text round 12 o'clock read as one line; when that reads poorly, the usual 240° over the top is read
 * too and the more confident reading wins. The line under the centre is added on a line of its own
 * when it reads well. Imperfect by nature (arc text is distorted, stamps are worn): callers act only on
 * a confident read. Stateless; the engine is the caller's: {@code new SealTextReader().read(page, seal, engine)}.
 */
public final class SealTextReader {

    /** A reading below this mean confidence counts as nothing read. */
    private static final double MIN_CONFIDENCE = 0.3;
    /** A straight line inside is added only when read at least this well. */
    private static final double MIN_LINE_CONFIDENCE = 0.6;
    private static final int MIN_CHARACTERS = 2;
    /** Where a seal's rim text usually runs: from 7 o'clock (150° clockwise from 3 o'clock) over 240°. */
    private static final double TOP_SPAN_START = 150;
    private static final double TOP_SPAN = 240;

    /** The seal's own text (the arc along its rim, plus any straight line inside), read by unwrapping the ring into a strip (polar unwrap) and OCR. NONE when nothing reads. */
    public SealText read(BufferedImage page, Seal seal, OcrEngine engine) {
        if (seal.box().width() < 16 || seal.box().height() < 16 || page.getColorModel().getNumColorComponents() < 3) {
            return SealText.NONE;
        }
        SealStrip strip;
        try {
            strip = SealStrip.of(page, seal.box());
        } catch (CvException e) {
            return SealText.NONE;
        }
        try {
            SealText arc = arc(strip, engine);
            if (arc == SealText.NONE) {
                return SealText.NONE;
            }
            SealText line = reading(engine.recognize(strip.middle(), 0, SegmentationMode.LINE));
            return line.confidence() >= MIN_LINE_CONFIDENCE ? joined(arc, line) : arc;
        } finally {
            strip.release();
        }
    }

    private static SealText arc(SealStrip strip, OcrEngine engine) {
        SealText best = reading(engine.recognize(strip.arcText(), 0, SegmentationMode.LINE));
        if (best.confidence() < MIN_LINE_CONFIDENCE) {
            // the usual layout, should the breaks mislead: 240° centred on 12 o'clock
            best = better(best, reading(engine.recognize(strip.arc(TOP_SPAN_START, TOP_SPAN), 0, SegmentationMode.LINE)));
        }
        return best.confidence() >= MIN_CONFIDENCE ? best : SealText.NONE;
    }

    /** The text of a reading, Chinese characters, letters and digits only; NONE when too short to mean anything. */
    static SealText reading(OcrResult result) {
        String text = result.text().codePoints()
                .filter(c -> Character.isLetterOrDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() < MIN_CHARACTERS ? SealText.NONE : new SealText(text, result.meanConfidence());
    }

    /** The reading more likely right: more confident, a longer text breaking near-ties. */
    private static SealText better(SealText a, SealText b) {
        double sa = a.confidence() * Math.min(1, a.text().length() / 6.0);
        double sb = b.confidence() * Math.min(1, b.text().length() / 6.0);
        return sb > sa ? b : a;
    }

    private static SealText joined(SealText arc, SealText line) {
        int a = arc.text().length();
        int l = line.text().length();
        double confidence = (arc.confidence() * a + line.confidence() * l) / (a + l);
        return new SealText(arc.text() + "\n" + line.text(), confidence);
    }
}
