package io.qualify.route;

import org.apache.camel.builder.RouteBuilder;

/**
 * The one processing route every source hands its {@code Intake} to: claim it in the store, review it
 * (or take the verdict stored for the same content), write the verdict files. Failures propagate to
 * the calling source route, which knows whether to set its input aside or hand it back.
 */
public final class ProcessingRoute extends RouteBuilder {

    public static final String URI = "direct:review";

    private final ReviewSteps steps;

    public ProcessingRoute(ReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void configure() {
        from(URI).routeId("review").errorHandler(noErrorHandler())
                .bean(steps, "claim")
                .bean(steps, "review")
                .bean(steps, "writeFiles");
    }
}
