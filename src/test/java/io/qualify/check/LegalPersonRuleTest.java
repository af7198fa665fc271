package io.qualify.check;

import static io.qualify.check.Reviews.cleanFields;
import static io.qualify.check.Reviews.licence;
import static io.qualify.check.Reviews.other;
import static io.qualify.check.Reviews.review;
import static io.qualify.check.Reviews.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegalPersonRuleTest {

    private final LegalPersonRule rule = new LegalPersonRule(0.7);

    @Test
    void accepts_a_licence_naming_its_legal_representative() {
        assertThat(rule.check(review(licence(cleanFields())))).isEmpty();
    }

    @Test
    void rejects_a_licence_without_a_legal_person() {
        List<Finding> findings = rule.check(review(licence(with(cleanFields(), "legalPersonName", null))));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.LEGAL_PERSON_MISSING);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.documents()).containsExactly("licence.jpg");
        });
    }

    @Test
    void rejects_an_institution_certificate_without_a_responsible_person() {
        var certificate = Reviews.document("cert.jpg", DocumentKind.INSTITUTION_CERTIFICATE,
                with(cleanFields(), "legalPersonName", null), Evidence.NONE);

        assertThat(rule.check(review(certificate))).extracting(Finding::code)
                .containsExactly(FindingCode.LEGAL_PERSON_MISSING);
    }

    @Test
    void leaves_a_missing_licence_to_the_licence_rule() {
        assertThat(rule.check(review(other("id.jpg", DocumentKind.ID_CARD_FRONT)))).isEmpty();
    }

    @Test
    void judges_the_certificate_with_the_most_fields_read() {
        var poor = Reviews.document("blurred.jpg", DocumentKind.BUSINESS_LICENCE, Map.of(), Evidence.NONE);
        var good = licence(cleanFields());

        assertThat(rule.check(review(poor, good))).isEmpty();
    }

    @Test
    void a_licence_whose_name_reads_far_from_the_typed_one_is_not_read_clearly_enough_to_lack_one() {
        // seed 22639: a blurred photo read 仁民管理()有限公司 at 0.71 for 策仁供应链管理(深圳)有限公司, its
        // faint legal person lost; the code read right
        var garbled = licence(with(with(cleanFields(), "legalPersonName", null), "enterpriseName",
                new io.qualify.document.Field("仁民管理()有限公司", 0.71)));
        assertThat(rule.check(review(Reviews.form("策仁供应链管理(深圳)有限公司", Reviews.CODE), garbled))).isEmpty();

        // a name typed with another trade word (two characters) is still the licence read well
        var missing = licence(with(cleanFields(), "legalPersonName", null));
        assertThat(rule.check(review(Reviews.form("佛山市普居佳好科技有限公司", Reviews.CODE), missing)))
                .extracting(Finding::code).containsExactly(FindingCode.LEGAL_PERSON_MISSING);
        assertThat(rule.check(review(Reviews.form(Reviews.NAME, Reviews.CODE), missing)))
                .extracting(Finding::code).containsExactly(FindingCode.LEGAL_PERSON_MISSING);
    }

    @Test
    void does_not_call_a_poorly_read_licence_one_without_a_legal_person() {
        Map<String, io.qualify.document.Field> fields = new java.util.HashMap<>(cleanFields());
        fields.remove("legalPersonName");
        fields.put("enterpriseName", new io.qualify.document.Field(fields.get("enterpriseName").value(), 0.4));

        assertThat(rule.check(review(licence(fields)))).isEmpty();
        assertThat(new LowConfidenceRule(0.7).check(review(licence(fields))).get(0).evidence().get("fields"))
                .asList().contains("enterpriseName", "legalPersonName");
    }
}
