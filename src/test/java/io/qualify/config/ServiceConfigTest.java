package io.qualify.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServiceConfigTest {

    private static Properties shipped() throws IOException {
        Properties p = new Properties();
        try (InputStream in = ServiceConfig.class.getResourceAsStream("/application.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void the_shipped_defaults_are_the_embedded_single_node() throws IOException {
        ServiceConfig config = ServiceConfig.from(shipped());

        assertThat(config.data()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(config.inbox()).isEqualTo(config.data().resolve("inbox"));
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.apiToken()).isEmpty();
        assertThat(config.broker()).isEmpty();
        assertThat(config.database().embedded()).isTrue();
        assertThat(config.database().url()).startsWith("jdbc:h2:file:" + config.data().resolve("db"));
        assertThat(config.shutdownSeconds()).isLessThan(30);
        assertThat(config.node()).isNotBlank();
    }

    @Test
    void a_broker_brings_the_queue_names() throws IOException {
        Properties p = shipped();
        p.setProperty("qualify.service.rabbitmq", "amqp://guest:guest@127.0.0.1:5672");

        ServiceConfig.Broker broker = ServiceConfig.from(p).broker().orElseThrow();

        assertThat(broker.queue()).isEqualTo("qualify.submissions");
        assertThat(broker.deadQueue()).isEqualTo("qualify.submissions.dead");
        assertThat(broker.verdictsExchange()).isEqualTo("qualify.verdicts");
    }

    @Test
    void a_bad_value_names_its_key() throws IOException {
        Properties port = shipped();
        port.setProperty("qualify.service.port", "eighty");
        Properties db = shipped();
        db.setProperty("qualify.service.db", "mysql://x");
        Properties broker = shipped();
        broker.setProperty("qualify.service.rabbitmq", "localhost");

        assertThatThrownBy(() -> ServiceConfig.from(port)).hasMessageContaining("qualify.service.port");
        assertThatThrownBy(() -> ServiceConfig.from(db)).hasMessageContaining("qualify.service.db");
        assertThatThrownBy(() -> ServiceConfig.from(broker)).hasMessageContaining("qualify.service.rabbitmq");
    }
}
