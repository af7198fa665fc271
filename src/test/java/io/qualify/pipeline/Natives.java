package io.qualify.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.config.QualifyConfig;
import io.qualify.ocr.TesseractEngine;
import io.qualify.synth.MakeSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Shared set-up of end-to-end tests: skip with a reason where libtesseract is absent, else build once,
 * reviewing as of the day the samples were drawn for ({@link MakeSamples#DAY}).
 */
final class Natives {

    private static Qualify qualify;

    private Natives() {
    }

    static synchronized Qualify qualify() {
        assumeTrue(TesseractEngine.nativeLibraryAvailable(),
                "libtesseract5 is not installed here (bin/setup installs it); end-to-end tests skipped");
        assumeTrue(Files.isRegularFile(Path.of("tessdata/chi_sim.traineddata")), "tessdata/ missing");
        if (qualify == null) {
            // the day the samples stand for: their ID cards' validity is judged against it, not the run's date
            ZoneId zone = ZoneId.systemDefault();
            qualify = new Qualify(QualifyConfig.load(), Clock.fixed(MakeSamples.DAY.atStartOfDay(zone).toInstant(), zone));
        }
        return qualify;
    }
}
