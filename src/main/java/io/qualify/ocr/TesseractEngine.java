package io.qualify.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.qualify.document.Box;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * {@link OcrEngine} over the system libtesseract through tess4j's direct mapping. Holds long-lived native
 * handles (the recognition models, loaded once, the orientation model and the Latin model for code
 * lines) so a pooled engine pays the model-loading cost once per worker, not per page. Not thread-safe:
 * one engine per thread.
 */
public final class TesseractEngine implements OcrEngine {

    /** Leptonica's L_SEVERITY_NONE. */
    private static final int LEPTONICA_SEVERITY_NONE = 6;

    /*
     * The interface mapping, not tess4j's direct TessAPI1: direct mapping binds every symbol at load and
     * fails on Debian's Tesseract 5.3, which lacks renderer functions we never call.
     */
    private static TessAPI api() {
        return TessAPI.INSTANCE;
    }

    static {
        limitOpenMpThreads();
    }

    /**
     * Sets {@code OMP_THREAD_LIMIT=1} in this process's C environment before libtesseract (and with it
     * libgomp, which reads the variable once as it loads) is first touched, unless the caller chose a
     * value. Tesseract's own OpenMP threads would otherwise fight the worker threads: with two workers on
     * two cores a batch ran several times slower, half its time in the kernel. The launcher exports the
     * variable too; this covers a plain {@code java -jar}.
     */
    private static void limitOpenMpThreads() {
        if (System.getenv("OMP_THREAD_LIMIT") != null) {
            return;
        }
        try {
            com.sun.jna.NativeLibrary.getInstance("c").getFunction("setenv")
                    .invokeInt(new Object[] {"OMP_THREAD_LIMIT", "1", 0});
        } catch (UnsatisfiedLinkError e) {
            // Not a C library we can reach (not Linux or macOS): the launcher's export is all there is.
        }
    }

    /**
     * Leptonica, which Tesseract reads images with, prints "Error in boxClipToRectangle" and the like
     * on stderr for boxes it merely clips; they drown a batch's progress. Its message threshold is set
     * to none through libtesseract's own handle, whose dependencies hold the symbol (lept4j looks for a
     * libleptonica.so that Debian's liblept5 does not name so).
     */
    private static void silenceLeptonica() {
        try {
            com.sun.jna.NativeLibrary.getInstance(net.sourceforge.tess4j.util.LoadLibs.getTesseractLibName())
                    .getFunction("setMsgSeverity").invokeInt(new Object[] {LEPTONICA_SEVERITY_NONE});
        } catch (UnsatisfiedLinkError e) {
            // an older or differently built Leptonica: its messages stay
        }
    }

    private final TessBaseAPI recognizer;
    private final TessBaseAPI orienter;
    /** The Latin model for code lines, or null when tessdata holds no eng model. */
    private final TessBaseAPI latin;
    private boolean closed;

    public TesseractEngine(Path tessdata, String languages) {
        this(open(tessdata, languages, ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY),
                open(tessdata, "osd", ITessAPI.TessOcrEngineMode.OEM_TESSERACT_ONLY), latinModel(tessdata));
    }

    private TesseractEngine(TessBaseAPI recognizer, TessBaseAPI orienter, TessBaseAPI latin) {
        this.recognizer = recognizer;
        this.orienter = orienter;
        this.latin = latin;
    }

    /**
     * An engine holding only the Latin model, for {@link #recognizeCharacters}: the second opinion on
     * codes and ID numbers beside another engine's reading. Its other calls fail.
     */
    public static TesseractEngine latinOnly(Path tessdata) {
        TessBaseAPI latin = latinModel(tessdata);
        if (latin == null) {
            throw new OcrUnavailableException("tessdata " + tessdata + " holds no eng.traineddata for the code lines", null);
        }
        return new TesseractEngine(null, null, latin);
    }

    private static TessBaseAPI latinModel(Path tessdata) {
        return java.nio.file.Files.isRegularFile(tessdata.resolve("eng.traineddata"))
                ? open(tessdata, "eng", ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY) : null;
    }

