package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FontsTest {

    @Test
    void finds_installed_fonts_that_draw_licence_text_and_codes() {
        Fonts fonts = Fonts.installed();
        assertThat(fonts.families()).isNotEmpty().isSorted();
        for (String family : fonts.families()) {
            Font f = new Font(family, Font.PLAIN, 20);
            assertThat(f.canDisplayUpTo("营业执照统一社会信用代码 91330109MA27Y7DJXX")).as(family).isEqualTo(-1);
        }
        assertThat(fonts.pickSerif(new Random(1))).isIn(fonts.families());
    }

    @Test
    void names_the_debian_package_when_no_font_is_installed() {
        assertThatThrownBy(() -> new Fonts(List.of())).hasMessageContaining("fonts-noto-cjk");
    }
}
