package io.qualify.report;

import static io.qualify.report.Verdicts.ID;
import static io.qualify.report.Verdicts.MASKED;
import static io.qualify.report.Verdicts.OTHER_ID;
import static io.qualify.report.Verdicts.OTHER_MASKED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.document.Document;
import io.qualify.verdict.Verdict;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(Verdict verdict, boolean showPii) throws Exception {
        String line = new VerdictJson(showPii).line(verdict);
        assertThat(line).doesNotContain("\n");
        return MAPPER.readTree(line);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writes_every_key_of_the_spec() throws Exception {
        JsonNode v = json(Verdicts.withPersonalData(), false);

        assertThat(names(v)).contains("submission", "applicationId", "decision", "findings", "documents",
                "reviewedAt", "pipelineVersion");
        assertThat(v.get("submission").asText()).isEqualTo("acme-001");
        assertThat(v.get("applicationId").asText()).isEqualTo("A2026-000123");
        assertThat(v.get("pipelineVersion").asText()).isEqualTo("test-1");
        JsonNode finding = v.get("findings").get(0);
        assertThat(names(finding)).contains("code", "severity", "documents", "message", "advice", "evidence");
        assertThat(finding.get("code").asText()).isEqualTo("LETTER_ADMIN_MISMATCH");
        assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.get("documents")).extracting(JsonNode::asText).containsExactly("letter.jpg", "id.jpg");
        assertThat(finding.get("message").asText()).isEqualTo("号码申请公函信息不完整,请重新提供");
        assertThat(finding.get("advice").asText()).isEqualTo(FindingCode.LETTER_ADMIN_MISMATCH.advice());
        assertThat(finding.get("evidence").isObject()).isTrue();
        JsonNode doc = v.get("documents").get(0);
        assertThat(names(doc)).contains("file", "kind", "pages", "rotation", "mirrored", "sealDetected", "fields");
        assertThat(doc.get("file").asText()).isEqualTo("id.jpg");
        assertThat(doc.get("kind").asText()).isEqualTo("ID_CARD_FRONT");
        assertThat(doc.get("pages").asInt()).isEqualTo(1);
        assertThat(doc.get("rotation").asInt()).isEqualTo(90);
        assertThat(doc.get("mirrored").asBoolean()).isTrue();
        assertThat(doc.get("sealDetected").isBoolean()).isTrue();
        assertThat(doc.get("fields").get("name").asText()).isEqualTo("张三");
    }

    @Test
    void writes_the_decision_derived_from_the_findings() throws Exception {
        Finding warning = Finding.of(FindingCode.LOW_CONFIDENCE, List.of("a.jpg"));
        Finding error = Finding.of(FindingCode.LICENCE_MISSING, List.of());

        assertThat(json(Verdicts.of(List.of(), List.of()), false).get("decision").asText()).isEqualTo("APPROVE");
        assertThat(json(Verdicts.of(List.of(warning), List.of()), false).get("decision").asText()).isEqualTo("MANUAL_REVIEW");
        assertThat(json(Verdicts.of(List.of(warning, error), List.of()), false).get("decision").asText()).isEqualTo("REJECT");
    }

    @Test
    void writes_reviewed_at_as_iso_with_seconds_and_offset() throws Exception {
        assertThat(json(Verdicts.withPersonalData(), false).get("reviewedAt").asText())
                .isEqualTo("2026-11-25T10:00:00+08:00");
        Verdict late = new Verdict("s", null, List.of(), List.of(),
                OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 987_000_000, ZoneOffset.ofHours(-5)), "v", 0);
        String reviewedAt = json(late, false).get("reviewedAt").asText();
        assertThat(reviewedAt).isEqualTo("2026-01-02T03:04:05-05:00");
        assertThat(OffsetDateTime.parse(reviewedAt).toInstant()).isEqualTo(late.reviewedAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void writes_a_missing_application_id_as_null() throws Exception {
        Verdict v = new Verdict("s", null, List.of(), List.of(), Verdicts.AT, "v", 0);

        assertThat(json(v, false).get("applicationId").isNull()).isTrue();
    }

    @Test
    void masks_id_numbers_in_fields_and_evidence_by_default() throws Exception {
        String line = new VerdictJson(false).line(Verdicts.withPersonalData());
        JsonNode v = MAPPER.readTree(line);

        assertThat(line).doesNotContain(ID, OTHER_ID);
        assertThat(v.get("documents").get(0).get("fields").get("idNumber").asText()).isEqualTo(MASKED);
        assertThat(v.get("documents").get(0).get("evidence").get("readError").asText()).isEqualTo("号码 " + MASKED);
        JsonNode evidence = v.get("findings").get(0).get("evidence");
        assertThat(evidence.get("letter").asText()).isEqualTo("公函身份证号" + OTHER_MASKED);
        assertThat(evidence.get("card").get("idNumber").asText()).isEqualTo(MASKED);
    }

    @Test
    void masks_an_admin_id_number_field() throws Exception {
        Document letter = Document.of("letter.jpg", io.qualify.document.DocumentKind.NUMBER_APPLICATION_LETTER).pages(1)
                .sealDetected(true).fields(Map.of("adminIdNumber", io.qualify.document.Field.certain(OTHER_ID)))
                .read("", 0.9).build();

        JsonNode v = json(Verdicts.of(List.of(), List.of(letter)), false);

        assertThat(v.get("documents").get(0).get("fields").get("adminIdNumber").asText()).isEqualTo(OTHER_MASKED);
    }

    @Test
    void shows_id_numbers_when_asked_to() throws Exception {
        JsonNode v = json(Verdicts.withPersonalData(), true);

        assertThat(v.get("documents").get(0).get("fields").get("idNumber").asText()).isEqualTo(ID);
        assertThat(v.get("documents").get(0).get("evidence").get("readError").asText()).isEqualTo("号码 " + ID);
        assertThat(v.get("findings").get(0).get("evidence").get("letter").asText()).isEqualTo("公函身份证号" + OTHER_ID);
        assertThat(v.get("findings").get(0).get("evidence").get("card").get("idNumber").asText()).isEqualTo(ID);
    }

    @Test
    void shows_id_numbers_in_a_message_when_asked_to() throws Exception {
        Finding f = Verdicts.mismatch().withMessage("公函身份证号" + OTHER_ID + "与身份证不一致");

        JsonNode v = json(Verdicts.of(List.of(f), List.of()), true);

        assertThat(v.get("findings").get(0).get("message").asText()).contains(OTHER_ID);
    }

    @Test
    void masks_id_numbers_in_a_message_by_default() throws Exception {
        Finding f = Verdicts.mismatch().withMessage("公函身份证号" + OTHER_ID + "与身份证不一致");

        String line = new VerdictJson(false).line(Verdicts.of(List.of(f), List.of()));

        assertThat(line).doesNotContain(OTHER_ID);
        assertThat(MAPPER.readTree(line).get("findings").get(0).get("message").asText())
                .isEqualTo("公函身份证号" + OTHER_MASKED + "与身份证不一致");
    }

    @Test
    void pretty_and_line_output_hold_the_same_tree() throws Exception {
        VerdictJson out = new VerdictJson(false);
        Verdict v = Verdicts.withPersonalData();

        assertThat(MAPPER.readTree(out.pretty(v))).isEqualTo(MAPPER.readTree(out.line(v)));
        assertThat(out.pretty(v)).contains("\n");
    }
}
