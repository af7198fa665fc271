package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.ocr.PageImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdCardRendererTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private final IdCardTruth card = new TruthFaker(new Random(5)).idCard(TODAY, false);

    @Test
    void draws_the_card_at_its_real_proportions() {
        BufferedImage front = new IdCardRenderer().render(card, 1200, new Random(1));
        BufferedImage back = new IdCardRenderer().render(card.withSide(IdCardTruth.Side.BACK), 856, new Random(1));
        assertThat(front.getWidth()).isEqualTo(1200);
        assertThat(front.getHeight()).isEqualTo(757);
        assertThat(back.getHeight()).isEqualTo(540);
    }

    @Test
    void front_has_blue_grey_labels_and_black_values_back_has_the_red_emblem() {
        BufferedImage front = new IdCardRenderer().render(card, 1200, new Random(2));
        // 公民身份号码 label on the left, the number in black on the right of the bottom row.
        assertThat(count(front, 70, 620, 330, 680, IdCardRendererTest::bluish)).isGreaterThan(200);
        assertThat(count(front, 420, 610, 1070, 680, c -> c.getRed() + c.getGreen() + c.getBlue() < 150))
                .isGreaterThan(2000);
        BufferedImage back = new IdCardRenderer().render(card.withSide(IdCardTruth.Side.BACK), 1200, new Random(2));
        assertThat(count(back, 80, 100, 300, 300, c -> c.getRed() > 150 && c.getGreen() < 80)).isGreaterThan(5000);
        assertThat(count(back, 80, 100, 300, 300, c -> c.getRed() > 150 && c.getGreen() < 80)
                > count(front, 80, 100, 300, 300, c -> c.getRed() > 150 && c.getGreen() < 80) * 10).isTrue();
    }

    @Test
    void cuts_the_corners_round() {
        BufferedImage front = new IdCardRenderer().render(card, 1200, new Random(3));
        assertThat(new Color(front.getRGB(1, 1))).isEqualTo(Color.WHITE);
        assertThat(new Color(front.getRGB(600, 2))).isNotEqualTo(Color.WHITE);
        assertThat(IdCardRenderer.mask(1200, 757).getRGB(1, 1) & 0xffffff).isZero();
    }

    @Test
    void a_front_differs_from_its_mirror() {
        BufferedImage front = new IdCardRenderer().render(card, 600, new Random(4));
        BufferedImage mirrored = PageImages.flipHorizontally(front);
        long differing = 0;
        for (int y = 0; y < front.getHeight(); y += 2) {
            for (int x = 0; x < front.getWidth(); x += 2) {
                differing += front.getRGB(x, y) != mirrored.getRGB(x, y) ? 1 : 0;
            }
        }
        assertThat(differing).isGreaterThan(front.getWidth() * front.getHeight() / 40);
    }

    @Test
    void the_same_seed_draws_the_same_card() {
        BufferedImage a = new IdCardRenderer().render(card, 500, new Random(8));
        BufferedImage b = new IdCardRenderer().render(card, 500, new Random(8));
        for (int y = 0; y < a.getHeight(); y += 7) {
            for (int x = 0; x < a.getWidth(); x += 7) {
                assertThat(a.getRGB(x, y)).isEqualTo(b.getRGB(x, y));
            }
        }
    }

    @Test
    void wraps_the_address_in_at_most_three_lines_of_eleven() {
        assertThat(IdCardRenderer.addressLines("浙江省杭州市西湖区文三路一百二十三号二幢三单元四零一室再多一点字", 11))
                .hasSize(3).allMatch(l -> l.length() <= 11);
        assertThat(IdCardRenderer.addressLines("北京市海淀区学院路1号", 11)).containsExactly("北京市海淀区学院路1号");
    }

    private static boolean bluish(Color c) {
        return c.getBlue() > c.getRed() + 30 && c.getBlue() < 230;
    }

    private static int count(BufferedImage img, int x0, int y0, int x1, int y1,
            java.util.function.Predicate<Color> test) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                n += test.test(new Color(img.getRGB(x, y))) ? 1 : 0;
            }
        }
        return n;
    }
}
