package io.qualify.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import org.junit.jupiter.api.Test;

class IlluminationTest {

    /** Paper lit from the left (250 fading to 110), with the same dark stroke (paper − 90) at both ends. */
    private static BufferedImage shadedPage() {
        BufferedImage page = new BufferedImage(1200, 800, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = page.getRaster();
        for (int y = 0; y < 800; y++) {
            for (int x = 0; x < 1200; x++) {
                int paper = 250 - x * 140 / 1200;
                boolean mark = y >= 380 && y < 420 && (x >= 110 && x < 118 || x >= 1070 && x < 1078);
                r.setSample(x, y, 0, mark ? paper - 90 : paper);
            }
        }
        return page;
    }

    @Test
    void makes_paper_even_and_keeps_marks_dark_on_both_sides() {
        BufferedImage flat = Illumination.flatten(shadedPage());

        int leftPaper = flat.getRaster().getSample(50, 100, 0);
        int rightPaper = flat.getRaster().getSample(1150, 100, 0);
        int leftMark = flat.getRaster().getSample(115, 400, 0);
        int rightMark = flat.getRaster().getSample(1075, 400, 0);

        assertThat(Math.abs(leftPaper - rightPaper)).isLessThan(12);
        assertThat(leftPaper).isGreaterThan(230);
        // A global threshold halfway between paper and ink now separates both marks from both papers:
        // before, the right-hand paper (≈115) was darker than the left-hand mark (≈155).
        int threshold = 170;
        assertThat(leftMark).isLessThan(threshold);
        assertThat(rightMark).isLessThan(threshold);
        assertThat(shadedPage().getRaster().getSample(1150, 100, 0)).isLessThan(shadedPage().getRaster().getSample(115, 400, 0));
    }

    @Test
    void keeps_the_size_and_leaves_an_evenly_lit_page_as_it_was() {
        BufferedImage even = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = even.getRaster();
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                r.setSample(x, y, 0, x % 20 < 3 && y % 30 < 20 ? 40 : 240);
            }
        }

        BufferedImage flat = Illumination.flatten(even);

        assertThat(flat.getWidth()).isEqualTo(300);
        assertThat(flat.getHeight()).isEqualTo(200);
        assertThat(flat.getRaster().getSample(45, 25, 0)).isGreaterThan(245);
        assertThat(flat.getRaster().getSample(41, 35, 0)).isLessThan(60);
    }

    @Test
    void blanks_the_dark_surface_around_a_photographed_page() {
        BufferedImage photo = new BufferedImage(1000, 700, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = photo.getRaster();
        java.util.Random grain = new java.util.Random(1);
        for (int y = 0; y < 700; y++) {
            for (int x = 0; x < 1000; x++) {
                boolean paper = x >= 150 && x < 850 && y >= 100 && y < 600;
                boolean stroke = paper && y >= 300 && y < 330 && x % 25 < 4;
                int desk = 60 + grain.nextInt(40) + (x / 7 % 2) * 20;
                r.setSample(x, y, 0, stroke ? 90 : paper ? 225 : desk);
            }
        }

        BufferedImage flat = Illumination.flatten(photo);

        assertThat(flat.getRaster().getSample(40, 40, 0)).isEqualTo(255);
        assertThat(flat.getRaster().getSample(960, 650, 0)).isEqualTo(255);
        assertThat(flat.getRaster().getSample(500, 200, 0)).isGreaterThan(240);
        assertThat(flat.getRaster().getSample(501, 315, 0)).isLessThan(120);
    }

    @Test
    void leaves_a_sliver_of_an_image_as_it_is() {
        BufferedImage sliver = new BufferedImage(3000, 2, BufferedImage.TYPE_BYTE_GRAY);

        assertThat(Illumination.flatten(sliver)).isSameAs(sliver);
    }
}