    /** True when libtesseract can be loaded here; tests use it to skip with a reason. */
    public static boolean nativeLibraryAvailable() {
        try {
            api().TessVersion();
            return true;
        } catch (LinkageError e) {
            return false;
        }
    }

    private static TessBaseAPI open(Path tessdata, String languages, int engineMode) {
        TessBaseAPI handle;
        try {
            handle = api().TessBaseAPICreate();
        } catch (LinkageError e) {
            throw new OcrUnavailableException("libtesseract could not be loaded: install the Debian package "
                    + "libtesseract5 (bin/setup does this) or set jna.library.path to its folder", e);
        }
        if (api().TessBaseAPIInit2(handle, tessdata.toString(), languages, engineMode) != 0) {
            api().TessBaseAPIDelete(handle);
            throw new OcrUnavailableException("Tesseract could not load the models '" + languages + "' from "
                    + tessdata + ": check qualify.ocr.tessdata points at the project's tessdata/ folder", null);
        }
        // Debug output of libtesseract would otherwise go to stdout, which belongs to the verdicts.
        api().TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        silenceLeptonica();
        return handle;
    }

    @Override
    public OcrResult recognize(BufferedImage image, int dpi, SegmentationMode mode) {
        ensureOpen();
        requirePageModels();
        return recognize(recognizer, image, dpi, mode);
    }

    @Override
    public OcrResult recognizeCharacters(BufferedImage line, String alphabet) {
        ensureOpen();
        if (latin == null) {
            return OcrResult.EMPTY;
        }
        api().TessBaseAPISetVariable(latin, "tessedit_char_whitelist", alphabet);
        return recognize(latin, line, 0, SegmentationMode.LINE);
    }

    private static OcrResult recognize(TessBaseAPI handle, BufferedImage image, int dpi, SegmentationMode mode) {
        setImage(handle, image, dpi);
        api().TessBaseAPISetPageSegMode(handle, mode.tesseractCode());
        try {
            if (api().TessBaseAPIRecognize(handle, null) != 0) {
                return OcrResult.EMPTY;
            }
            return readLines(handle);
        } finally {
            api().TessBaseAPIClear(handle);
        }
    }

    @Override
    public Orientation detectOrientation(BufferedImage image, int dpi) {
        ensureOpen();
        requirePageModels();
        setImage(orienter, image, dpi);
        IntBuffer degrees = IntBuffer.allocate(1);
        FloatBuffer confidence = FloatBuffer.allocate(1);
        PointerByReference script = new PointerByReference();
        FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
        try {
            int ok = api().TessBaseAPIDetectOrientationScript(orienter, degrees, confidence, script, scriptConfidence);
            if (ok == 0) {
                return Orientation.UPRIGHT_UNKNOWN;
            }
            // Tesseract's orient_deg is the clockwise turn of the content, as ours (checked on rotated pages).
            return new Orientation(Math.floorMod(degrees.get(0), 360), confidence.get(0));
        } finally {
            api().TessBaseAPIClear(orienter);
        }
    }

