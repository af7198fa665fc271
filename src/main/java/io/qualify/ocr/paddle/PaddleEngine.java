package io.qualify.ocr.paddle;

import ai.onnxruntime.OrtException;
import io.qualify.document.Box;
import io.qualify.ocr.OcrEngine;
import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrResult;
import io.qualify.ocr.OcrSymbol;
import io.qualify.ocr.OcrWord;
import io.qualify.ocr.Orientation;
import io.qualify.ocr.Rows;
import io.qualify.ocr.SegmentationMode;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;

/**
 * {@link OcrEngine} over PaddleOCR's PP-OCRv4 mobile models on ONNX Runtime: lines are found
 * ({@link TextDetector}), cut out level ({@link LineCrops}) and recognised ({@link LineRecognizer}); each
 * character keeps its own confidence and box, lowered beside a stretch of print read as nothing
 * ({@link Silences}). Lines are read as they stand in the image, not turned
 * one by one: the caller turns a page upright by {@link #detectOrientation}, where the direction
 * classifier ({@link LineDirection}) votes, so that a card held upside down still reads as one. A page reading ({@link SegmentationMode#PAGE}) gives one line per line
 * found; a block or sparse reading joins the lines of a row ({@link Rows}); a line reading takes the
 * whole image as one line. Latin code lines ({@link #recognizeCharacters}) go to a second engine, the
 * independent opinion on codes and ID numbers. The models are shared ({@link PaddleModels}); an engine
 * is cheap and, like every engine, used by one thread at a time.
 */
public final class PaddleEngine implements OcrEngine {

    /** Lines read below this mean confidence are noise (PaddleOCR's drop_score). */
    static final double DROP_SCORE = 0.5;
    /** Lines sampled to tell a page's orientation. */
    private static final int ORIENTATION_SAMPLE = 24;

    private final TextDetector detector;
    private final LineDirection direction;
    private final LineRecognizer recognizer;
    private final OcrEngine second;
    /** The image last detected (compared by identity: images are not changed in place once read) and its lines. */
    private BufferedImage lastImage;
    private List<Quad> lastQuads = List.of();

    /**
     * @param detectionSide the longest side a page is detected at
     * @param second        the engine for Latin code lines, or null for none; closed with this one
     */
    public PaddleEngine(PaddleModels models, int detectionSide, OcrEngine second) {
        this.detector = new TextDetector(models, detectionSide);
        this.direction = new LineDirection(models);
        this.recognizer = new LineRecognizer(models);
        this.second = second;
    }

    @Override
    public boolean findsLines() {
        return true;
    }

    @Override
    public OcrResult recognize(BufferedImage image, int dpi, SegmentationMode mode) {
        return read(image, mode, page -> detect(image, page));
    }

    /** Where a reading's lines come from: the image's own detection, or another image's carried over. */
    private interface LineSource {
        List<Quad> quads(Mat page) throws OrtException;
    }

    /** The image read in {@code mode}, its lines (unless read as one line) from {@code lines}. */
    private OcrResult read(BufferedImage image, SegmentationMode mode, LineSource lines) {
        Mat page = Tensors.bgr(image);
        try {
            if (mode == SegmentationMode.LINE) {
                return readLine(page);
            }
            OcrResult read = new OcrResult(read(page, lines.quads(page)));
            return mode == SegmentationMode.PAGE ? read : Rows.join(read);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to read an image: " + e.getMessage(), e);
        } finally {
            page.release();
        }
    }

    /**
     * The turned image's lines are the original's, found once there (or already found for it) and carried
     * over by a half turn or a mirroring: the detector finds the same lines either way, and a card read
     * four ways pays for one detection. The original's detection stays the one remembered. A quarter turn
     * is detected afresh: a line standing on end is found fatter (by a third of its height) than the same
     * line lying level.
     */
    @Override
    public OcrResult recognizeTurned(BufferedImage turned, BufferedImage original, int turn, boolean flip,
                                     SegmentationMode mode) {
        if (turned == original || turn % 180 != 0) {
            return recognize(turned, 0, mode);
        }
        boolean half = Math.floorMod(turn, 360) == 180;
        return read(turned, mode, page -> {
            List<Quad> quads = new ArrayList<>();
            for (Quad quad : detect(original, null)) {
                quads.add(quad.turned(original.getWidth(), original.getHeight(), half, flip));
            }
            return TextDetector.readingOrder(quads);
        });
    }

    /**
     * The image read as one line, cut first to its ink and a margin: the recogniser reads a long blank
     * stretch as a row of 〇.
     */
    private OcrResult readLine(Mat page) throws OrtException {
        Quad ink = LineCrops.inkExtent(page);
        if (ink == null) {
            return OcrResult.EMPTY;
        }
        LineCrops.Crop crop = LineCrops.cut(page, ink);
        try {
            OcrLine line = line(Silences.mark(crop.image(), recognizer.recognize(List.of(crop)).get(0)), crop.quad());
            return line == null ? OcrResult.EMPTY : new OcrResult(List.of(line));
        } finally {
            crop.image().release();
        }
    }

