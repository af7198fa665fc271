package io.qualify.route;

import static io.qualify.route.ServiceProcess.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@code run} process takes every hostile case of {@link HostileSubmissions} (plus a 3 GiB zip bomb
 * and a document that outlasts its time budget) through the inbox and again through the queue in one run,
 * and a message that is no zip at all, with valid submissions interleaved. Every valid one gets its normal
 * verdict, every hostile one a verdict naming what was wrong (the rest of it reviewed) or a dead letter
 * with its reason, nothing is written outside the data folder, the peak resident set stays bounded (it
 * is printed), and the node still answers its health check afterwards.
 */
class HostileBatchIT {

    private static final String BROKER = "amqp://guest:guest@127.0.0.1:5672";
    /**
     * The bar, 1.5 GiB. Runs of this test peak at 0.89–0.99 GiB since a PDF's pages are rendered
     * as they are read (1.29–1.59 GiB before, the 20-page scan's pages all rendered first; README).
     */
    private static final long MAX_RSS_KB = 1536L * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final String run = "qualify_hostile_" + Long.toString(System.nanoTime(), 36);

    /** Skips where RabbitMQ is absent (a new user's machine); on CI its absence is a failure. */
    @BeforeAll
    static void brokerRunning() {
        boolean up;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 1000);
            up = true;
        } catch (IOException e) {
            up = false;
        }
        if (!up && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("RabbitMQ (5672) must run on 127.0.0.1 for this test");
        }
        assumeTrue(up, "RabbitMQ is not running on 127.0.0.1");
    }

    @Test
    @Timeout(1200)
    void every_hostile_case_ends_in_a_verdict_or_a_dead_letter_and_the_node_serves_on() throws Exception {
        Path data = temp.resolve("data");
        Path slipTarget = temp.resolve("outside/slipped.txt");
        Map<String, byte[]> dropped = new LinkedHashMap<>(HostileSubmissions.all(slipTarget, "inbox"));
        Map<String, byte[]> queued = new LinkedHashMap<>(HostileSubmissions.all(slipTarget, "queue"));
        Path bomb = temp.resolve("bomb.zip");
        HostileSubmissions.writeZipBomb(bomb, "inbox");
        dropped.put("hostile-zip-bomb", Files.readAllBytes(bomb));
        HostileSubmissions.writeZipBomb(bomb, "queue");
        queued.put("hostile-zip-bomb", Files.readAllBytes(bomb));
        dropped.put("hostile-slow-document", HostileSubmissions.slowDocument("inbox"));
        queued.put("hostile-slow-document", HostileSubmissions.slowDocument("queue"));
        Map<String, String> env = Map.of("QUALIFY_SERVICE_QUEUE", run + ".submissions",
                "QUALIFY_SERVICE_DEAD_QUEUE", run + ".dead", "QUALIFY_SERVICE_VERDICTS_EXCHANGE", run + ".verdicts",
                "QUALIFY_BUDGET_DOCUMENT_SECONDS", "15");
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(BROKER);
        try (Connection broker = factory.newConnection("qualify-hostile-it"); Channel channel = broker.createChannel();
             ServiceProcess node = ServiceProcess.start("hostile", data, env, "--rabbitmq", BROKER)
                     .awaitUp(Duration.ofSeconds(90))) {
            try {
                Path inbox = data.resolve("inbox");
                List<String> expected = new ArrayList<>();
                ServiceProcess.drop(inbox, "valid-inbox", HostileSubmissions.cleanSample("IT-HOSTILE-1"));
                expected.add("valid-inbox");
                int i = 0;
                for (Map.Entry<String, byte[]> c : dropped.entrySet()) {
                    // every case both ways: dropped into the inbox, and published on the queue
                    ServiceProcess.drop(inbox, c.getKey(), c.getValue());
                    publish(channel, c.getKey() + "-queued", queued.get(c.getKey()), "application/zip");
                    expected.add(c.getKey());
                    expected.add(c.getKey() + "-queued");
                    if (++i == dropped.size() / 2) {
                        publish(channel, "valid-queue", HostileSubmissions.cleanSample("IT-HOSTILE-2"),
                                "application/zip");
                        expected.add("valid-queue");
                    }
                }
                publish(channel, "poison", "this is not a zip".getBytes(StandardCharsets.UTF_8),
                        "application/octet-stream");

                Path verdicts = data.resolve("verdicts");
                awaitTrue(Duration.ofSeconds(900), () -> expected.stream()
                        .allMatch(n -> Files.exists(verdicts.resolve(n + ".json"))), "a verdict for each of " + expected);

                for (String name : expected) {
                    JsonNode verdict = JSON.readTree(verdicts.resolve(name + ".json").toFile());
                    if (name.startsWith("valid-")) {
                        assertThat(verdict.get("decision").asText()).as(name).isEqualTo("APPROVE");
                        continue;
                    }
                    assertThat(codes(verdict)).as(name).contains("DOCUMENT_UNREADABLE");
                    assertThat(verdict.get("documents").findValuesAsText("kind")).as("%s: the rest reviewed", name)
                            .contains("BUSINESS_LICENCE");
                }
                for (String slow : List.of("hostile-slow-document", "hostile-slow-document-queued")) {
                    assertThat(reasons(verdicts.resolve(slow + ".json"))).anyMatch(r -> r.startsWith("took too long"));
                }
                assertThat(reasons(verdicts.resolve("hostile-zip-slip.json"))).isNotEmpty();
                GetResponse dead = channel.basicGet(run + ".dead", true);
                assertThat(dead).isNotNull();
                assertThat(dead.getProps().getHeaders().get("qualify-reason").toString()).contains("not a zip");

                assertThat(node.getWithoutToken("/observe/health").statusCode()).isEqualTo(200);
                long peak = node.peakRssKb();
                System.out.printf("hostile batch: %d submissions, peak RSS %d kB%n", expected.size(), peak);
                assertThat(peak).as("peak RSS in kB").isLessThan(MAX_RSS_KB);
                assertThat(slipTarget.getParent()).doesNotExist();
                try (Stream<Path> top = Files.list(temp)) {
                    assertThat(top.map(p -> p.getFileName().toString()))
                            .as("nothing written beside the data folder").containsOnly("data", "data.log", "bomb.zip");
                }
            } finally {
                channel.queueDelete(run + ".submissions");
                channel.queueDelete(run + ".dead");
                channel.exchangeDelete(run + ".submissions");
                channel.exchangeDelete(run + ".dead");
                channel.exchangeDelete(run + ".verdicts");
            }
        }
    }

    private static List<String> codes(JsonNode verdict) {
        return verdict.get("findings").findValuesAsText("code");
    }

    private static List<String> reasons(Path verdict) throws IOException {
        List<String> reasons = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(verdict.toFile()).get("findings")) {
            JsonNode reason = finding.path("evidence").path("reason");
            if (!reason.isMissingNode()) {
                reasons.add(reason.asText());
            }
        }
        return reasons;
    }

    private void publish(Channel channel, String name, byte[] body, String contentType) throws IOException {
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder().deliveryMode(2).contentType(contentType)
                .headers(Map.of("submission", name)).build();
        channel.basicPublish("", run + ".submissions", props, body);
    }
}
