package io.qualify.ocr;

import io.qualify.ocr.paddle.PaddleEngine;
import io.qualify.ocr.paddle.PaddleModels;

/** Makes the engine the settings choose; hand {@code OcrEngines::create} to an {@link OcrEnginePool}. */
public final class OcrEngines {

    private OcrEngines() {
    }

    public static OcrEngine create(OcrSettings settings) {
        return switch (settings.engine()) {
            case PADDLE -> new PaddleEngine(PaddleModels.shared(settings.models()), settings.detectionSide(),
                    TesseractEngine.latinOnly(settings.tessdata()));
            case TESSERACT -> new TesseractEngine(settings.tessdata(), settings.languages());
        };
    }
}
