package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DegraderTest {

    private static BufferedImage page;

    @BeforeAll
    static void render() {
        LicenceTruth t = new TruthFaker(new Random(1)).licence(EnterpriseType.LLC, LicenceLayout.LANDSCAPE_NEW);
        page = new LicenceRenderer().render(t, 1200, new Random(1));
    }

    @ParameterizedTest
    @EnumSource(DegradationLevel.class)
    void keeps_dimensions_sane_and_records_parameters(DegradationLevel level) {
        Degrader.Degraded d = new Degrader().apply(page, level, new Random(2));
        BufferedImage img = d.image();
        double aspect = img.getWidth() / (double) img.getHeight();
        assertThat(aspect).isBetween(1.2, 1.7);
        assertThat(img.getWidth()).isBetween(700, 1800);
        assertThat(d.parameters()).containsEntry("level", level.name()).containsEntry("rotation", 0);
        switch (level) {
            case SCAN -> assertThat(d.parameters())
                    .containsKeys("skewDegrees", "blurSigma", "noiseSigma", "jpegQuality");
            case PHOTO -> assertThat(d.parameters())
                    .containsKeys("background", "corners", "lightGradient", "jpegQuality");
            case LOWRES -> assertThat(img.getWidth()).isEqualTo(d.parameters().get("downscaleWidth"));
            case NONE -> assertThat(img.getWidth()).isEqualTo(page.getWidth());
        }
    }

    @Test
    void photo_places_the_page_on_a_darker_background() {
        Degrader.Degraded d = new Degrader().apply(page, DegradationLevel.PHOTO, new Random(3));
        BufferedImage img = d.image();
        int corner = img.getRGB(2, 2);
        int centre = img.getRGB(img.getWidth() / 2, img.getHeight() / 2);
        assertThat(brightness(corner)).isLessThan(brightness(centre));
    }

    @Test
    void quarter_turns_swap_the_sides_and_are_recorded() {
        Degrader.Degraded d = new Degrader(1.0).apply(page, DegradationLevel.NONE, new Random(4));
        int rotation = (Integer) d.parameters().get("rotation");
        assertThat(rotation).isIn(90, 180, 270);
        if (rotation == 180) {
            assertThat(d.image().getWidth()).isEqualTo(page.getWidth());
        } else {
            assertThat(d.image().getWidth()).isEqualTo(page.getHeight());
            assertThat(d.image().getHeight()).isEqualTo(page.getWidth());
        }
    }

    @Test
    void a_quarter_turn_moves_the_top_left_to_the_top_right() {
        BufferedImage src = new BufferedImage(40, 20, BufferedImage.TYPE_3BYTE_BGR);
        src.setRGB(0, 0, 0xffffff);
        BufferedImage turned = Degradations.rotateQuarter(src, 1);
        assertThat(turned.getWidth()).isEqualTo(20);
        assertThat(turned.getRGB(19, 0) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void skew_grows_the_canvas_to_keep_the_corners() {
        BufferedImage skewed = Degradations.skew(page, 3, java.awt.Color.WHITE);
        assertThat(skewed.getWidth()).isGreaterThan(page.getWidth()).isLessThan(page.getWidth() + 100);
        assertThat(skewed.getHeight()).isGreaterThan(page.getHeight()).isLessThan(page.getHeight() + 100);
    }

    private static int brightness(int rgb) {
        return (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff);
    }
}
