package io.qualify.check;

import static io.qualify.check.Reviews.cleanFields;
import static io.qualify.check.Reviews.licence;
import static io.qualify.check.Reviews.other;
import static io.qualify.check.Reviews.review;
import static io.qualify.check.Reviews.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Application;
import io.qualify.document.DocumentKind;
import io.qualify.document.Field;
import io.qualify.document.LicenceMarks;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LowConfidenceRuleTest {

    private final LowConfidenceRule rule = new LowConfidenceRule(0.7);

    private static List<Object> unclearFields(List<Finding> findings) {
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.LOW_CONFIDENCE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.documents()).containsExactly("licence.jpg");
        });
        return List.copyOf((List<?>) findings.get(0).evidence().get("fields"));
    }

    @Test
    void is_silent_when_the_key_fields_were_read_clearly() {
        assertThat(rule.check(review(licence(cleanFields())))).isEmpty();
    }

    @Test
    void names_a_type_that_is_no_known_type() {
        var fields = with(cleanFields(), "enterpriseType", Field.certain("有限"));

        assertThat(unclearFields(rule.check(review(licence(fields))))).containsExactly("enterpriseType");
    }

    @Test
    void names_a_type_missing_from_a_new_style_licence_unless_it_is_a_sole_traders() {
        var fields = with(cleanFields(), "enterpriseType", null);

        assertThat(unclearFields(rule.check(review(licence(fields))))).containsExactly("enterpriseType");
        assertThat(rule.check(review(licence(fields, new LicenceMarks(null, "组成形式", null))))).isEmpty();
        assertThat(rule.check(review(licence(with(fields, "compositionForm", Field.certain("个人经营")))))).isEmpty();
    }

    @Test
    void names_a_missing_enterprise_name() {
        assertThat(unclearFields(rule.check(review(licence(with(cleanFields(), "enterpriseName", null))))))
                .containsExactly("enterpriseName");
    }

    @Test
    void names_a_credit_code_read_below_the_floor() {
        var fields = with(cleanFields(), "creditCode", new Field(Reviews.CODE, 0.69));

        assertThat(unclearFields(rule.check(review(licence(fields))))).containsExactly("creditCode");
    }

    @Test
    void accepts_a_code_read_exactly_at_the_floor() {
        var fields = with(cleanFields(), "creditCode", new Field(Reviews.CODE, 0.7));

        assertThat(rule.check(review(licence(fields)))).isEmpty();
    }

    @Test
    void names_a_missing_code_when_no_registration_number_was_read_either() {
        assertThat(unclearFields(rule.check(review(licence(with(cleanFields(), "creditCode", null))))))
                .containsExactly("creditCode");
    }

    @Test
    void accepts_a_clear_registration_number_in_place_of_a_credit_code() {
        var fields = with(with(cleanFields(), "creditCode", null), "registrationNumber", Field.certain("500103000028456"));

        assertThat(rule.check(review(licence(fields)))).isEmpty();
    }

    @Test
    void names_a_registration_number_read_below_the_floor() {
        var fields = with(with(cleanFields(), "creditCode", null), "registrationNumber", new Field("500103000028456", 0.3));

        assertThat(unclearFields(rule.check(review(licence(fields))))).containsExactly("registrationNumber");
    }

    @Test
    void names_a_barely_read_legal_person_but_not_a_missing_one() {
        var barely = with(cleanFields(), "legalPersonName", new Field("周志春", 0.3));
        var missing = with(cleanFields(), "legalPersonName", null);

        assertThat(unclearFields(rule.check(review(licence(barely))))).containsExactly("legalPersonName");
        assertThat(rule.check(review(licence(missing)))).isEmpty();
    }

    @Test
    void takes_a_legal_person_read_at_half_the_floor_as_present() {
        // R3 needs a name to be printed; its characters are compared with nothing, so 0.5 of a 0.7 floor is enough.
        var unsure = with(cleanFields(), "legalPersonName", new Field("周志春", 0.5));

        assertThat(rule.check(review(licence(unsure)))).isEmpty();
    }

    @Test
    void names_every_unclear_field_in_one_finding() {
        var fields = with(with(cleanFields(), "enterpriseName", new Field("某某有限公司", 0.2)),
                "creditCode", new Field(Reviews.CODE, 0.1));

        assertThat(unclearFields(rule.check(review(licence(fields))))).containsExactly("enterpriseName", "creditCode");
    }

    @Test
    void uses_the_configured_floor() {
        var fields = with(cleanFields(), "enterpriseName", new Field(Reviews.NAME, 0.85));

        assertThat(new LowConfidenceRule(0.9).check(review(licence(fields)))).hasSize(1);
        assertThat(new LowConfidenceRule(0.8).check(review(licence(fields)))).isEmpty();
    }

    @Test
    void says_nothing_without_a_certificate() {
        assertThat(rule.check(review(other("id.jpg", DocumentKind.ID_CARD_FRONT)))).isEmpty();
    }

    @Test
    void takes_a_barely_read_legal_person_that_agrees_with_the_form_as_present() {
        var barely = with(cleanFields(), "legalPersonName", new Field("王子", 0.2));
        LowConfidenceRule withLookAlikes = new LowConfidenceRule(0.7, new LookAlikes((a, b) -> Optional.of(0.1)));

        assertThat(withLookAlikes.check(review(person("谭子"), licence(barely)))).isEmpty();
        assertThat(unclearFields(withLookAlikes.check(review(person("杨明国"), licence(barely)))))
                .containsExactly("legalPersonName");
        assertThat(unclearFields(withLookAlikes.check(review(person("陈强"), licence(barely)))))
                .containsExactly("legalPersonName");
    }

    private static Application person(String legalPersonName) {
        return new Application("A1", null, Reviews.NAME, Reviews.CODE, legalPersonName, null, null, null, null, null);
    }
}
