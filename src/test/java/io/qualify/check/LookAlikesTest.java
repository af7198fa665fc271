package io.qualify.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.vision.Glyphs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LookAlikesTest {

    /** 字 and 宇 alike, nothing else. */
    private final LookAlikes fake = new LookAlikes((a, b) -> Optional.of("字宇".indexOf(a) >= 0 && "字宇".indexOf(b) >= 0 ? 0.9 : 0.3));

    @Test
    void a_name_agrees_when_half_its_characters_match_or_look_alike() {
        assertThat(fake.agree("王子", "谭子")).isTrue();
        assertThat(fake.agree("罗荣字", "罗荣宇")).isTrue();
        assertThat(fake.agree("字明", "宇国")).isTrue();
    }

    @Test
    void noise_and_other_lengths_do_not_agree() {
        assertThat(fake.agree("声明加", "杨国强")).isFalse();
        assertThat(fake.agree("王", "王")).isFalse();
        assertThat(fake.agree("王子", "王子明")).isFalse();
        assertThat(fake.agree("", "")).isFalse();
    }

    @Test
    void the_shipped_table_was_drawn_at_the_threshold_the_rules_name() throws IOException {
        try (InputStream in = LookAlikes.class.getResourceAsStream("look-alikes.txt")) {
            String header = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            Matcher drawnAt = Pattern.compile("is at least ([0-9.]+), drawn in").matcher(header);

            assertThat(drawnAt.find()).as("the table's header names its threshold").isTrue();
            assertThat(Double.parseDouble(drawnAt.group(1))).isEqualTo(LookAlikes.THRESHOLD);
        }
    }

    @Test
    void nothing_looks_alike_when_no_font_can_tell() {
        LookAlikes unknown = new LookAlikes((a, b) -> Optional.empty());

        assertThat(unknown.alike('字', '宇')).isFalse();
        assertThat(unknown.alike('字', '字')).isTrue();
    }

    @Test
    void the_classic_confusions_look_alike_in_the_installed_fonts() {
        assumeTrue(!Glyphs.installed().faces().isEmpty(), "no CJK font installed (Debian: fonts-noto-cjk, fonts-arphic-*)");
        LookAlikes installed = LookAlikes.shipped();

        for (String pair : List.of("字宇", "己已", "未末", "免兔", "大太", "候侯", "吴昊")) {
            assertThat(installed.alike(pair.charAt(0), pair.charAt(1))).as(pair).isTrue();
        }
        for (String pair : List.of("林森", "日曰", "有启", "王谭", "限美")) {
            assertThat(installed.alike(pair.charAt(0), pair.charAt(1))).as(pair).isFalse();
        }
    }

    @Test
    void few_pairs_of_common_characters_drawn_at_random_look_alike() {
        List<Character> common = gb2312LevelOne();
        Random rnd = new Random(20261128);
        LookAlikes installed = LookAlikes.shipped();
        int alike = 0;
        int pairs = 2000;
        for (int i = 0; i < pairs; i++) {
            char a = common.get(rnd.nextInt(common.size()));
            char b = common.get(rnd.nextInt(common.size()));
            if (a != b && installed.alike(a, b)) {
                alike++;
            }
        }
        assertThat(alike).isLessThan(pairs / 100);
    }

    /** The 3755 common characters of GB 2312 level 1 (rows 16–55). */
    private static List<Character> gb2312LevelOne() {
        Charset gb2312 = Charset.forName("GB2312");
        List<Character> chars = new ArrayList<>();
        for (int row = 0xB0; row <= 0xD7; row++) {
            for (int cell = 0xA1; cell <= 0xFE; cell++) {
                if (row == 0xD7 && cell > 0xF9) {
                    break;
                }
                chars.add(new String(new byte[] {(byte) row, (byte) cell}, gb2312).charAt(0));
            }
        }
        assertThat(chars).hasSize(3755);
        return chars;
    }
}
