package io.qualify.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void takes_severity_message_and_advice_from_its_code() {
        Finding f = Finding.of(FindingCode.LETTER_SEAL_MISSING, List.of("scan-3.jpg"));

        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).isEqualTo("号码申请公函信息不完整,请重新提供");
        assertThat(f.advice()).isEqualTo(FindingCode.LETTER_SEAL_MISSING.advice()).isNotBlank();
        assertThat(f.evidence()).isEmpty();
    }

    @Test
    void a_specific_message_keeps_code_severity_and_advice() {
        Finding f = Finding.of(FindingCode.CREDIT_CODE_INVALID, List.of("a.jpg"), Map.of("k", "v")).withMessage("具体");

        assertThat(f.code()).isEqualTo(FindingCode.CREDIT_CODE_INVALID);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).isEqualTo("具体");
        assertThat(f.advice()).isEqualTo(FindingCode.CREDIT_CODE_INVALID.advice());
        assertThat(f.evidence()).containsEntry("k", "v");
    }

    @Test
    void uses_the_faq_sentences_applicants_recognise() {
        assertThat(FindingCode.COMMITMENT_USER_NAME_MISMATCH.message()).isEqualTo("电信入网承诺书信息不完整,请重新提供");
        assertThat(FindingCode.CREDIT_CODE_INVALID.severity()).isEqualTo(Severity.WARNING);
        assertThat(FindingCode.DOCUMENT_UNRECOGNISED.severity()).isEqualTo(Severity.WARNING);
        assertThat(FindingCode.LOW_CONFIDENCE.severity()).isEqualTo(Severity.WARNING);
        assertThat(FindingCode.SEAL_NAME_MISMATCH.severity()).isEqualTo(Severity.WARNING);
        for (FindingCode code : FindingCode.values()) {
            assertThat(code.message()).as(code.name()).isNotBlank();
            assertThat(code.advice()).as(code.name()).isNotBlank();
        }
    }
}