    private List<OcrLine> read(Mat page, List<Quad> quads) throws OrtException {
        List<LineCrops.Crop> crops = new ArrayList<>();
        for (Quad quad : quads) {
            crops.add(LineCrops.cut(page, quad));
        }
        try {
            List<CtcDecoder.Reading> readings = recognizer.recognize(crops);
            List<OcrLine> lines = new ArrayList<>();
            for (int i = 0; i < crops.size(); i++) {
                // a line is kept or dropped on what the recogniser read, before any silence is marked in it
                if (readings.get(i).confidence() < DROP_SCORE) {
                    continue;
                }
                OcrLine line = line(Silences.mark(crops.get(i).image(), readings.get(i)), crops.get(i).quad());
                if (line != null) {
                    lines.add(line);
                }
            }
            return lines;
        } finally {
            crops.forEach(c -> c.image().release());
        }
    }

    /** A decoded line as words (split at spaces) with each character's box; null when nothing was read. */
    static OcrLine line(CtcDecoder.Reading reading, Quad quad) {
        List<OcrWord> words = new ArrayList<>();
        List<CtcDecoder.Character> word = new ArrayList<>();
        for (CtcDecoder.Character c : reading.characters()) {
            if (c.text().isBlank()) {
                addWord(words, word, quad);
                word = new ArrayList<>();
            } else {
                word.add(c);
            }
        }
        addWord(words, word, quad);
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (OcrWord w : words) {
            text.append(text.isEmpty() ? "" : " ").append(w.text());
        }
        return new OcrLine(text.toString(), quad.box(), reading.confidence(), words);
    }

    /** The characters as one word: its box spans them, its confidence is their mean. */
    private static void addWord(List<OcrWord> words, List<CtcDecoder.Character> characters, Quad quad) {
        if (characters.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        List<OcrSymbol> symbols = new ArrayList<>();
        double sum = 0;
        for (CtcDecoder.Character c : characters) {
            text.append(c.text());
            symbols.add(new OcrSymbol(c.text(), c.confidence(), quad.span(c.from(), c.to())));
            sum += c.confidence();
        }
        Box box = quad.span(characters.get(0).from(), characters.get(characters.size() - 1).to());
        words.add(new OcrWord(text.toString(), box, sum / characters.size(), symbols));
    }

    /**
     * The page's turn from its lines: lines much taller than wide mean a quarter turn, and the direction
     * classifier, voting over the longest lines turned level, tells a turn from its opposite. The
     * confidence is the winning turn's lead in votes (lines, weighted by the classifier's certainty).
     */
    @Override
    public Orientation detectOrientation(BufferedImage image, int dpi) {
        Mat page = Tensors.bgr(image);
        List<LineCrops.Crop> crops = new ArrayList<>();
        try {
            List<Quad> quads = new ArrayList<>(detect(image, page));
            quads.sort((a, b) -> Double.compare(Math.max(b.width(), b.height()), Math.max(a.width(), a.height())));
            for (Quad quad : quads.subList(0, Math.min(ORIENTATION_SAMPLE, quads.size()))) {
                crops.add(LineCrops.cut(page, quad));
            }
            if (crops.isEmpty()) {
                return Orientation.UPRIGHT_UNKNOWN;
            }
            double[] upsideDown = direction.upsideDown(crops);
            double[] votes = new double[4];
            for (int i = 0; i < crops.size(); i++) {
                // A tall line was turned a quarter counter-clockwise to be read: upright then means the
                // page's content is turned a quarter clockwise.
                int base = quads.get(i).tall() ? 90 : 0;
                double p = upsideDown[i];
                votes[base / 90] += 1 - p;
                votes[(base + 180) / 90] += p;
            }
            int best = 0;
            for (int k = 1; k < 4; k++) {
                best = votes[k] > votes[best] ? k : best;
            }
            double runnerUp = 0;
            for (int k = 0; k < 4; k++) {
                runnerUp = k == best ? runnerUp : Math.max(runnerUp, votes[k]);
            }
            return new Orientation(best * 90, votes[best] - runnerUp);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to read an image: " + e.getMessage(), e);
        } finally {
            crops.forEach(c -> c.image().release());
            page.release();
        }
    }

    /**
     * The lines of the image, detected once for the image last asked about: a page reader asks how a
     * page is turned and then reads it, and the detection is the same. {@code page} is the image's
     * pixels when the caller has them, else null.
     */
    private List<Quad> detect(BufferedImage image, Mat page) throws OrtException {
        if (image != lastImage) {
            Mat pixels = page != null ? page : Tensors.bgr(image);
            try {
                lastQuads = detector.detect(pixels);
            } finally {
                if (page == null) {
                    pixels.release();
                }
            }
            lastImage = image;
        }
        return lastQuads;
    }

    @Override
    public int linesFound(BufferedImage image) {
        try {
            return detect(image, null).size();
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to read an image: " + e.getMessage(), e);
        }
    }

    @Override
    public OcrResult recognizeCharacters(BufferedImage line, String alphabet) {
        return second == null ? OcrResult.EMPTY : second.recognizeCharacters(line, alphabet);
    }

    @Override
    public void close() {
        lastImage = null;
        if (second != null) {
            second.close();
        }
    }
}
