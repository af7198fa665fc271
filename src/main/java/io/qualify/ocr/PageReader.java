package io.qualify.ocr;

import io.qualify.document.Box;
import io.qualify.document.Page;
import io.qualify.text.Texts;
import io.qualify.vision.Illumination;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page: evens out its light ({@link Illumination}), finds how it is turned and recognises
 * it. For an engine that reads line by line at its own height ({@link OcrEngine#findsLines}, PP-OCR)
 * that is one reading, whose rows joined stand for a block reading; for Tesseract the page is rescaled
 * so its text is the height the model reads best, unsure lines are re-read alone and the page is read
 * once more as one block. Code lines are read again by the Latin model either way. Pages with a real
 * PDF text layer are taken as they are. Call {@link #read(Page, OcrEngine)} with an engine the calling thread owns.
 */
public final class PageReader {

    private static final int ORIENTATION_PROBE_SIDE = 2000;
    /** Below this score (about 80 well-read characters) a page is tried at the other turns. */
    private static final double WEAK_READING = 80;

    private static final int MAX_REREAD_LINES = 40;
    /** Grey at least this share of the paper's brightness is taken for paper (a watermark's grey). */
    static final double PAPER_SHARE = 0.86;
    /** A line's box at most this many typical line heights high is a level line's (blanked on a second look). */
    private static final double LEVEL_BOX = 1.6;

    private final OcrSettings settings;
    private final LineRereader rereader;
    private final CodeLineRereader codeLines = new CodeLineRereader();

    public PageReader(OcrSettings settings) {
        this.settings = settings;
        this.rereader = new LineRereader(settings.targetGlyphHeight(), MAX_REREAD_LINES);
    }

    public ReadPage read(Page page, OcrEngine engine) {
        if (page.hasTextLayer()) {
            return new ReadPage(page, 0, 1.0, TextLayers.toResult(page.textLayer()), List.of());
        }
        BufferedImage ink = Illumination.flatten(PageImages.inkChannel(page.image()));
        // PP-OCR detects on its own smaller copy, and then the page's detection serves its first reading too.
        Orientation found = engine.detectOrientation(engine.findsLines() ? ink : probe(ink), 0);
        boolean trusted = found.confidence() >= settings.orientationConfidence();
        int first = trusted ? found.degrees() : 0;
        Attempt best = recognize(engine, ink, first);
        // OSD is sometimes sure and wrong (a scanned licence called upside down at confidence 3): a weak
        // reading at the turn it chose is a reason to try the others, whoever chose it.
        // PP-OCR's direction classifier, when sure, is trusted: a photo with little text on it (an ID card)
        // reads weakly at every turn, and reading it four times costs more than it finds.
        if (score(best.result()) < WEAK_READING && !(trusted && engine.findsLines())) {
            // A sure OSD errs by a half turn, not a quarter: then only upright and the opposite are worth a read.
            List<Integer> turns = trusted ? List.of(0, (first + 180) % 360) : List.of(found.degrees(), 0, 180, 90, 270);
            best = tryOtherTurns(engine, ink, best, turns);
        }
        BufferedImage uprightInk = PageImages.undoRotation(ink, best.rotation());
        List<OcrResult> others = new ArrayList<>(best.others());
        OcrResult reread;
        if (engine.findsLines()) {
            // The engine read each line level at its model's height: the rows joined stand for a block reading.
            reread = best.result();
            OcrResult beside = BesideLabels.reread(uprightInk, reread, engine);
            others.add(Rows.join(new OcrResult(concat(reread.lines(), beside.lines()))));
            others.add(beside);
        } else {
            reread = rereader.reread(uprightInk, best.result(), engine);
            others.add(recognizeAt(engine, uprightInk, best.scale(), SegmentationMode.BLOCK));
        }
        List<OcrResult> all = new ArrayList<>(others);
        all.add(reread);
        others.add(codeLines.reread(uprightInk, all, engine));
        Page upright = page.withImage(PageImages.undoRotation(page.image(), best.rotation()), best.rotation());
        boolean osdKept = trusted && best.rotation() == found.degrees();
        return new ReadPage(upright, best.rotation(), osdKept ? found.confidence() : 0, reread, others, uprightInk);
    }

    /**
     * The upright page read once more with red ink taken for paper ({@code ink}, {@link #withoutRed}), at
     * the scale that suits its text: for letters and commitments, whose sign-off lies under a company
     * seal. A page with a text layer has nothing to gain: its reading is returned as it is. An engine that
     * reads line by line reads again only the rows the seals ({@code seals}, page pixels) lie across, each
     * band whole, and keeps its first reading elsewhere: away from the seals nothing red was in the way.
     */
    public OcrResult readWithoutRed(ReadPage read, BufferedImage ink, OcrEngine engine, List<Box> seals) {
        if (read.upright().hasTextLayer()) {
            return read.ocr();
        }
        if (engine.findsLines()) {
            return SealBands.reread(ink, read.ocr(), seals, engine);
        }
        double glyph = typicalGlyphHeight(read.ocr());
        double factor = glyph > 0 ? scaleFor(glyph, ink) : baseScale(ink);
        return recognizeAt(engine, ink, factor, SegmentationMode.PAGE);
    }

    /**
     * The upright page as grey ink with red ink taken for paper ({@link PageImages#inkWithoutRed}) and its
     * light evened out: what {@link #readWithoutRed} reads, made once per page by the caller.
     */
    public static BufferedImage withoutRed(ReadPage read) {
        return Illumination.flatten(PageImages.inkWithoutRed(read.upright().image()));
    }

    /**
     * A second look at a page whose every field matters (a licence), for an engine that finds its own
     * lines: the page with light grey taken for paper ({@link Illumination#paperWhite}) and every line
     * already read blanked, so the detector sees only what the first look missed and only that is
     * recognised. A watermark crossing a row (仅限认证使用 over 法定代表人, SAIC over 注册号) makes the
     * detector take the two for one region and lose the row; with the watermark gone the row is found.
     * A level line's box is blanked; a slanted line's box would cover its neighbours, so its characters'
     * own boxes are. Returns the lines found, in page pixels; nothing for Tesseract or a
     * page with a text layer.
     */
    public OcrResult secondLook(ReadPage read, OcrEngine engine) {
        if (!engine.findsLines() || read.upright().hasTextLayer()) {
            return OcrResult.EMPTY;
        }
        BufferedImage page = withoutWatermark(read);
        double lineHeight = read.ocr().typicalLineHeight();
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            for (OcrLine line : read.ocr().lines()) {
                Box b = line.box();
                if (lineHeight > 0 && b.height() <= LEVEL_BOX * lineHeight) {
                    int inset = b.height() / 8;
                    g.fillRect(b.x(), b.y() + inset, b.width(), b.height() - 2 * inset);
                } else {
                    line.words().forEach(w -> blankCharacters(g, w));
                }
            }
        } finally {
            g.dispose();
        }
        return engine.recognize(page, 0, SegmentationMode.PAGE);
    }

    /**
     * The upright page's ink ({@link ReadPage#ink}) with a watermark's light grey taken for paper
     * ({@link #PAPER_SHARE} of the paper's brightness and lighter): a fresh image the caller may paint on.
     */
    public static BufferedImage withoutWatermark(ReadPage read) {
        BufferedImage flat = read.ink() != null ? read.ink() : Illumination.flatten(PageImages.inkChannel(read.upright().image()));
        return Illumination.paperWhite(flat, PAPER_SHARE);
    }

    /**
     * A slanted line's characters blanked two by two (each with the next, so the gap between them goes
     * too): each character's own box is small where the line's box would cover its neighbours.
     */
    private static void blankCharacters(Graphics2D g, OcrWord word) {
        List<OcrSymbol> symbols = word.symbols();
        if (symbols.isEmpty() || symbols.stream().anyMatch(c -> c.box().height() <= 0)) {
            return;
        }
        for (int i = 0; i < symbols.size(); i++) {
            Box b = i + 1 < symbols.size() ? symbols.get(i).box().union(symbols.get(i + 1).box()) : symbols.get(i).box();
            g.fillRect(b.x(), b.y(), b.width(), b.height());
        }
    }

    /** The scale that brings text {@code glyph} px high to the model's height, within the pixel budget. */
    private double scaleFor(double glyph, BufferedImage image) {
        return Math.min(settings.targetGlyphHeight() / glyph, Math.sqrt(settings.maxPixels() / pixels(image)));
    }

    private Attempt tryOtherTurns(OcrEngine engine, BufferedImage ink, Attempt first, List<Integer> turns) {
        Attempt best = first;
        for (int turn : turns.stream().distinct().filter(t -> t != first.rotation()).toList()) {
            Attempt other = recognize(engine, ink, turn);
            if (score(other.result()) > score(best.result()) * 1.5) {
                best = other;
            }
        }
        return best;
    }

    /**
     * Recognises the ink image undone by {@code rotation}, at the scale that suits its text height.
     * After the best turn is found the page is read once more as one block (PSM 6): automatic layout
     * analysis often splits a form's row, leaving a widely spaced label (名　　称, 负 责 人) apart from
     * its value or dropping it, while a block reading keeps each row whole.
     */
    private Attempt recognize(OcrEngine engine, BufferedImage ink, int rotation) {
        BufferedImage upright = PageImages.undoRotation(ink, rotation);
        double base = baseScale(upright);
        OcrResult firstPass = recognizeAt(engine, upright, base, SegmentationMode.PAGE);
        double glyph = typicalGlyphHeight(firstPass);
        if (glyph <= 0 || engine.findsLines()) {
            return new Attempt(rotation, base, firstPass, List.of());
        }
        double wanted = scaleFor(glyph, upright);
        if (wanted / base > 1.35 || wanted / base < 0.7) {
            OcrResult secondPass = recognizeAt(engine, upright, wanted, SegmentationMode.PAGE);
            if (score(secondPass) >= score(firstPass)) {
                return new Attempt(rotation, wanted, secondPass, List.of(firstPass));
            }
            return new Attempt(rotation, base, firstPass, List.of(secondPass));
        }
        return new Attempt(rotation, base, firstPass, List.of());
    }

    private static List<OcrLine> concat(List<OcrLine> a, List<OcrLine> b) {
        List<OcrLine> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The scale that keeps the image within the pixel budget. */
    private double baseScale(BufferedImage image) {
        return Math.min(1.0, Math.sqrt(settings.maxPixels() / pixels(image)));
    }

    private static OcrResult recognizeAt(OcrEngine engine, BufferedImage image, double factor, SegmentationMode mode) {
        OcrResult result = engine.recognize(PageImages.scale(image, factor), 0, mode);
        return result.scaled(1 / factor);
    }

    /**
     * The height of ordinary body text, in the original image's pixels: the lower third of word
     * heights, so large titles do not hide small field values.
     */
    static double typicalGlyphHeight(OcrResult result) {
        List<Integer> heights = result.lines().stream()
                .flatMap(l -> l.words().stream())
                .filter(w -> w.confidence() > 0.5 && w.text().codePoints().anyMatch(Texts::isCjk))
                .map(OcrWord::box).map(Box::height)
                .sorted().toList();
        if (heights.size() < 3) {
            return 0;
        }
        return heights.get(heights.size() / 3);
    }

    /** Confidence-weighted count of characters read: more well-read text is a better reading. */
    static double score(OcrResult result) {
        return score(result.lines());
    }

    static double score(List<OcrLine> lines) {
        return lines.stream().flatMap(l -> l.words().stream())
                .mapToDouble(w -> w.confidence() * w.confidence() * w.text().length()).sum();
    }

    private static BufferedImage probe(BufferedImage ink) {
        int side = Math.max(ink.getWidth(), ink.getHeight());
        return side <= ORIENTATION_PROBE_SIDE ? ink : PageImages.scale(ink, (double) ORIENTATION_PROBE_SIDE / side);
    }

    private static double pixels(BufferedImage image) {
        return (double) image.getWidth() * image.getHeight();
    }

    private record Attempt(int rotation, double scale, OcrResult result, List<OcrResult> others) {
    }
}
