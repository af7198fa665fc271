package io.qualify.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EnterpriseCoresTest {

    @Test
    void the_core_leaves_out_place_line_of_business_and_legal_form() {
        assertThat(EnterpriseCores.of("杭州市云语科技有限公司")).isEqualTo("云语");
        assertThat(EnterpriseCores.withoutLegalForm("杭州云语科技有限公司")).isEqualTo("杭州云语科技");
        assertThat(EnterpriseCores.named("云语科技有限公司合同专用章", "杭州云语科技有限公司")).isTrue();
    }

    @Test
    void the_names_own_legal_form_goes_even_misread_and_a_plain_one_otherwise() {
        String name = "东莞祥品生物科技有限责任公司";
        assertThat(EnterpriseCores.withoutLegalFormOf("东第科品生物科技有限责保公", name)).isEqualTo("东第科品生物科技");
        assertThat(EnterpriseCores.withoutLegalFormOf("东莞祥品生物科技有限责任公司", name)).isEqualTo("东莞祥品生物科技");
        // too far from the name's form to be it: only a plainly spelt form goes
        assertThat(EnterpriseCores.withoutLegalFormOf("东莞祥品生物科技股份公司", name)).isEqualTo("东莞祥品生物科技股份");
        assertThat(EnterpriseCores.withoutLegalFormOf("郑州市城泓五金有限公司", "郑州汇仁电子商务有限公司")).isEqualTo("郑州市城泓五金");
    }

    @Test
    void a_misreading_is_mostly_the_names_own_characters_and_another_name_is_not() {
        Set<String> names = Set.of("深圳市南山区迅欧食品有限责任公司");
        assertThat(EnterpriseCores.mostlyForeign("深圳市山区巡政品有限贵任公司", names, 0.5)).isFalse();
        assertThat(EnterpriseCores.mostlyForeign("深圳市福田区华信科技有限公司", names, 0.5)).isTrue();
        assertThat(EnterpriseCores.mostlyForeign("有限公司", names, 0.5)).isFalse();
        assertThat(EnterpriseCores.mostlyForeign("成都市锦江区华信科技有限公司", names, 2.0 / 3)).isTrue();
    }
}
