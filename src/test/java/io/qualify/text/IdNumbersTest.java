package io.qualify.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    @Test
    void accepts_a_valid_number_with_check_character_x() {
        assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void rejects_the_specimen_number_whose_check_should_be_9() {
        assertThat(IdNumbers.isValid("430512198908131367")).isFalse();
        assertThat(IdNumbers.checkCharacter("43051219890813136")).isEqualTo('9');
        assertThat(IdNumbers.isValid("430512198908131369")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "11010519491231002XX", "11010519491231002x", "1101051949123100AX",
            "110105194912310021"})
    void rejects_malformed_or_wrong_numbers(String number) {
        assertThat(IdNumbers.isValid(number)).isFalse();
    }

    @Test
    void rejects_null() {
        assertThat(IdNumbers.isValid(null)).isFalse();
    }

    @Test
    void masks_the_birth_date_and_keeps_region_and_tail() {
        assertThat(IdNumbers.mask("330106199001011234")).isEqualTo("330106********1234");
        assertThat(IdNumbers.mask("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void leaves_other_values_as_they_are() {
        assertThat(IdNumbers.mask(null)).isNull();
        assertThat(IdNumbers.mask("12345")).isEqualTo("12345");
    }

    @Test
    void masks_every_number_inside_free_text() {
        String text = "管理员李娜,身份证号:330106199001011234;担保人11010519491231002x。";

        String masked = IdNumbers.maskAll(text);

        assertThat(masked).isEqualTo("管理员李娜,身份证号:330106********1234;担保人110105********002x。");
        assertThat(masked).doesNotContain("19900101", "19491231");
    }

    @Test
    void leaves_credit_codes_and_longer_digit_runs_alone() {
        String text = "统一社会信用代码91330109MA27Y7DJXX 账号6222021234567890123 电话13800138000";

        assertThat(IdNumbers.maskAll(text)).isEqualTo(text);
        assertThat(IdNumbers.maskAll(null)).isNull();
    }

    @Test
    void names_what_is_wrong_with_a_number() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 28);

        assertThat(IdNumbers.problems("330106199001011221", today)).isEmpty();
        assertThat(IdNumbers.problems("430512198908131367", today)).containsExactly("checkCharacter");
        assertThat(IdNumbers.problems("123456181805057890", today)).containsExactly("checkCharacter", "birthDate");
        assertThat(IdNumbers.problems("993456199001011221", today)).contains("areaCode");
        assertThat(IdNumbers.problems("0755955089551195588", today)).containsExactly("format");
        String future = "33010620300101123";
        assertThat(IdNumbers.problems(future + IdNumbers.checkCharacter(future), today)).containsExactly("birthDate");
    }

    @Test
    void reads_birth_date_and_sex_out_of_a_number() {
        assertThat(IdNumbers.birthDate("330106199001011221")).contains(java.time.LocalDate.of(1990, 1, 1));
        assertThat(IdNumbers.sex("330106199001011221")).contains("女");
        assertThat(IdNumbers.sex("330106199001011234")).contains("男");
        assertThat(IdNumbers.birthDate("330106199013011221")).isEmpty();
    }

    @Test
    void masks_a_misprinted_number_of_another_length_too() {
        assertThat(IdNumbers.mask("0755955089551195588")).isEqualTo("075595*********5588");
    }

    @Test
    void normalizes_a_typed_number_for_comparison() {
        assertThat(IdNumbers.normalize("１１０１０５ 19491231002x")).isEqualTo("11010519491231002X");
        assertThat(IdNumbers.normalize(null)).isEmpty();
    }

    @Test
    void finds_a_number_that_passes_inside_free_text() {
        assertThat(IdNumbers.holdsValid("山东省济南市历下区星光 370102196710073343")).isTrue();
        assertThat(IdNumbers.holdsValid("身份证号370102196710073343,电话")).isTrue();
        assertThat(IdNumbers.holdsValid("370102196710073344")).as("check character fails").isFalse();
        assertThat(IdNumbers.holdsValid("3701021967100733431")).as("a longer run").isFalse();
        assertThat(IdNumbers.holdsValid("无号码")).isFalse();
    }
}
