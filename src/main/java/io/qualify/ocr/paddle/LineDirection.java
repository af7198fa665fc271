package io.qualify.ocr.paddle;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * PaddleOCR's text-line direction classifier: whether a cut-out line reads upright (0°) or upside down
 * (180°), from a 48 × 192 copy. {@link #upsideDown} gives, per line, the probability that it is turned.
 */
final class LineDirection {

    private static final int HEIGHT = 48;
    private static final int WIDTH = 192;
    private static final int BATCH = 8;

    private final PaddleModels models;

    LineDirection(PaddleModels models) {
        this.models = models;
    }

    double[] upsideDown(List<LineCrops.Crop> crops) throws OrtException {
        double[] out = new double[crops.size()];
        for (int start = 0; start < crops.size(); start += BATCH) {
            int n = Math.min(BATCH, crops.size() - start);
            float[] input = new float[n * 3 * HEIGHT * WIDTH];
            for (int i = 0; i < n; i++) {
                LineCrops.putLine(crops.get(start + i).image(), input, i, HEIGHT, WIDTH, WIDTH);
            }
            try (OnnxTensor tensor = OnnxTensor.createTensor(models.environment, FloatBuffer.wrap(input), new long[] {n, 3, HEIGHT, WIDTH});
                 OrtSession.Result result = models.direction.run(Map.of(models.direction.getInputNames().iterator().next(), tensor))) {
                float[][] probabilities = (float[][]) result.get(0).getValue();
                for (int i = 0; i < n; i++) {
                    out[start + i] = probabilities[i][1];
                }
            }
        }
        return out;
    }
}
