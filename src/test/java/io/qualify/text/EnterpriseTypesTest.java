package io.qualify.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnterpriseTypesTest {

    @Test
    void keeps_a_known_type_as_it_is() {
        assertThat(EnterpriseTypes.snap("有限责任公司（自然人投资或控股的法人独资）")).contains("有限责任公司(自然人投资或控股的法人独资)");
    }

    @Test
    void takes_a_misread_type_to_the_one_it_plainly_is() {
        assertThat(EnterpriseTypes.snap("有限次任公司(自然大独资)")).contains("有限责任公司(自然人独资)");
        assertThat(EnterpriseTypes.snap("有限责任公司(法人独贤)")).contains("有限责任公司(法人独资)");
        assertThat(EnterpriseTypes.snap("有限责任会司")).contains("有限责任公司");
    }

    @Test
    void cuts_what_follows_a_types_closing_bracket() {
        // seed 7919: a watermark's 仅限网站 read on after the type
        assertThat(EnterpriseTypes.snap("有限责任公司(自然人投资或控股)仅限网立")).contains("有限责任公司(自然人投资或控股)");
        assertThat(EnterpriseTypes.snap("有限责任公司(自然人投资或控股的法人独资)注册资本")).contains("有限责任公司(自然人投资或控股的法人独资)");
    }

    @Test
    void leaves_a_reading_that_is_no_type_or_could_be_two() {
        assertThat(EnterpriseTypes.snap("有限")).isEmpty();
        assertThat(EnterpriseTypes.snap("福建省骏帆餐饮管理有限公司")).isEmpty();
        assertThat(EnterpriseTypes.snap("")).isEmpty();
        // half way between 自然人独资 and 法人独资: the reading does not decide
        assertThat(EnterpriseTypes.snap("有限责任公司(然人独资)")).isEmpty();
        assertThat(EnterpriseTypes.snap("机份有限公司(拜上市)")).as("非上市 or 上市").isEmpty();
    }
}
