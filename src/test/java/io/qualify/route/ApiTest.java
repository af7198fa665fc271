package io.qualify.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.document.Application;
import io.qualify.document.Intake;
import io.qualify.intake.Contents;
import io.qualify.intake.Inbox;
import io.qualify.verdict.Database;
import io.qualify.verdict.Parties;
import io.qualify.verdict.ReviewHours;
import io.qualify.verdict.StoredVerdict;
import io.qualify.verdict.Verdict;
import io.qualify.verdict.VerdictStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private Database database;
    private Api api;

    @BeforeEach
    void open() throws IOException {
        database = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null, 2);
        api = new Api(new Inbox(data, 1024), new VerdictStore(database.dataSource(), Clock.systemDefaultZone()), 1024, "test",
                ReviewHours.FAQ, Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void an_upload_goes_into_the_inbox_and_is_pending_under_its_content_id() throws IOException {
        byte[] zip = zip("a");

        Api.Reply reply = api.upload(zip, "acme");

        String id = Contents.sha256(zip).substring(0, 32);
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.body()).contains(id, "RECEIVED");
        assertThat(data.resolve("inbox/acme.zip")).hasBinaryContent(zip);
        assertThat(api.verdict(id).status()).isEqualTo(202);
        assertThat(api.verdict("0".repeat(32)).status()).isEqualTo(404);
        assertThat(api.list().body()).isEqualTo("[]");
    }

    @Test
    void refuses_what_is_not_a_zip_too_large_or_clashing_by_name() throws IOException {
        assertThat(api.upload("hello".getBytes(StandardCharsets.UTF_8), "x").status()).isEqualTo(400);
        assertThat(api.upload(new byte[2048], "x").status()).isEqualTo(413);
        assertThat(api.upload(zip("one"), "same").status()).isEqualTo(202);
        assertThat(api.upload(zip("two"), "same").status()).isEqualTo(409);
    }

    @Test
    void an_upload_without_a_name_is_named_after_its_content_and_a_bad_name_is_made_safe() throws IOException {
        api.upload(zip("b"), null);
        api.upload(zip("c"), "../../etc/passwd");

        assertThat(data.resolve("inbox").toFile().list()).anyMatch(n -> n.startsWith("upload-")).contains("_.._etc_passwd.zip");
    }

    @Test
    void the_worklist_puts_overdue_verdicts_first_and_a_decision_takes_a_verdict_off_it() throws IOException {
        StoredVerdict late = stored("2026-11-25T10:00:00+08:00", "late", List.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of())));
        StoredVerdict approved = stored("2026-11-26T19:00:00+08:00", "approved", List.of());
        StoredVerdict pending = stored("2026-11-26T20:00:00+08:00", "pending", List.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of())));
        Api at = new Api(new Inbox(data, 1024), new VerdictStore(database.dataSource(), Clock.systemDefaultZone()), 1024, "test",
                ReviewHours.FAQ, Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneOffset.UTC)); // 09:00 in Beijing

        assertThat(at.worklist(null).rows()).extracting(r -> r.verdict().submission())
                .containsExactly("late", "pending", "approved");
        JsonNode rows = JSON.readTree(at.list(null).body());
        assertThat(rows.findValuesAsText("submission")).as("the API lists newest first")
                .containsExactly("pending", "approved", "late");
        assertThat(rows.get(2).get("overdue").asBoolean()).isTrue();
        assertThat(OffsetDateTime.parse(rows.get(2).get("deadline").asText()).toInstant())
                .isEqualTo(Instant.parse("2026-11-26T02:00:00Z"));
        assertThat(rows.get(0).get("overdue").asBoolean()).isFalse();
        assertThat(rows.get(1).get("deadline").isNull()).isTrue();

        Api.Reply made = at.decide(pending.id(), Map.of("decision", "reject", "code", "LETTER_SEAL_MISSING",
                "reason", "the seal is printed", "reviewer", "王审核"));
        assertThat(made.status()).isEqualTo(201);
        JsonNode after = JSON.readTree(at.list("").body());
        JsonNode row = after.get(0);
        assertThat(row.get("submission").asText()).isEqualTo("pending");
        assertThat(row.get("deadline").isNull()).isTrue();
        assertThat(row.get("reviewerDecision").get("code").asText()).isEqualTo("LETTER_SEAL_MISSING");
        JsonNode verdict = JSON.readTree(at.verdict(pending.id()).body());
        assertThat(verdict.get("decision").asText()).as("the machine's verdict stands").isEqualTo("MANUAL_REVIEW");
        assertThat(verdict.get("reviewerDecisions").get(0).get("reviewer").asText()).isEqualTo("王审核");
        assertThat(JSON.readTree(at.decisions(pending.id()).body())).hasSize(1);

        assertThat(at.decide(approved.id(), Map.of("decision", "REJECT", "code", "LICENCE_MISSING", "reason", "x",
                "reviewer", "a")).status()).isEqualTo(409);
        assertThat(at.decide(late.id(), Map.of("decision", "REJECT", "reason", "no code", "reviewer", "a")).status())
                .isEqualTo(400);
        assertThat(at.decide("0".repeat(32), Map.of("decision", "APPROVE", "reason", "x", "reviewer", "a")).status())
                .isEqualTo(404);
        assertThat(at.decideFromPage(late.id(), Map.of("decision", "APPROVE", "reason", "checked", "reviewer", "a")).headers())
                .containsEntry("Location", "/reports/" + late.id());
        assertThat(at.report(late.id()).body()).contains("checked").doesNotContain("<!--qualify:decisions-->");
    }

    @Test
    void the_dashboard_searches_by_enterprise_and_escapes_what_was_read() throws IOException {
        stored("2026-11-25T10:00:00+08:00", "one", List.of());

        assertThat(api.dashboard("<script>").body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(api.dashboard("云语").body()).contains("one");
        assertThat(JSON.readTree(api.list("云语").body())).hasSize(1);
        assertThat(JSON.readTree(api.list("nothing like it").body())).isEmpty();
    }

    /** A verdict stored as received at {@code received}, about 杭州云语科技有限公司. */
    private StoredVerdict stored(String received, String name, List<Finding> findings) {
        VerdictStore at = new VerdictStore(database.dataSource(), Clock.fixed(OffsetDateTime.parse(received).toInstant(), ZoneOffset.UTC));
        Intake item = new Intake(Contents.sha256(name.getBytes(StandardCharsets.UTF_8)), Intake.Source.HTTP, name, null);
        at.claim(item, "test", 3);
        Application form = new Application(null, null, "杭州云语科技有限公司", "91330106MA2H3XYZ7Q", null, null,
                "33010619900101" + Math.abs(name.hashCode() % 9000 + 1000), null, null, null);
        Verdict verdict = new Verdict(name, null, findings, List.of(), OffsetDateTime.parse(received), "test", 1, form);
        return at.save(item, verdict, Parties.of(form, List.of()), "{\"submission\":\"" + name + "\",\"decision\":\""
                + verdict.decision() + "\"}", "<html><body><!--qualify:decisions--></body></html>", "test");
    }

    private static byte[] zip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("doc.jpg"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
