package io.qualify.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void normalises_width_brackets_and_spaces() {
        assertThat(Texts.normalize("有限责任公司（自然人 独资）")).isEqualTo("有限责任公司(自然人独资)");
        assertThat(Texts.normalize("ＡＢＣ１２３　公司【北京】")).isEqualTo("ABC123公司(北京)");
        assertThat(Texts.normalize(" 名\t称\n杭州〔中国〕 ")).isEqualTo("名称杭州(中国)");
    }

    @Test
    void normalises_null_to_empty() {
        assertThat(Texts.normalize(null)).isEmpty();
    }

    @Test
    void finds_a_word_with_one_character_misread() {
        assertThat(Texts.containsFuzzy("中华人民共和国营业执熙正本", "营业执照")).isTrue();
        assertThat(Texts.indexOfFuzzy("中华人民共和国营业执熙正本", "营业执照")).isEqualTo(7);
    }

    @Test
    void does_not_find_a_word_with_too_many_characters_misread() {
        assertThat(Texts.containsFuzzy("中华人民共和国营业执熙熙本", "营业执照正")).isFalse();
        assertThat(Texts.containsFuzzy("营业某熙", "营业执照")).isFalse();
    }

    @Test
    void matches_short_words_exactly_only() {
        assertThat(Texts.containsFuzzy("姓名张三", "姓名")).isTrue();
        assertThat(Texts.containsFuzzy("姓各张三", "姓名")).isFalse();
        assertThat(Texts.containsFuzzy("类垫", "类型")).isFalse();
    }

    @Test
    void finds_nothing_in_a_shorter_text() {
        assertThat(Texts.containsFuzzy("营业", "营业执照")).isFalse();
    }

    @Test
    void measures_edit_distance() {
        assertThat(Texts.distance("佛山市普居佳好建材有限公司", "佛山市普居佳好建材有限公司")).isZero();
        assertThat(Texts.distance("佛山市普居佳好建材有限公司", "佛山市普居佳好建材有限公可")).isEqualTo(1);
        assertThat(Texts.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Texts.distance("", "abc")).isEqualTo(3);
        assertThat(Texts.distance("abc", "")).isEqualTo(3);
    }

    @Test
    void counts_chinese_characters() {
        assertThat(Texts.cjkCount("名称ABC公司123")).isEqualTo(4);
        assertThat(Texts.isCjk('名')).isTrue();
        assertThat(Texts.isCjk('A')).isFalse();
    }

    @Test
    void lists_a_cheapest_edit_from_a_reading_to_the_wanted_text() {
        assertThat(Texts.edits("有限公司", "有限公司")).isEmpty();
        assertThat(Texts.edits("禾明公司", "禾晟公司")).containsExactly(new Texts.Edit(Texts.Edit.Kind.SUBSTITUTE, 1, '晟'));
        assertThat(Texts.edits("有限责任公司", "有限公司")).containsExactly(
                new Texts.Edit(Texts.Edit.Kind.SURPLUS, 2, '责'), new Texts.Edit(Texts.Edit.Kind.SURPLUS, 3, '任'));
        assertThat(Texts.edits("有限公司", "股份有限公司")).containsExactly(
                new Texts.Edit(Texts.Edit.Kind.MISSING, 0, '股'), new Texts.Edit(Texts.Edit.Kind.MISSING, 0, '份'));
        assertThat(Texts.edits("", "公司")).hasSize(2).allMatch(e -> e.kind() == Texts.Edit.Kind.MISSING);
    }
}