    private static void setImage(TessBaseAPI handle, BufferedImage image, int dpi) {
        BufferedImage grey = Images.toGrey(image);
        byte[] pixels = Images.greyBytes(grey);
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.put(pixels).flip();
        api().TessBaseAPISetImage(handle, buffer, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
        if (dpi > 0) {
            // Without a known resolution Tesseract estimates it from the text size, which suits rescaled images.
            api().TessBaseAPISetSourceResolution(handle, dpi);
        }
    }

    private static OcrResult readLines(TessBaseAPI handle) {
        TessResultIterator iterator = api().TessBaseAPIGetIterator(handle);
        if (iterator == null) {
            return OcrResult.EMPTY;
        }
        List<OcrLine> lines = new ArrayList<>();
        List<OcrWord> words = new ArrayList<>();
        try {
            do {
                OcrWord word = word(iterator, TessPageIteratorLevel.RIL_WORD);
                if (word != null) {
                    words.add(word);
                }
                if (api().TessPageIteratorIsAtFinalElement(
                        api().TessResultIteratorGetPageIterator(iterator),
                        TessPageIteratorLevel.RIL_TEXTLINE, TessPageIteratorLevel.RIL_WORD) != 0 && !words.isEmpty()) {
                    lines.add(Lines.of(words));
                    words = new ArrayList<>();
                }
            } while (api().TessResultIteratorNext(iterator, TessPageIteratorLevel.RIL_WORD) != 0);
            if (!words.isEmpty()) {
                lines.add(Lines.of(words));
            }
        } finally {
            api().TessResultIteratorDelete(iterator);
        }
        return new OcrResult(lines);
    }

    private static OcrWord word(TessResultIterator iterator, int level) {
        String read = text(iterator, level);
        String text = read == null ? "" : read.strip();
        if (text.isEmpty()) {
            return null;
        }
        Box box = boxOf(iterator, level);
        double confidence = api().TessResultIteratorConfidence(iterator, level) / 100.0;
        return new OcrWord(text, box, clamp(confidence), symbols(iterator));
    }

    private static Box boxOf(TessResultIterator iterator, int level) {
        IntBuffer left = IntBuffer.allocate(1);
        IntBuffer top = IntBuffer.allocate(1);
        IntBuffer right = IntBuffer.allocate(1);
        IntBuffer bottom = IntBuffer.allocate(1);
        api().TessPageIteratorBoundingBox(api().TessResultIteratorGetPageIterator(iterator), level,
                left, top, right, bottom);
        return new Box(left.get(0), top.get(0), right.get(0) - left.get(0), bottom.get(0) - top.get(0));
    }

    /**
     * The symbols of the word the iterator stands on with their own confidences, read from a copy of the
     * iterator so the caller's word-level walk is untouched.
     */
    private static List<OcrSymbol> symbols(TessResultIterator wordStart) {
        TessResultIterator it = api().TessResultIteratorCopy(wordStart);
        if (it == null) {
            return List.of();
        }
        List<OcrSymbol> symbols = new ArrayList<>();
        try {
            do {
                String text = text(it, TessPageIteratorLevel.RIL_SYMBOL);
                if (text != null) {
                    double confidence = clamp(api().TessResultIteratorConfidence(it, TessPageIteratorLevel.RIL_SYMBOL) / 100.0);
                    symbols.add(new OcrSymbol(text, confidence, boxOf(it, TessPageIteratorLevel.RIL_SYMBOL)));
                }
            } while (api().TessPageIteratorIsAtFinalElement(api().TessResultIteratorGetPageIterator(it),
                    TessPageIteratorLevel.RIL_WORD, TessPageIteratorLevel.RIL_SYMBOL) == 0
                    && api().TessResultIteratorNext(it, TessPageIteratorLevel.RIL_SYMBOL) != 0);
        } finally {
            api().TessResultIteratorDelete(it);
        }
        return symbols;
    }

    /** The text at the iterator's element of {@code level}, copied out of Tesseract's buffer; null when none. */
    private static String text(TessResultIterator iterator, int level) {
        Pointer utf8 = api().TessResultIteratorGetUTF8Text(iterator, level);
        if (utf8 == null) {
            return null;
        }
        try {
            return utf8.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            api().TessDeleteText(utf8);
        }
    }

    private static double clamp(double confidence) {
        return Math.max(0, Math.min(1, confidence));
    }

    private void requirePageModels() {
        if (recognizer == null) {
            throw new IllegalStateException("this engine holds only the Latin model for code lines");
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("engine already closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            for (TessBaseAPI handle : new TessBaseAPI[] {recognizer, orienter, latin}) {
                if (handle != null) {
                    api().TessBaseAPIEnd(handle);
                    api().TessBaseAPIDelete(handle);
                }
            }
        }
    }
}
