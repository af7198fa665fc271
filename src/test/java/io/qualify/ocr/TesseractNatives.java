package io.qualify.ocr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether Tesseract can run here: libtesseract5 (through JNA) and the pinned models in {@code tessdata/}.
 * A machine without them skips the tests that need them, with the reason; on CI ({@code CI=true}) they
 * must be there, so the tests fail instead of passing unseen.
 */
public final class TesseractNatives {

    private TesseractNatives() {
    }

    public static void assumeAvailable() {
        boolean library = TesseractEngine.nativeLibraryAvailable();
        boolean models = Files.isRegularFile(Path.of("tessdata/chi_sim.traineddata"));
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            if (!library || !models) {
                throw new IllegalStateException("CI must run the Tesseract tests: "
                        + (library ? "tessdata/ is missing" : "libtesseract5 is not installed"));
            }
            return;
        }
        assumeTrue(library, "libtesseract5 is not installed here (bin/setup installs it): Tesseract tests skipped");
        assumeTrue(models, "tessdata/ is missing (bin/setup checks it): Tesseract tests skipped");
    }
}
