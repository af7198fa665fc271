package io.qualify.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"91330109MA27Y7DJXX", "91350100310668620H", "91441900595830037Q", "91440604MA537RKB8C"})
    void accepts_real_credit_codes(String code) {
        assertThat(CreditCodes.isValid(code)).isTrue();
        assertThat(CreditCodes.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91330109MA27Y7DJXX", "91350100310668620H", "91441900595830037Q", "91440604MA537RKB8C"})
    void rejects_every_other_check_character(String code) {
        for (char c : CreditCodes.ALPHABET.toCharArray()) {
            if (c != code.charAt(17)) {
                assertThat(CreditCodes.isValid(code.substring(0, 17) + c)).as("check %s", c).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9133010", "91330109MA27Y7DJXXX", "91330109ma27y7djxx", "9I330109MA27Y7DJXX",
            "91330109MA27Y7DJX-", "91330109MA27Y7DJX0", "91350100310668620", "9135010031066862OH", "913501003106686201H"})
    void rejects_malformed_codes(String code) {
        assertThat(CreditCodes.isValid(code)).isFalse();
    }

    @Test
    void rejects_null() {
        assertThat(CreditCodes.isValid(null)).isFalse();
        assertThat(CreditCodes.repair(null)).isEmpty();
    }

    @Test
    void detects_a_single_substituted_character() {
        assertThat(CreditCodes.isValid("91330108MA27Y7DJXX")).isFalse();
        assertThat(CreditCodes.isValid("91350100310668621H")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"500103000028456", "440681601007865"})
    void accepts_real_registration_numbers(String number) {
        assertThat(CreditCodes.isValidRegistrationNumber(number)).isTrue();
        assertThat(CreditCodes.registrationCheckDigit(number.substring(0, 14))).isEqualTo(number.charAt(14) - '0');
    }

    @ParameterizedTest
    @ValueSource(strings = {"500103000028457", "440681601007866", "50010300002845", "5001030000284560", "50010300002845A"})
    void rejects_wrong_or_malformed_registration_numbers(String number) {
        assertThat(CreditCodes.isValidRegistrationNumber(number)).isFalse();
    }

    @Test
    void repairs_ocr_look_alikes_into_the_valid_code() {
        assertThat(CreditCodes.repair("9I33O1O9MA27Y7DJXX")).contains("91330109MA27Y7DJXX");
        assertThat(CreditCodes.repair("9135O1OO31O66862OH")).contains("91350100310668620H");
        assertThat(CreditCodes.repair("9I4419OO595830037Q")).contains("91441900595830037Q");
    }

    @Test
    void returns_a_valid_code_unchanged() {
        assertThat(CreditCodes.repair("91440604MA537RKB8C")).contains("91440604MA537RKB8C");
    }

    @Test
    void refuses_to_repair_when_no_variant_passes() {
        assertThat(CreditCodes.repair("9I33O1O9MA27Y7DJX1")).isEmpty();
        assertThat(CreditCodes.repair("91330109MA27Y7DJX1")).isEmpty();
    }

    @Test
    void refuses_to_guess_between_two_valid_repairs() {
        String read = "91E6CQFWU4OBT2QLML";
        assertThat(CreditCodes.isValid("91E6CQFWU408T20LML")).isTrue();
        assertThat(CreditCodes.isValid("91E6CQFWU40BT2QLML")).isTrue();

        assertThat(CreditCodes.repair(read)).isEmpty();
    }

    @Test
    void refuses_codes_of_the_wrong_length() {
        assertThat(CreditCodes.repair("9I33O1O9MA27Y7DJX")).isEmpty();
        assertThat(CreditCodes.repair("9I33O1O9MA27Y7DJXXX")).isEmpty();
    }

    @Test
    void refuses_a_read_with_too_many_look_alikes_to_try() {
        String allSwapped = "91350100310668620H";
        assertThat(CreditCodes.isValid(allSwapped)).isTrue();

        assertThat(CreditCodes.repair("9I3SOIOO3IO66862OH")).isEmpty();
    }

    @Test
    void repairs_a_zero_misread_as_d() {
        assertThat(CreditCodes.repair("9135010D310668620H")).contains("91350100310668620H");
    }
}
