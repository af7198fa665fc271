package io.qualify.app;

import io.qualify.check.Rules;
import io.qualify.config.QualifyConfig;
import io.qualify.intake.SubmissionLoader;
import io.qualify.ocr.OcrEnginePool;
import io.qualify.ocr.OcrEngines;
import io.qualify.ocr.PageReader;
import io.qualify.pipeline.DocumentReader;
import io.qualify.pipeline.ReviewPipeline;
import io.qualify.pipeline.TimeBudget;
import io.qualify.render.Renderer;
import java.time.Clock;

/**
 * The assembled application: one pipeline and one loader built from the configuration, with an
 * engine pool sized to the workers. Create once per process and close at the end.
 */
public final class Qualify implements AutoCloseable {

    private final QualifyConfig config;
    private final OcrEnginePool engines;
    private final ReviewPipeline pipeline;
    private final SubmissionLoader loader;

    public Qualify(QualifyConfig config, Clock clock) {
        this.config = config;
        this.engines = new OcrEnginePool(() -> OcrEngines.create(config.ocr()), config.workers());
        DocumentReader reader = new DocumentReader(new Renderer(config.limits()), new PageReader(config.ocr()));
        this.pipeline = new ReviewPipeline(reader, engines, Rules.all(config.confidenceFloor()), clock, version(),
                new TimeBudget(config.documentBudget(), config.submissionBudget()));
        this.loader = new SubmissionLoader(config.limits().maxFileBytes());
    }

    public static String version() {
        String v = Qualify.class.getPackage().getImplementationVersion();
        return "qualify-" + (v == null ? "dev" : v);
    }

    public ReviewPipeline pipeline() {
        return pipeline;
    }

    public SubmissionLoader loader() {
        return loader;
    }

    public QualifyConfig config() {
        return config;
    }

    @Override
    public void close() {
        engines.close();
    }
}
