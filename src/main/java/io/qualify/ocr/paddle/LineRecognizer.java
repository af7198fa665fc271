package io.qualify.ocr.paddle;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PP-OCRv4's SVTR-LCNet recogniser: each line is resized to 48 px high keeping its aspect and read
 * alone, without padding (PaddleOCR pads a batch to at least 320 px: on the real licences reading each
 * line at its own width read as well or better, and a page's many short labels cost a third of the
 * time); the per-step class probabilities are decoded greedily ({@link CtcDecoder}) into characters
 * with their own confidences and positions along the line.
 */
final class LineRecognizer {

    static final int HEIGHT = 48;
    /** Lines wider than this are squeezed to it: a whole page row read as one line is not worth more. */
    private static final int MAX_WIDTH = HEIGHT * 50;

    private final PaddleModels models;

    LineRecognizer(PaddleModels models) {
        this.models = models;
    }

    List<CtcDecoder.Reading> recognize(List<LineCrops.Crop> crops) throws OrtException {
        List<CtcDecoder.Reading> out = new ArrayList<>();
        for (LineCrops.Crop crop : crops) {
            out.add(recognize(crop));
        }
        return out;
    }

    private CtcDecoder.Reading recognize(LineCrops.Crop crop) throws OrtException {
        double aspect = crop.image().cols() / (double) Math.max(1, crop.image().rows());
        int width = (int) Math.max(HEIGHT / 2, Math.min(MAX_WIDTH, Math.ceil(HEIGHT * aspect)));
        float[] input = new float[3 * HEIGHT * width];
        LineCrops.putLine(crop.image(), input, 0, HEIGHT, width, width);
        try (OnnxTensor tensor = OnnxTensor.createTensor(models.environment, FloatBuffer.wrap(input),
                new long[] {1, 3, HEIGHT, width});
             OrtSession.Result result = models.recognizer.run(Map.of(models.recognizer.getInputNames().iterator().next(), tensor))) {
            OnnxTensor output = (OnnxTensor) result.get(0);
            long[] shape = output.getInfo().getShape();
            int steps = (int) shape[1];
            return CtcDecoder.decode(output.getFloatBuffer(), 0, steps, (int) shape[2], models.characters, 1.0 / steps);
        }
    }
}
