package io.qualify.check;

import static io.qualify.check.Reviews.cleanFields;
import static io.qualify.check.Reviews.form;
import static io.qualify.check.Reviews.licence;
import static io.qualify.check.Reviews.review;
import static io.qualify.check.Reviews.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeRuleTest {

    private final CreditCodeRule rule = new CreditCodeRule();

    @ParameterizedTest
    @ValueSource(strings = {"91330109MA27Y7DJXX", "91350100310668620H", "91441900595830037Q", "91440604MA537RKB8C"})
    void is_silent_on_valid_codes(String code) {
        var doc = licence(with(cleanFields(), "creditCode", Field.certain(code)));

        assertThat(rule.check(review(form(null, code), doc))).isEmpty();
    }

    @Test
    void warns_on_a_wrong_check_character() {
        var doc = licence(with(cleanFields(), "creditCode", Field.certain("91330109MA27Y7DJX1")));

        List<Finding> findings = rule.check(review(doc));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.CREDIT_CODE_INVALID);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.documents()).containsExactly("licence.jpg");
            assertThat(f.evidence()).containsEntry("creditCode", "91330109MA27Y7DJX1");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"91330109MA27Y7DJX1", "9133010", "ABCDEFGHIJKLMNOPQR", "91330109MA27Y7DJXXX"})
    void warns_on_an_invalid_code_typed_in_the_form(String typed) {
        List<Finding> findings = rule.check(review(form(null, typed), licence(cleanFields())));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.CREDIT_CODE_INVALID);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.documents()).containsExactly("application.json");
            assertThat(f.evidence()).containsEntry("creditCode", typed);
        });
    }

    @Test
    void accepts_a_typed_code_in_lower_case_with_spaces() {
        assertThat(rule.check(review(form(null, " 91330109ma27y7djxx "), licence(cleanFields())))).isEmpty();
    }

    @Test
    void ignores_a_blank_typed_code() {
        assertThat(rule.check(review(form(null, "  "), licence(cleanFields())))).isEmpty();
    }

    @Test
    void checks_an_old_registration_number_when_there_is_no_credit_code() {
        var valid = with(with(cleanFields(), "creditCode", null), "registrationNumber", Field.certain("500103000028456"));
        var invalid = with(valid, "registrationNumber", Field.certain("500103000028457"));

        assertThat(rule.check(review(licence(valid)))).isEmpty();
        assertThat(rule.check(review(licence(invalid)))).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.CREDIT_CODE_INVALID);
            assertThat(f.evidence()).containsEntry("registrationNumber", "500103000028457");
        });
    }

    @Test
    void says_nothing_when_no_code_was_read() {
        assertThat(rule.check(review(licence(with(cleanFields(), "creditCode", null))))).isEmpty();
    }

    @Test
    void reports_both_the_licence_and_the_form() {
        var doc = licence(with(cleanFields(), "creditCode", Field.certain("91330109MA27Y7DJX1")));

        List<Finding> findings = rule.check(review(form(null, "91330109MA27Y7DJX2"), doc));

        assertThat(findings).hasSize(2).flatExtracting(Finding::documents)
                .containsExactlyInAnyOrder("licence.jpg", "application.json");
    }
}
