package io.qualify.route;

import static io.qualify.route.ServiceProcess.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qualify.intake.Contents;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's node: embedded defaults (H2 under the data folder, no broker). Zips dropped into the
 * inbox, the process killed with SIGKILL while it reviews one, restarted: every submission ends with
 * exactly one stored verdict and its files, the inbox is empty, the HTTP upload works (with the bearer
 * token the restarted node requires; health and metrics need none), SIGTERM exits within 30 s.
 */
class InboxCrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SUBMISSIONS = 4;

    @TempDir
    Path temp;

    @Test
    @Timeout(600)
    void every_dropped_zip_gets_exactly_one_verdict_across_a_kill_9_and_restart() throws Exception {
        Path data = temp.resolve("data");
        List<String> ids = new ArrayList<>();
        try (ServiceProcess first = ServiceProcess.start("inbox-1", data, Map.of()).awaitUp(Duration.ofSeconds(60))) {
            for (int i = 0; i < SUBMISSIONS; i++) {
                byte[] zip = ServiceProcess.submission("IT-INBOX-" + i + "-" + System.nanoTime());
                ids.add(Contents.sha256(zip).substring(0, 32));
                ServiceProcess.drop(data.resolve("inbox"), "inbox-" + i, zip);
            }
            awaitTrue(Duration.ofSeconds(120), () -> ids.stream().anyMatch(id -> processing(first, id)), "a review in hand");
            first.kill9();
        }
        Map<String, String> token = Map.of("QUALIFY_SERVICE_API_TOKEN", "it-secret");
        try (ServiceProcess second = ServiceProcess.start("inbox-2", data, token).awaitUp(Duration.ofSeconds(60))) {
            awaitTrue(Duration.ofSeconds(240), () -> count(data.resolve("verdicts")) == SUBMISSIONS
                    && count(data.resolve("inbox")) == 0, "every verdict file, an empty inbox\n" + second.log());

            JsonNode stored = JSON.readTree(second.get("/api/submissions").body());
            assertThat(stored).hasSize(SUBMISSIONS);
            assertThat(stored.findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(count(data.resolve("archive"))).isEqualTo(SUBMISSIONS);
            assertThat(count(data.resolve("failed"))).isZero();
            assertThat(second.get("/api/submissions/" + ids.get(0)).body()).contains("\"decision\"");

            byte[] upload = ServiceProcess.submission("IT-HTTP-" + System.nanoTime());
            assertThat(second.post("/api/submissions", upload, "by-http").statusCode()).isEqualTo(202);
            String id = Contents.sha256(upload).substring(0, 32);
            awaitTrue(Duration.ofSeconds(120), () -> second.get("/api/submissions/" + id).statusCode() == 200, "the upload's verdict");
            assertThat(data.resolve("verdicts/by-http.json")).exists();
            assertThat(second.getWithoutToken("/observe/metrics").body()).contains("camel_exchanges");
            assertThat(second.getWithoutToken("/api/submissions").statusCode()).isEqualTo(401);
            HttpResponse<String> dashboard = second.getWithoutToken("/");
            assertThat(dashboard.statusCode()).as("a browser without the token is sent to log in").isEqualTo(303);
            assertThat(dashboard.headers().firstValue("Location")).hasValue("/login");
            assertThat(second.get("/").body()).contains("by-http");

            assertThat(second.terminate()).isLessThan(Duration.ofSeconds(30));
            assertThat(second.log()).doesNotContain("510107200001082236").contains("decision=", "(attempt 2)");
        }
    }

    private static boolean processing(ServiceProcess service, String id) {
        return service.get("/api/submissions/" + id).body().contains("PROCESSING");
    }

    private static long count(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        } catch (IOException e) {
            return -1;
        }
    }
}
