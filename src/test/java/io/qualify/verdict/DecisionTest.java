package io.qualify.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.check.Severity;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static Finding finding(FindingCode code) {
        return Finding.of(code, List.of("a.jpg"));
    }

    private static Finding info() {
        return new Finding(FindingCode.LOW_CONFIDENCE, Severity.INFO, List.of(), "note", "none", Map.of());
    }

    @Test
    void approves_without_findings() {
        assertThat(Decision.of(List.of())).isEqualTo(Decision.APPROVE);
    }

    @Test
    void approves_with_only_informational_findings() {
        assertThat(Decision.of(List.of(info()))).isEqualTo(Decision.APPROVE);
    }

    @Test
    void sends_warnings_to_manual_review() {
        assertThat(Decision.of(List.of(finding(FindingCode.CREDIT_CODE_INVALID))))
                .isEqualTo(Decision.MANUAL_REVIEW);
        assertThat(Decision.of(List.of(info(), finding(FindingCode.LOW_CONFIDENCE), finding(FindingCode.DOCUMENT_UNRECOGNISED))))
                .isEqualTo(Decision.MANUAL_REVIEW);
    }

    @Test
    void rejects_on_any_error_whatever_else_was_found() {
        assertThat(Decision.of(List.of(finding(FindingCode.LICENCE_MISSING)))).isEqualTo(Decision.REJECT);
        assertThat(Decision.of(List.of(finding(FindingCode.LOW_CONFIDENCE), info(), finding(FindingCode.ENTERPRISE_TYPE_NOT_ALLOWED))))
                .isEqualTo(Decision.REJECT);
    }

    @Test
    void follows_the_severity_of_the_finding_not_its_code() {
        Finding downgraded = new Finding(FindingCode.LICENCE_MISSING, Severity.WARNING, List.of(), "m", "a", Map.of());

        assertThat(Decision.of(List.of(downgraded))).isEqualTo(Decision.MANUAL_REVIEW);
    }

    @Test
    void a_verdict_derives_its_decision_from_its_findings() {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 25, 10, 0, 3, 0, ZoneOffset.ofHours(8));
        Verdict approve = new Verdict("s", null, List.of(), List.of(), at, "v", 1);
        Verdict warn = new Verdict("s", null, List.of(finding(FindingCode.LOW_CONFIDENCE)), List.of(), at, "v", 1);
        Verdict reject = new Verdict("s", null, List.of(finding(FindingCode.LOW_CONFIDENCE),
                finding(FindingCode.LEGAL_PERSON_MISSING)), List.of(), at, "v", 1);

        assertThat(approve.decision()).isEqualTo(Decision.APPROVE);
        assertThat(warn.decision()).isEqualTo(Decision.MANUAL_REVIEW);
        assertThat(reject.decision()).isEqualTo(Decision.REJECT);
    }
}
