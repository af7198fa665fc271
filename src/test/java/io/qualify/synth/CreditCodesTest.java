package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"91330109MA27Y7DJXX", "91350100310668620H", "91441900595830037Q", "91440604MA537RKB8C"})
    void accepts_real_credit_codes(String code) {
        assertThat(CreditCodes.isValidCreditCode(code)).isTrue();
        assertThat(CreditCodes.creditCheckChar(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91330109MA27Y7DJX0", "91350100310668620", "9135010031066862OH", "913501003106686201H"})
    void rejects_wrong_check_length_or_alphabet(String code) {
        assertThat(CreditCodes.isValidCreditCode(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"500103000028456", "440681601007865"})
    void accepts_real_registration_numbers(String number) {
        assertThat(CreditCodes.isValidRegistrationNumber(number)).isTrue();
        assertThat(CreditCodes.registrationCheckDigit(number.substring(0, 14))).isEqualTo(number.charAt(14) - '0');
    }

    @Test
    void rejects_registration_number_with_wrong_digit() {
        assertThat(CreditCodes.isValidRegistrationNumber("500103000028457")).isFalse();
        assertThat(CreditCodes.isValidRegistrationNumber("50010300002845")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {CreditCodes.ENTERPRISE, CreditCodes.SOLE_TRADER, CreditCodes.COOPERATIVE,
        CreditCodes.INSTITUTION})
    void generated_codes_are_valid_and_keep_prefix_and_area(String prefix) {
        Random rnd = new Random(1);
        for (int i = 0; i < 200; i++) {
            String code = CreditCodes.newCreditCode(rnd, prefix, "330106");
            assertThat(code).hasSize(18).startsWith(prefix + "330106");
            assertThat(CreditCodes.isValidCreditCode(code)).as(code).isTrue();
        }
    }

    @Test
    void spoiled_codes_fail_only_on_the_check_character() {
        Random rnd = new Random(2);
        for (int i = 0; i < 200; i++) {
            String good = CreditCodes.newCreditCode(rnd, CreditCodes.ENTERPRISE, "440604");
            String bad = CreditCodes.withWrongCheck(good, rnd);
            assertThat(bad.substring(0, 17)).isEqualTo(good.substring(0, 17));
            assertThat(CreditCodes.isValidCreditCode(bad)).as(bad).isFalse();
        }
    }

    @Test
    void generated_registration_numbers_are_valid() {
        Random rnd = new Random(3);
        for (int i = 0; i < 200; i++) {
            String number = CreditCodes.newRegistrationNumber(rnd, "500103");
            assertThat(number).hasSize(15).startsWith("500103");
            assertThat(CreditCodes.isValidRegistrationNumber(number)).as(number).isTrue();
        }
    }
}
