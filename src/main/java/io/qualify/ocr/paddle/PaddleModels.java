package io.qualify.ocr.paddle;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.qualify.ocr.OcrUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PaddleOCR's PP-OCRv4 mobile models (text detection, line direction, recognition) and the
 * recognition dictionary, loaded once per process and folder and shared by every engine: ONNX Runtime
 * sessions may be run from many threads at once. Each session runs on the calling thread alone (one
 * intra-op thread), so a worker is a core, as with Tesseract. {@link #shared(Path)}.
 */
public final class PaddleModels {

    static final String DETECTION = "ch_PP-OCRv4_det_infer.onnx";
    static final String RECOGNITION = "ch_PP-OCRv4_rec_infer.onnx";
    static final String DIRECTION = "ch_ppocr_mobile_v2.0_cls_infer.onnx";
    static final String DICTIONARY = "ppocr_keys_v1.txt";

    private static final Map<Path, PaddleModels> LOADED = new HashMap<>();

    final OrtEnvironment environment;
    final OrtSession detector;
    final OrtSession direction;
    final OrtSession recognizer;
    /**
     * The detector's run options: at the end of each run its arena hands back the chunks no longer in use,
     * so between pages it keeps little, not the most it ever needed (bench: same speed, peak 1.27 → 1.21 GB).
     */
    final OrtSession.RunOptions detection;
    /** The recognizer's classes: index 0 is CTC's blank, then the dictionary, then a space. */
    final List<String> characters;

    private PaddleModels(Path folder) throws OrtException, IOException {
        environment = OrtEnvironment.getEnvironment();
        // ONNX Runtime's CPU arena keeps the largest buffers a session ever needed, for good. The detector's
        // are large: kept, they are reused, and allocated anew for each page a review is a third slower. The
        // recogniser reads each line at its own width: its many small buffers of ever-new sizes only grow an
        // arena, while the allocator serves them as fast (bench: 0.17 submissions/s either way, peak 1.47 GB
        // with its arena, 1.30 GB without).
        detector = open(folder.resolve(DETECTION), true);
        direction = open(folder.resolve(DIRECTION), true);
        recognizer = open(folder.resolve(RECOGNITION), false);
        detection = new OrtSession.RunOptions();
        detection.addRunConfigEntry("memory.enable_memory_arena_shrinkage", "cpu:0");
        List<String> list = new ArrayList<>();
        list.add("");
        for (String line : Files.readAllLines(folder.resolve(DICTIONARY), StandardCharsets.UTF_8)) {
            list.add(line.replace("\r", "").replace("\n", ""));
        }
        list.add(" ");
        characters = List.copyOf(list);
    }

    /** The models in {@code folder}, loaded on first use and kept for the process's life. */
    public static PaddleModels shared(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        synchronized (LOADED) {
            PaddleModels models = LOADED.get(key);
            if (models == null) {
                models = load(key);
                LOADED.put(key, models);
            }
            return models;
        }
    }

    private static PaddleModels load(Path folder) {
        for (String file : List.of(DETECTION, RECOGNITION, DIRECTION, DICTIONARY)) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new OcrUnavailableException("the OCR model " + file + " is missing from " + folder
                        + ": check qualify.ocr.models points at the project's models/ folder (bin/setup checks it)", null);
            }
        }
        try {
            return new PaddleModels(folder);
        } catch (OrtException | IOException | LinkageError e) {
            throw new OcrUnavailableException("the PP-OCRv4 models in " + folder + " could not be loaded by ONNX Runtime: "
                    + e.getMessage(), e);
        }
    }

    /** True when ONNX Runtime's natives load on this machine; tests use it to skip with a reason. */
    public static boolean runtimeAvailable() {
        try {
            OrtEnvironment.getEnvironment();
            return true;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    private OrtSession open(Path model, boolean arena) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Memory patterns are planned per input shape, and every page and line has its own: kept, they
            // grew the process by a few hundred MB over a batch (bench: 1.96 GB peak with, 1.44 GB without).
            options.setMemoryPatternOptimization(false);
            options.setCPUArenaAllocator(arena);
            return environment.createSession(model.toString(), options);
        }
    }
}
