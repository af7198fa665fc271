package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generator's codes; the check rules themselves are tested in {@code io.qualify.text.CreditCodesTest}. */
class CreditCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {CreditCodes.ENTERPRISE, CreditCodes.SOLE_TRADER, CreditCodes.COOPERATIVE,
        CreditCodes.INSTITUTION})
    void generated_codes_are_valid_and_keep_prefix_and_area(String prefix) {
        Random rnd = new Random(1);
        for (int i = 0; i < 200; i++) {
            String code = CreditCodes.newCreditCode(rnd, prefix, "330106");
            assertThat(code).hasSize(18).startsWith(prefix + "330106");
            assertThat(io.qualify.text.CreditCodes.isValid(code)).as(code).isTrue();
        }
    }

    @Test
    void spoiled_codes_fail_only_on_the_check_character() {
        Random rnd = new Random(2);
        for (int i = 0; i < 200; i++) {
            String good = CreditCodes.newCreditCode(rnd, CreditCodes.ENTERPRISE, "440604");
            String bad = CreditCodes.withWrongCheck(good, rnd);
            assertThat(bad.substring(0, 17)).isEqualTo(good.substring(0, 17));
            assertThat(io.qualify.text.CreditCodes.isValid(bad)).as(bad).isFalse();
        }
    }

    @Test
    void generated_registration_numbers_are_valid() {
        Random rnd = new Random(3);
        for (int i = 0; i < 200; i++) {
            String number = CreditCodes.newRegistrationNumber(rnd, "500103");
            assertThat(number).hasSize(15).startsWith("500103");
            assertThat(io.qualify.text.CreditCodes.isValidRegistrationNumber(number)).as(number).isTrue();
        }
    }
}
