package io.qualify.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Box;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PixelationTest {

    @Test
    void fills_each_block_of_a_region_with_its_mean_colour() {
        BufferedImage image = Pictures.decode(Pictures.noisyPage());
        Box region = new Box(16, 16, 96, 48);

        Pixelation.pixelate(image, region);

        for (int y = 16; y < 64; y += 12) {
            for (int x = 16; x < 112; x += 12) {
                assertThat(Pictures.variance(image, new Box(x, y, Math.min(12, 112 - x), Math.min(12, 64 - y))))
                        .as("block at %d,%d", x, y).isZero();
            }
        }
        assertThat(Pictures.variance(image, new Box(120, 16, 96, 48))).isGreaterThan(1000);
    }

    @Test
    void sizes_blocks_by_the_regions_height() {
        BufferedImage image = Pictures.decode(Pictures.noisyPage());

        Pixelation.pixelate(image, new Box(0, 0, 200, 200));

        assertThat(Pictures.variance(image, new Box(0, 0, 20, 20))).isZero();
        assertThat(Pictures.variance(image, new Box(10, 10, 20, 20))).isGreaterThan(0);
    }

    @Test
    void boxes_out_a_line_of_text_whole() {
        BufferedImage image = Pictures.decode(Pictures.noisyPage());

        Pixelation.pixelate(image, new Box(8, 40, 180, 24));

        assertThat(Pictures.variance(image, new Box(8, 40, 180, 24))).isZero();
        assertThat(Pictures.variance(image, new Box(8, 70, 180, 24))).isGreaterThan(1000);
    }

    @Test
    void cuts_a_region_to_the_picture() {
        BufferedImage image = Pictures.decode(Pictures.noisyPage());

        Pixelation.pixelate(image, new Box(-20, Pictures.HEIGHT - 8, Pictures.WIDTH + 40, 40));

        assertThat(Pictures.variance(image, new Box(0, Pictures.HEIGHT - 8, 8, 8))).isZero();
    }

    @Test
    void replaces_what_it_cannot_decode_by_a_blank_picture() {
        byte[] covered = Pixelation.cover(new byte[] {1, 2, 3}, 40, 30, List.of(new Box(0, 0, 10, 10)));

        BufferedImage blank = Pictures.decode(covered);
        assertThat(blank.getWidth()).isEqualTo(40);
        assertThat(Pictures.variance(blank, new Box(0, 0, 40, 30))).isLessThan(1);
    }
}
