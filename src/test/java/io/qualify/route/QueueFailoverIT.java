package io.qualify.route;

import static io.qualify.route.ServiceProcess.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code run} processes on one queue and one PostgreSQL (this machine's servers, under names of
 * this run's own): one is killed with SIGKILL while it reviews; every published submission still ends
 * with exactly one stored verdict and a published verdict message; a poison message is dead-lettered
 * at once with its reason; the survivor stops on SIGTERM within 30 s.
 */
class QueueFailoverIT {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String BROKER = "amqp://guest:guest@127.0.0.1:5672";
    private static final int SUBMISSIONS = 4;

    @TempDir
    Path temp;

    private final String run = "qualify_it_" + Long.toString(System.nanoTime(), 36);
    private final Set<String> published = ConcurrentHashMap.newKeySet();
    private Connection broker;
    private Channel channel;
    private String verdictQueue;

    /** Skips where the servers are absent (a new user's machine); on CI their absence is a failure. */
    @BeforeAll
    static void serversRunning() {
        boolean up = listening(5432) && listening(5672);
        if (!up && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("PostgreSQL (5432) and RabbitMQ (5672) must run on 127.0.0.1 for this test");
        }
        assumeTrue(up, "PostgreSQL and RabbitMQ are not running on 127.0.0.1");
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @BeforeEach
    void createDatabaseAndExchange() throws Exception {
        try (java.sql.Connection c = DriverManager.getConnection(PG + "postgres", "postgres", null); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + run);
        }
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(BROKER);
        broker = factory.newConnection("qualify-it");
        channel = broker.createChannel();
        channel.exchangeDeclare(run + ".verdicts", "topic", true, false, null);
        verdictQueue = channel.queueDeclare().getQueue();
        channel.queueBind(verdictQueue, run + ".verdicts", "verdict.#");
        channel.basicConsume(verdictQueue, true, (tag, message) ->
                published.add(String.valueOf(message.getProperties().getHeaders().get("submission"))), tag -> { });
    }

    @AfterEach
    void dropDatabaseAndQueues() throws Exception {
        channel.queueDelete(run + ".submissions");
        channel.queueDelete(run + ".dead");
        channel.exchangeDelete(run + ".submissions");
        channel.exchangeDelete(run + ".dead");
        channel.exchangeDelete(run + ".verdicts");
        broker.close();
        try (java.sql.Connection c = DriverManager.getConnection(PG + "postgres", "postgres", null); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + run + " WITH (FORCE)");
        }
    }

    @Test
    @Timeout(600)
    void a_node_killed_mid_review_loses_no_submission_and_doubles_none() throws Exception {
        Map<String, String> env = Map.of("QUALIFY_SERVICE_QUEUE", run + ".submissions", "QUALIFY_SERVICE_DEAD_QUEUE", run + ".dead",
                "QUALIFY_SERVICE_VERDICTS_EXCHANGE", run + ".verdicts");
        String[] options = {"--rabbitmq", BROKER, "--db", PG + run + "?user=postgres"};
        try (ServiceProcess a = ServiceProcess.start("node-a", temp.resolve("a"), env, options).awaitUp(Duration.ofSeconds(60));
             ServiceProcess b = ServiceProcess.start("node-b", temp.resolve("b"), env, options).awaitUp(Duration.ofSeconds(60))) {
            for (int i = 0; i < SUBMISSIONS; i++) {
                publish("queued-" + i, ServiceProcess.submission("IT-QUEUE-" + i + "-" + System.nanoTime()), "application/zip");
            }
            publish("poison", "this is not a zip".getBytes(StandardCharsets.UTF_8), "application/octet-stream");

            awaitTrue(Duration.ofSeconds(120), () -> count("SELECT count(*) FROM intake WHERE node = 'node-a' AND state = 'PROCESSING'") > 0,
                    "node-a reviewing");
            a.kill9();

            awaitTrue(Duration.ofSeconds(300), () -> count("SELECT count(*) FROM verdict") == SUBMISSIONS
                    && published.size() == SUBMISSIONS, "every verdict stored and published\n" + b.log());
            assertThat(count("SELECT count(DISTINCT submission) FROM verdict")).isEqualTo(SUBMISSIONS);
            assertThat(count("SELECT count(*) FROM intake WHERE state = 'DONE' AND attempts >= 2")).isPositive();
            // Every submission names the same enterprise and administrator: the latest alone stays current (R18).
            assertThat(count("SELECT count(*) FROM verdict v WHERE NOT EXISTS "
                    + "(SELECT 1 FROM supersession s WHERE s.verdict_seq = v.seq)")).isEqualTo(1);
            assertThat(published).hasSize(SUBMISSIONS).allMatch(name -> name.startsWith("queued-"));
            GetResponse dead = channel.basicGet(run + ".dead", true);
            assertThat(dead).isNotNull();
            assertThat(dead.getProps().getHeaders().get("qualify-reason").toString()).contains("not a zip");

            assertThat(b.terminate()).isLessThan(Duration.ofSeconds(30));
        }
    }

    private void publish(String name, byte[] body, String contentType) throws Exception {
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder().deliveryMode(2).contentType(contentType)
                .headers(Map.of("submission", name)).build();
        channel.basicPublish("", run + ".submissions", props, body);
    }

    private long count(String sql) {
        try (java.sql.Connection c = DriverManager.getConnection(PG + run, "postgres", null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }
}
