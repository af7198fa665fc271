package io.qualify.route;

import io.qualify.pipeline.Reviewer;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * The node's health as its readings see it ({@code /observe/health}, check {@code qualify-readings}): DOWN
 * once as many readings are wedged in native code as there are workers. A wedged reading was given up
 * and its engine replaced, so reviews go on, but it keeps a thread, an engine and perhaps a core until
 * it returns; with one per worker the node does the work of none, and only a restart frees them.
 */
final class WedgedReadingsCheck extends AbstractHealthCheck {

    static final String ID = "qualify-readings";

    private final Reviewer reviewer;
    private final int workers;

    WedgedReadingsCheck(Reviewer reviewer, int workers) {
        super("qualify", ID);
        this.reviewer = reviewer;
        this.workers = workers;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        int wedged = reviewer.wedgedReadings();
        builder.detail("wedged", wedged).detail("workers", workers);
        if (wedged >= workers) {
            builder.message(wedged + " readings are wedged in native code, as many as the workers: restart the node")
                    .down();
        } else {
            builder.up();
        }
    }
}
