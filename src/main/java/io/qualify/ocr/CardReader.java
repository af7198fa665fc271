package io.qualify.ocr;

import io.qualify.document.Box;
import io.qualify.document.CardEvidence;
import io.qualify.text.IdNumbers;
import io.qualify.text.Texts;
import io.qualify.vision.CardInk;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a resident ID card cut out of a photo and decides which way it faces: the card (landscape) is
 * read as it is, and when that does not plainly show a card's labels, also turned half round and
 * mirrored; the reading that finds most of the printed labels (and a number that passes its check)
 * wins. A selfie mirrors the card, so only its flipped reading finds the labels; a card held upside
 * down is found upright only when turned. How far the winner led the best reading with the other
 * turn, and with the other mirroring, says how sure each decision is. The number row is read once
 * more with the Latin model restricted to digits, so a refusal of the number rests on two readings.
 * {@code read(card, engine)}.
 */
public final class CardReader {

    /** The front's (人像面) printed labels. */
    static final List<String> FRONT_LABELS = List.of("姓名", "性别", "民族", "出生", "住址", "公民身份号码");
    /** The back's (国徽面) printed words. */
    static final List<String> BACK_LABELS = List.of("中华人民共和国", "居民身份证", "签发机关", "有效期限");
    /** Cards are read at this width: the body text is then about 35 px high, where the model reads best. */
    static final int CARD_WIDTH = 1100;
    /** A reading finding this many labels plainly faces the right way, unmirrored. */
    private static final int PLAIN = 3;
    /** A lead of this much score (about two labels) makes a turn or a mirroring sure. */
    static final double SURE_LEAD = 1.5;
    /**
     * A side of a card prints at most about twenty items that a detector finds apart (the front's 出生
     * row alone may come as six); an image with more lines found is a page, not a card: a first look
     * ({@link #readPlainly}) reads no further. The real specimens find 6 to 11, the real licences 14 to 40.
     */
    static final int MAX_CARD_LINES = 24;
    private static final Pattern NUMBER_RUN = Pattern.compile("[0-9OoDIlZSB|]{15,20}[0-9Xx]?");

    /**
     * What was read off the card. {@code turn} (0 or 180) and {@code mirrored} are what was done to the
     * given image to read it upright; {@code side} is FRONT, BACK or NONE by the labels found;
     * {@code stance} each turn's score, what the best one read and whether turn and mirror are sure.
     */
    public record CardReading(OcrResult ocr, BufferedImage upright, int turn, boolean mirrored, Side side,
                              CardEvidence.Stance stance) {
    }

    public enum Side { FRONT, BACK, NONE }

    private record Candidate(int turn, boolean flip, BufferedImage image, OcrResult ocr, int front, int back,
                             double number, double score) {
    }

    public CardReading read(BufferedImage card, OcrEngine engine) {
        return read(card, engine, false).orElseThrow();
    }

    /**
     * The card read as it is given, when that plainly shows a side: enough of its labels that no other
     * way would be tried. Empty otherwise, and then nothing else was tried: a first look that costs
     * one reading, for an image that may not be a card at all, and only a detection for an image with
     * more lines than a card prints ({@link #MAX_CARD_LINES}).
     */
    public Optional<CardReading> readPlainly(BufferedImage card, OcrEngine engine) {
        return read(card, engine, true);
    }

    private Optional<CardReading> read(BufferedImage card, OcrEngine engine, boolean plainOnly) {
        BufferedImage grey = Images.toGrey(PageImages.scale(card, (double) CARD_WIDTH / card.getWidth()));
        if (plainOnly && engine.linesFound(grey) > MAX_CARD_LINES) {
            return Optional.empty();
        }
        BufferedImage strokes = engine.findsLines() ? null : CardInk.strokes(grey);
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(candidate(grey, strokes, 0, false, engine));
        if (Math.max(candidates.get(0).front(), candidates.get(0).back()) < PLAIN) {
            if (plainOnly) {
                return Optional.empty();
            }
            candidates.add(candidate(grey, strokes, 180, false, engine));
            candidates.add(candidate(grey, strokes, 0, true, engine));
            candidates.add(candidate(grey, strokes, 180, true, engine));
        }
        Candidate best = candidates.stream().max((a, b) -> Double.compare(a.score(), b.score())).orElseThrow();
        boolean plain = candidates.size() == 1;
        double otherTurn = bestOf(candidates, c -> c.turn() != best.turn());
        double otherFlip = bestOf(candidates, c -> c.flip() != best.flip());
        Map<String, Double> scores = new LinkedHashMap<>();
        candidates.forEach(c -> scores.put(c.turn() + (c.flip() ? "m" : ""), round(c.score())));
        CardEvidence.Stance stance = new CardEvidence.Stance(scores, Math.max(best.front(), best.back()), best.number(),
                null, plain || best.score() - otherTurn >= SURE_LEAD, plain || best.score() - otherFlip >= SURE_LEAD);
        // only the front prints a number: one read there makes a front of a card whose labels were lost
        Side side = best.back() > best.front() ? Side.BACK
                : best.front() > 0 || best.number() >= 1 ? Side.FRONT : Side.NONE;
        return Optional.of(new CardReading(best.ocr(), best.image(), best.turn(), best.flip(), side, stance));
    }

