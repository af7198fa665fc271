package io.qualify.pipeline;

import io.qualify.app.Qualify;
import io.qualify.config.QualifyConfig;
import io.qualify.ocr.TesseractNatives;
import io.qualify.synth.MakeSamples;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Shared set-up of end-to-end tests: skip with a reason where libtesseract is absent (fail on CI), else build once,
 * reviewing as of the day the samples were drawn for ({@link MakeSamples#DAY}).
 */
final class Natives {

    private static Qualify qualify;

    private Natives() {
    }

    static synchronized Qualify qualify() {
        TesseractNatives.assumeAvailable();
        if (qualify == null) {
            // the day the samples stand for: their ID cards' validity is judged against it, not the run's date
            ZoneId zone = ZoneId.systemDefault();
            qualify = new Qualify(QualifyConfig.load(), Clock.fixed(MakeSamples.DAY.atStartOfDay(zone).toInstant(), zone));
        }
        return qualify;
    }
}
