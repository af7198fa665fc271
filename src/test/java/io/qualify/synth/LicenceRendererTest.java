package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LicenceRendererTest {

    private static LicenceTruth truth(LicenceLayout layout, long seed) {
        EnterpriseType type = layout == LicenceLayout.SOLE_TRADER ? EnterpriseType.SOLE_TRADER : EnterpriseType.LLC;
        return new TruthFaker(new Random(seed)).licence(type, layout);
    }

    @ParameterizedTest
    @EnumSource(LicenceLayout.class)
    void draws_a_page_of_the_requested_width_in_layout_proportions(LicenceLayout layout) {
        BufferedImage img = new LicenceRenderer().render(truth(layout, 1), 1200, new Random(1));
        assertThat(img.getWidth()).isEqualTo(1200);
        assertThat(img.getHeight()).isEqualTo(layout.heightFor(1200));
    }

    @ParameterizedTest
    @EnumSource(LicenceLayout.class)
    void prints_labels_where_the_field_rows_are(LicenceLayout layout) {
        BufferedImage img = new LicenceRenderer().render(truth(layout, 2), 1400, new Random(2));
        int w = img.getWidth();
        int h = img.getHeight();
        double ink = darkShare(img, (int) (0.1 * w), (int) (0.37 * h), (int) (0.25 * w), (int) (0.6 * h));
        double margin = darkShare(img, 0, (int) (0.4 * h), (int) (0.03 * w), (int) (0.6 * h));
        assertThat(ink).as("dark pixels among the labels").isGreaterThan(0.01);
        assertThat(margin).as("dark pixels in the empty margin").isLessThan(0.002);
    }

    @Test
    void draws_a_red_seal_and_emblem() {
        BufferedImage img = new LicenceRenderer().render(truth(LicenceLayout.LANDSCAPE_NEW, 3), 1400, new Random(3));
        int w = img.getWidth();
        int h = img.getHeight();
        assertThat(redShare(img, (int) (0.42 * w), 0, (int) (0.58 * w), (int) (0.2 * h))).isGreaterThan(0.1);
        assertThat(redShare(img, (int) (0.7 * w), (int) (0.7 * h), w, h)).isGreaterThan(0.005);
    }

    @Test
    void varies_its_look_between_seeds() {
        LicenceTruth t = truth(LicenceLayout.LANDSCAPE_NEW, 4);
        BufferedImage a = new LicenceRenderer().render(t, 1000, new Random(10));
        BufferedImage b = new LicenceRenderer().render(t, 1000, new Random(11));
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y += 7) {
            for (int x = 0; x < a.getWidth(); x += 7) {
                differing += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        assertThat(differing).isGreaterThan(1000);
    }

    @Test
    void institution_certificate_is_drawn_with_text() {
        InstitutionTruth t = new TruthFaker(new Random(5)).institution();
        BufferedImage img = new InstitutionCertificateRenderer().render(t, 1200, new Random(5));
        assertThat(img.getWidth()).isEqualTo(1200);
        assertThat(darkShare(img, 120, 400, 400, 700)).isGreaterThan(0.01);
    }

    static double darkShare(BufferedImage img, int x0, int y0, int x1, int y1) {
        return share(img, x0, y0, x1, y1, false);
    }

    static double redShare(BufferedImage img, int x0, int y0, int x1, int y1) {
        return share(img, x0, y0, x1, y1, true);
    }

    private static double share(BufferedImage img, int x0, int y0, int x1, int y1, boolean red) {
        int hits = 0;
        int all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                boolean hit = red ? r > g + 70 && r > b + 70 : r + g + b < 300;
                hits += hit ? 1 : 0;
                all++;
            }
        }
        return hits / (double) all;
    }
}