    private static double bestOf(List<Candidate> candidates, Predicate<Candidate> which) {
        return candidates.stream().filter(which).mapToDouble(Candidate::score).max().orElse(Double.NEGATIVE_INFINITY);
    }

    /**
     * One way of facing the card, read as grey, where the black values read best, and for Tesseract
     * also as local strokes ({@link CardInk}), where the light labels survive. Both readings' lines count.
     */
    private static Candidate candidate(BufferedImage grey, BufferedImage strokes, int turn, boolean flip, OcrEngine engine) {
        BufferedImage image = facing(grey, turn, flip);
        List<OcrLine> lines = new ArrayList<>(engine.recognizeTurned(image, grey, turn, flip, SegmentationMode.BLOCK).lines());
        if (!engine.findsLines()) {
            // PP-OCR reads the light labels on the grey card; Tesseract loses them to a global threshold.
            lines.addAll(engine.recognize(facing(strokes, turn, flip), 0, SegmentationMode.BLOCK).lines());
        }
        OcrResult ocr = new OcrResult(lines);
        String text = Texts.normalize(ocr.text());
        int front = hits(text, FRONT_LABELS);
        int back = hits(text, BACK_LABELS);
        double number = ocr.lines().stream().mapToDouble(l -> numberScore(Texts.normalize(l.text()))).max().orElse(0);
        double score = Math.max(front, back) + number + ocr.meanConfidence();
        return new Candidate(turn, flip, image, ocr, front, back, number, score);
    }

    private static BufferedImage facing(BufferedImage image, int turn, boolean flip) {
        BufferedImage turned = PageImages.rotateClockwise(image, turn);
        return flip ? PageImages.flipHorizontally(turned) : turned;
    }

    /**
     * How many of the labels the text holds, allowing a misread character in the longer ones, except
     * 居民身份证, which a front's 公民身份证号 would match with one.
     */
    static int hits(String text, List<String> labels) {
        return (int) labels.stream().filter(l -> l.length() > 2 && !l.equals("居民身份证")
                ? Texts.containsFuzzy(text, l) : text.contains(l)).count();
    }

    /**
     * One for a run as long as a number, one more when it passes its check; half for a run of another
     * length. Judged line by line: joined, a number would run on into the next line's digits.
     */
    private static double numberScore(String text) {
        Matcher m = NUMBER_RUN.matcher(text);
        double best = 0;
        while (m.find()) {
            best = Math.max(best, IdNumbers.isValid(m.group()) ? 2 : m.group().length() == 18 ? 1 : 0.5);
        }
        return best;
    }

    /**
     * The card's number row read again with the Latin model, restricted to digits and X: the lines of
     * the reading that hold a number-like run, cut out with a margin and scaled to a 32 px line.
     */
    public OcrResult rereadNumber(CardReading reading, OcrEngine engine) {
        List<OcrLine> lines = new ArrayList<>();
        BufferedImage upright = reading.upright();
        for (OcrLine line : reading.ocr().lines()) {
            if (!NUMBER_RUN.matcher(line.text().replace(" ", "")).find()) {
                continue;
            }
            Box box = CodeLineRereader.codeBox(line);
            if (box == null || box.height() == 0) {
                continue;
            }
            Box crop = box.padded(box.height(), Math.max(2, box.height() * 2 / 5), upright.getWidth(), upright.getHeight());
            BufferedImage image = upright.getSubimage(crop.x(), crop.y(), crop.width(), crop.height());
            double factor = 32.0 / box.height();
            lines.addAll(engine.recognizeCharacters(PageImages.scale(image, factor), "0123456789X").lines());
        }
        return new OcrResult(lines);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
