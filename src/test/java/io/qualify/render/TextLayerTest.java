package io.qualify.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLayerTest {

    @Test
    void accepts_ordinary_latin_text() {
        assertThat(TextLayer.isReal("Business licence, credit code 91330106MA2H3XYZ7Q")).isTrue();
    }

    @Test
    void accepts_chinese_text_of_ten_ideographs() {
        assertThat(TextLayer.isReal("杭州云语科技有限公司")).isTrue();
    }

    @Test
    void refuses_null_blank_and_too_short_text() {
        assertThat(TextLayer.isReal(null)).isFalse();
        assertThat(TextLayer.isReal(" \n\t\u3000 ")).isFalse();
        assertThat(TextLayer.isReal("Page 1 of 2")).isFalse();
    }

    @Test
    void does_not_count_whitespace_towards_the_ten_characters() {
        assertThat(TextLayer.isReal("a b c d e f g h i")).isFalse();
        assertThat(TextLayer.isReal("a b c d e f g h i j")).isTrue();
    }

    @Test
    void refuses_text_with_more_than_a_fifth_replacement_characters() {
        assertThat(TextLayer.isReal("营业执照统一社会信用代码\uFFFD\uFFFD\uFFFD\uFFFD")).isFalse();
    }

    @Test
    void refuses_text_made_of_private_use_glyph_codes() {
        assertThat(TextLayer.isReal("\uE001\uE002\uE003\uE004\uE005 ABCDEFGHIJKL")).isFalse();
    }

    @Test
    void tolerates_a_few_garbled_characters_in_real_text() {
        assertThat(TextLayer.isReal("营业执照统一社会信用代码\uFFFD名称")).isTrue();
    }
}
