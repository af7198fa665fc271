package io.qualify.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FindingTextsTest {

    @Test
    void every_code_has_its_sentence_and_advice_in_the_catalogue() {
        for (FindingCode code : FindingCode.values()) {
            assertThat(code.message()).as(code.name()).isNotBlank().doesNotContain("\\u");
            assertThat(code.advice()).as(code.name() + ".advice").isNotBlank();
        }
        assertThat(FindingCode.LETTER_SEAL_MISSING.message()).isEqualTo("号码申请公函信息不完整,请重新提供");
    }

    @Test
    void every_sentence_in_the_catalogue_belongs_to_a_code() {
        Set<String> codes = Arrays.stream(FindingCode.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(FindingTexts.keys()).allSatisfy(key -> assertThat(codes).contains(key.split("\\.")[0]));
    }

    @Test
    void a_variant_replaces_the_message_and_keeps_code_severity_and_advice() {
        Finding f = Finding.of(FindingCode.LOW_CONFIDENCE, List.of("licence.jpg"), Map.of()).variant("name-unsure");

        assertThat(f.message()).isEqualTo("营业执照上的企业名称识别不确定,需人工核对是否与填写的名称一致");
        assertThat(f.code()).isEqualTo(FindingCode.LOW_CONFIDENCE);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.advice()).isEqualTo(FindingCode.LOW_CONFIDENCE.advice());
    }

    @Test
    void a_variant_the_catalogue_lacks_is_a_defect_not_an_empty_message() {
        Finding f = Finding.of(FindingCode.LOW_CONFIDENCE, List.of());

        assertThatThrownBy(() -> f.variant("no-such-sentence")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LOW_CONFIDENCE.no-such-sentence");
    }
}
