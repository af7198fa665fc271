package io.qualify.app;

import io.qualify.config.QualifyConfig;
import io.qualify.config.ServiceConfig;
import io.qualify.route.QualifyService;
import io.qualify.verdict.Database;
import io.qualify.verdict.VerdictStore;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run [--data DIR] [--port N] [--rabbitmq URI] [--db JDBC_URL]} (SPEC.md §3): the service. Each
 * option overrides its {@code qualify.service.*} key; it runs until SIGTERM and then exits 0.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the service: upload directory, HTTP API and dashboard, queue consumer with --rabbitmq.")
public final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger("io.qualify.service");

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: data).")
    String data;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 8080).")
    Integer port;

    @Option(names = "--rabbitmq", paramLabel = "URI", description = "RabbitMQ URI, e.g. amqp://guest:guest@127.0.0.1:5672.")
    String rabbitmq;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Store URL (default: H2 file database under DIR/db).")
    String db;

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("qualify.service.data", data);
        overrides.put("qualify.service.port", port == null ? null : port.toString());
        overrides.put("qualify.service.rabbitmq", rabbitmq);
        overrides.put("qualify.service.db", db);
        ServiceConfig service = ServiceConfig.load(overrides);
        QualifyConfig config = QualifyConfig.load();
        Files.createDirectories(service.data());
        LOG.info("node {}: data {}, http {}:{}, store {}, queue {}, {} workers", service.node(), service.data(),
                service.host(), service.port(), service.database().embedded() ? "embedded H2" : "external",
                service.broker().map(b -> b.queue()).orElse("none"), config.workers());
        CountDownLatch closed = new CountDownLatch(1);
        try (Qualify qualify = new Qualify(config, Clock.systemDefaultZone());
             Database database = Database.open(service.database().url(), service.database().user(),
                     service.database().password(), config.workers() + 4)) {
            VerdictStore store = new VerdictStore(database.dataSource(), Clock.systemDefaultZone());
            QualifyService running = new QualifyService(service, qualify.pipeline(), qualify.loader(), store, config.workers());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopOnSignal(running, closed, service), "qualify-sigterm"));
            running.run();
        } finally {
            LOG.info("node {} stopped", service.node());
            closed.countDown();
        }
        return 0;
    }

    /**
     * SIGTERM: stop intake and let the reviews in hand finish (Camel's graceful shutdown), then keep the
     * JVM alive until the engines and the store are closed, never longer than the shutdown allowance.
     */
    private static void stopOnSignal(QualifyService running, CountDownLatch closed, ServiceConfig service) {
        running.stop();
        try {
            closed.await(service.shutdownSeconds() + 5L, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
