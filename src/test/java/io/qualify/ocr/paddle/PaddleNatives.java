package io.qualify.ocr.paddle;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether PP-OCR can run here: ONNX Runtime's natives and the pinned models. A machine without them
 * skips the tests that need them, with the reason; on CI ({@code CI=true}) they must be there, so
 * the tests fail instead of passing unseen.
 */
public final class PaddleNatives {

    private PaddleNatives() {
    }

    public static void assumeAvailable() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean models = Files.isRegularFile(Path.of("models", PaddleModels.RECOGNITION));
        if (ci) {
            if (!models || !PaddleModels.runtimeAvailable()) {
                throw new IllegalStateException("CI must run the PP-OCR tests: models/ or ONNX Runtime's natives are missing");
            }
            return;
        }
        assumeTrue(models, "models/ is missing (bin/setup checks it): PP-OCR tests skipped");
        assumeTrue(PaddleModels.runtimeAvailable(), "ONNX Runtime's natives do not load here: PP-OCR tests skipped");
    }
}
