package io.qualify.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.config.QualifyConfig;
import io.qualify.ocr.TesseractEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Shared set-up of end-to-end tests: skip with a reason where libtesseract is absent, else build once. */
final class Natives {

    private static Qualify qualify;

    private Natives() {
    }

    static synchronized Qualify qualify() {
        assumeTrue(TesseractEngine.nativeLibraryAvailable(),
                "libtesseract5 is not installed here (bin/setup installs it); end-to-end tests skipped");
        assumeTrue(Files.isRegularFile(Path.of("tessdata/chi_sim.traineddata")), "tessdata/ missing");
        if (qualify == null) {
            qualify = new Qualify(QualifyConfig.load(), Clock.systemDefaultZone());
        }
        return qualify;
    }
}
