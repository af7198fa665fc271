package io.qualify.config;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings of {@code run} (SPEC.md §3, §5), typed and validated, from the same layered sources as
 * {@link QualifyConfig} ({@code qualify.service.*} keys, each documented in the shipped
 * {@code application.properties}); command-line options are passed in as overrides of those keys.
 */
public record ServiceConfig(
        Path data,
        int port,
        String host,
        Optional<String> apiToken,
        long maxUploadBytes,
        Database database,
        Optional<Broker> broker,
        long pollMillis,
        long settleMillis,
        int maxAttempts,
        int shutdownSeconds,
        String node,
        ReviewTimes reviewTimes) {

    /**
     * When people review (FAQ: 周一至周日 9:00~23:00, 法定节假日顺延): the time zone, the daily hours and
     * the public holidays on which no one does; the dashboard's deadlines count only these hours.
     */
    public record ReviewTimes(ZoneId zone, LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {
    }

    /** Where verdicts are stored: a JDBC URL with optional user and password. */
    public record Database(String url, String user, String password) {

        public boolean embedded() {
            return url.startsWith("jdbc:h2:");
        }
    }

    /** The RabbitMQ broker and the names used on it. */
    public record Broker(String uri, String queue, String deadQueue, String verdictsExchange, int deliveryLimit) {
    }

    public static ServiceConfig load(Map<String, String> overrides) {
        Properties p = QualifyConfig.layered(Path.of("application.properties"), System.getenv());
        overrides.forEach((k, v) -> {
            if (v != null) {
                p.setProperty(k, v);
            }
        });
        return from(p);
    }

    public static ServiceConfig from(Properties p) {
        QualifyConfig.Settings s = new QualifyConfig.Settings(p);
        Path data = Path.of(s.text("qualify.service.data")).toAbsolutePath().normalize();
        s.within("qualify.service.port", 0, 65535);
        s.atLeast("qualify.service.max-upload-mb", 1);
        s.atLeast("qualify.service.poll-ms", 10);
        s.atLeast("qualify.service.settle-ms", 100);
        s.atLeast("qualify.service.max-attempts", 1);
        s.within("qualify.service.shutdown-seconds", 1, 600);
        s.atLeast("qualify.service.delivery-limit", 1);
        return new ServiceConfig(data, (int) s.whole("qualify.service.port"), s.text("qualify.service.host"),
                optional(s, "qualify.service.api-token"), s.whole("qualify.service.max-upload-mb") * 1024 * 1024,
                database(s, data), broker(s), s.whole("qualify.service.poll-ms"), s.whole("qualify.service.settle-ms"),
                (int) s.whole("qualify.service.max-attempts"), (int) s.whole("qualify.service.shutdown-seconds"),
                optional(s, "qualify.service.node").orElseGet(ServiceConfig::defaultNode), reviewTimes(s));
    }

    private static ReviewTimes reviewTimes(QualifyConfig.Settings s) {
        String key = "qualify.review.hours";
        String hours = s.text(key).strip();
        String[] ends = hours.split("-");
        try {
            ZoneId zone = ZoneId.of(s.text("qualify.review.zone").strip());
            LocalTime opens = LocalTime.parse(ends[0].strip());
            LocalTime closes = LocalTime.parse(ends[1].strip());
            if (ends.length != 2 || !opens.isBefore(closes)) {
                throw new ConfigException(key + " must be two times of one day, the first earlier, as 09:00-23:00, not '" + hours + "'");
            }
            key = "qualify.review.holidays";
            Set<LocalDate> holidays = new TreeSet<>();
            for (String day : optional(s, key).orElse("").split(",")) {
                if (!day.isBlank()) {
                    holidays.add(LocalDate.parse(day.strip()));
                }
            }
            return new ReviewTimes(zone, opens, closes, holidays);
        } catch (DateTimeException | ArrayIndexOutOfBoundsException e) {
            throw new ConfigException(key + " is not understood (" + e.getMessage() + ")");
        }
    }

    private static Database database(QualifyConfig.Settings s, Path data) {
        String url = optional(s, "qualify.service.db")
                // WRITE_DELAY=0: a commit is on disk before the input is archived, so kill -9 loses none.
                // DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook must not close the store under work in hand.
                .orElse("jdbc:h2:file:" + data.resolve("db").resolve("qualify") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("qualify.service.db must be a jdbc:h2: or jdbc:postgresql: URL, not '" + url + "'");
        }
        return new Database(url, optional(s, "qualify.service.db-user").orElse(null),
                optional(s, "qualify.service.db-password").orElse(null));
    }

    private static Optional<Broker> broker(QualifyConfig.Settings s) {
        return optional(s, "qualify.service.rabbitmq").map(uri -> {
            if (!uri.startsWith("amqp://") && !uri.startsWith("amqps://")) {
                throw new ConfigException("qualify.service.rabbitmq must be an amqp:// or amqps:// URI, not '" + uri + "'");
            }
            return new Broker(uri, s.text("qualify.service.queue"), s.text("qualify.service.dead-queue"),
                    s.text("qualify.service.verdicts-exchange"), (int) s.whole("qualify.service.delivery-limit"));
        });
    }

    private static Optional<String> optional(QualifyConfig.Settings s, String key) {
        String v = s.p().getProperty(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static String defaultNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    public Path inbox() {
        return data.resolve("inbox");
    }
}
