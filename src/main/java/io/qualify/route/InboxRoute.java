package io.qualify.route;

import io.qualify.document.Intake.Source;
import io.qualify.intake.Inbox;
import io.qualify.intake.UnprocessableSubmissionException;
import io.qualify.route.ReviewSteps.Reviewed;
import java.io.File;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upload directory: a {@code .zip} once it has stopped changing (read lock), or a folder once it
 * holds {@code READY}. Files stay in place while they are worked on ({@code noop}) and are moved out
 * by this route only after their verdict is stored, to {@code archive/}, or to {@code failed/} with a
 * reason when they cannot be processed. Anything else (the store unreachable, a shutdown) leaves the
 * input where it is, to be tried again at the next look or the next start.
 */
public final class InboxRoute extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger("io.qualify.service");

    private final Inbox inbox;
    private final int workers;
    private final long pollMillis;
    private final long settleMillis;

    public InboxRoute(Inbox inbox, int workers, long pollMillis, long settleMillis) {
        this.inbox = inbox;
        this.workers = workers;
        this.pollMillis = pollMillis;
        this.settleMillis = settleMillis;
    }

    @Override
    public void configure() {
        String common = "file:" + inbox.directory() + "?noop=true&idempotent=false&delay=" + pollMillis + "&sortBy=file:modified";
        from(common + "&include=RAW((?i)[^.].*\\.zip)&readLock=changed&readLockMarkerFile=false&readLockMinAge="
                + settleMillis + "&readLockCheckInterval=" + Math.max(100, Math.min(settleMillis, 1000)))
                .routeId("inbox-zips")
                .to("direct:inbox");
        from(common + "&recursive=true&minDepth=2&maxDepth=2&include=READY&readLock=none")
                .routeId("inbox-folders")
                .to("direct:inbox");
        from("direct:inbox").routeId("inbox")
                .onException(UnprocessableSubmissionException.class).handled(true).process(this::setAside).end()
                .onException(Exception.class).handled(true).process(this::leaveForRetry).end()
                .threads(workers, workers)
                .process(e -> e.getMessage().setBody(inbox.take(consumed(e), Source.INBOX)))
                .to(ProcessingRoute.URI)
                .process(e -> inbox.archive(e.getMessage().getBody(Reviewed.class).item()));
    }

    private void setAside(Exchange exchange) throws Exception {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Path input = Inbox.input(consumed(exchange));
        LOG.warn("submission {} set aside in failed/: {}", input.getFileName(), cause.getMessage());
        inbox.setAside(input, null, cause.getMessage());
    }

    private void leaveForRetry(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.warn("submission {} left in the inbox to try again: {}", Inbox.input(consumed(exchange)).getFileName(),
                rootCause(cause).toString());
    }

    static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Path consumed(Exchange exchange) {
        return Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class)).toAbsolutePath();
    }
}
