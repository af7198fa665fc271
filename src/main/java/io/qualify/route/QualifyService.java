package io.qualify.route;

import io.qualify.config.ServiceConfig;
import io.qualify.config.ServiceConfig.Broker;
import io.qualify.intake.Inbox;
import io.qualify.intake.Spool;
import io.qualify.intake.SubmissionLoader;
import io.qualify.pipeline.Reviewer;
import io.qualify.report.VerdictFiles;
import io.qualify.verdict.ReviewHours;
import io.qualify.verdict.VerdictStore;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.main.SimpleMainShutdownStrategy;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory.ConfirmType;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * The service behind {@code run} (SPEC.md §3, §5) on Camel Main: the inbox, HTTP and (with a broker)
 * queue routes, all feeding {@link ProcessingRoute}. {@link #run} blocks until SIGTERM, then stops
 * intake, lets the reviews in hand finish within the configured seconds (the rest are handed back:
 * queue messages unacknowledged, inbox files left in place) and returns once everything is closed.
 */
public final class QualifyService {

    private final ServiceConfig config;
    private final Reviewer reviewer;
    private final SubmissionLoader loader;
    private final VerdictStore store;
    private final int workers;
    private volatile Main main;

    public QualifyService(ServiceConfig config, Reviewer reviewer, SubmissionLoader loader, VerdictStore store, int workers) {
        this.config = config;
        this.reviewer = reviewer;
        this.loader = loader;
        this.store = store;
        this.workers = workers;
    }

    public void run() throws Exception {
        Main main = new Main();
        // No Camel hangup hook: the caller's SIGTERM hook calls stop() and waits until everything is closed.
        main.setShutdownStrategy(new SimpleMainShutdownStrategy());
        camelSettings().forEach(main::addInitialProperty);
        Optional<CachingConnectionFactory> rabbit = config.broker().map(QualifyService::connectionFactory);
        rabbit.ifPresent(cf -> main.bind("rabbitConnectionFactory", cf));
        main.bind("wedgedReadingsCheck", new WedgedReadingsCheck(reviewer, workers));
        routes().forEach(main.configure()::addRoutesBuilder);
        this.main = main;
        try {
            main.run();
        } finally {
            rabbit.ifPresent(CachingConnectionFactory::destroy);
        }
    }

    /** Asks the running service to stop (as SIGTERM does); {@link #run} returns once it has. */
    public void stop() {
        Main running = main;
        if (running != null) {
            running.completed();
        }
    }

    private List<RoutesBuilder> routes() throws IOException {
        List<RoutesBuilder> routes = new ArrayList<>();
        ReviewSteps steps = new ReviewSteps(reviewer, loader, store, new VerdictFiles(config.data()), config.node(),
                config.maxAttempts());
        Inbox inbox = new Inbox(config.data(), config.maxUploadBytes());
        routes.add(new ProcessingRoute(steps));
        routes.add(new InboxRoute(inbox, workers, config.pollMillis(), config.settleMillis()));
        ServiceConfig.ReviewTimes times = config.reviewTimes();
        ReviewHours hours = new ReviewHours(times.zone(), times.opens(), times.closes(), times.holidays());
        routes.add(new HttpRoute(new Api(inbox, store, config.maxUploadBytes(), config.node(), hours, Clock.systemUTC()),
                config.apiToken()));
        if (config.broker().isPresent()) {
            routes.add(new QueueRoute(config.broker().get(), new Spool(config.data(), config.maxUploadBytes()), workers));
        }
        return routes;
    }

    private Map<String, String> camelSettings() {
        String port = Integer.toString(config.port());
        return Map.ofEntries(
                Map.entry("camel.main.name", "qualify-" + config.node()),
                Map.entry("camel.main.shutdownTimeout", Integer.toString(config.shutdownSeconds())),
                Map.entry("camel.main.extraShutdownTimeout", "3"),
                Map.entry("camel.main.jmxEnabled", "false"),
                Map.entry("camel.server.enabled", "true"),
                Map.entry("camel.server.host", config.host()),
                Map.entry("camel.server.port", port),
                Map.entry("camel.server.maxBodySize", Long.toString(config.maxUploadBytes())),
                Map.entry("camel.server.fileUploadEnabled", "false"),
                Map.entry("camel.management.enabled", "true"),
                Map.entry("camel.management.host", config.host()),
                Map.entry("camel.management.port", port),
                Map.entry("camel.management.healthCheckEnabled", "true"),
                Map.entry("camel.management.metricsEnabled", "true"),
                Map.entry("camel.metrics.enabled", "true"),
                Map.entry("camel.metrics.binders", "jvm-memory,processor,jvm-thread"));
    }

    /** The broker connection, with the durable topic exchange the verdicts go to declared on it. */
    private static CachingConnectionFactory connectionFactory(Broker broker) {
        CachingConnectionFactory cf = new CachingConnectionFactory(URI.create(broker.uri()));
        // SIMPLE confirms: the producer waits for the broker's confirm of each verdict before the ack.
        cf.setPublisherConfirmType(ConfirmType.SIMPLE);
        cf.setConnectionNameStrategy(f -> "qualify");
        new RabbitAdmin(cf).declareExchange(new TopicExchange(broker.verdictsExchange(), true, false));
        return cf;
    }
}
