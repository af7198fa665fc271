package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SealDrawerTest {

    private static final int R = 150;
    private static final SealInk DEEP = new SealInk(new Color(190, 20, 30), 1.0, 0, 0, 0);

    @Test
    void a_round_seal_is_a_red_ring_with_a_star_and_text_on_the_upper_arc() {
        SealTruth seal = new SealTruth("杭州云语科技有限公司", SealTruth.Shape.ROUND, null, null, true);
        BufferedImage page = stamped(seal, DEEP, null);
        int[] ring = new int[36];
        for (int i = 0; i < 36; i++) {
            double a = Math.toRadians(i * 10);
            ring[i] = red(page, 200 + Math.cos(a) * R * 0.97, 200 + Math.sin(a) * R * 0.97) ? 1 : 0;
        }
        assertThat(java.util.Arrays.stream(ring).sum()).as("ring samples that are red").isGreaterThanOrEqualTo(34);
        assertThat(red(page, 200, 200)).as("star centre").isTrue();
        assertThat(redIn(page, R * 0.55, R * 0.88, true)).as("text on the upper arc").isGreaterThan(1000);
        assertThat(redIn(page, R * 0.55, R * 0.88, false)).as("nothing on the lower arc").isLessThan(redIn(page,
                R * 0.55, R * 0.88, true) / 5);
        assertThat(redIn(page, R * 1.08, R * 1.3, true) + redIn(page, R * 1.08, R * 1.3, false)).isZero();
    }

    @Test
    void a_serial_and_bottom_line_fill_the_lower_half() {
        SealTruth plain = new SealTruth("杭州云语科技有限公司", SealTruth.Shape.ROUND, null, null, true);
        SealTruth full = new SealTruth("杭州云语科技有限公司", SealTruth.Shape.ROUND, "合同专用章", "3301060012345", true);
        assertThat(redIn(stamped(full, DEEP, null), R * 0.3, R * 0.9, false))
                .isGreaterThan(redIn(stamped(plain, DEEP, null), R * 0.3, R * 0.9, false) + 1000);
    }

    @Test
    void an_oval_seal_is_wider_than_high() {
        SealTruth oval = new SealTruth("杭州云语科技有限公司", SealTruth.Shape.OVAL, "业务专用章", null, true);
        BufferedImage page = stamped(oval, DEEP, null);
        assertThat(red(page, 200 + R * 0.98, 200)).isTrue();
        assertThat(red(page, 200, 200 - R * 0.98)).isFalse();
        assertThat(red(page, 200, 200 - R * 0.66)).isTrue();
    }

    @Test
    void ink_multiplies_so_black_text_under_a_seal_stays_black_and_pale_ink_is_pink() {
        SealTruth seal = new SealTruth("杭州云语科技有限公司", SealTruth.Shape.ROUND, null, null, false);
        BufferedImage page = stamped(seal, DEEP, Color.BLACK);
        assertThat(page.getRGB(200 + (int) (R * 0.97), 200) & 0xFFFFFF).isEqualTo(0);
        BufferedImage pale = stamped(seal, new SealInk(new Color(240, 140, 160), 0.6, 0.5, 0.8, 1.0), null);
        Color c = new Color(pale.getRGB(200 - (int) (R * 0.97), 200));
        assertThat(c.getRed()).isGreaterThan(c.getGreen());
        assertThat(c.getGreen()).isGreaterThan(120);
    }

    @Test
    void an_impression_is_the_same_for_the_same_seed() {
        SealTruth seal = new SealTruth("杭州云语科技有限公司", SealTruth.Shape.ROUND, "合同专用章", "3301060012345", false);
        SealInk ink = new SealInk(new Color(200, 40, 50), 0.8, 0.5, 0.5, 2.0);
        List<java.awt.Shape> shapes = SealDrawer.outline(seal, R, Fonts.installed().families().get(0));
        BufferedImage a = SealDrawer.impression(shapes, R, 0.1, ink, new Random(4));
        BufferedImage b = SealDrawer.impression(shapes, R, 0.1, ink, new Random(4));
        for (int y = 0; y < a.getHeight(); y += 3) {
            for (int x = 0; x < a.getWidth(); x += 3) {
                assertThat(a.getRGB(x, y)).isEqualTo(b.getRGB(x, y));
            }
        }
    }

    /** A 400 px white page (a black band across the middle when {@code band} is given) with the seal at (200, 200). */
    private static BufferedImage stamped(SealTruth seal, SealInk ink, Color band) {
        BufferedImage page = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 400);
        if (band != null) {
            g.setColor(band);
            g.fillRect(0, 190, 400, 20);
        }
        g.dispose();
        List<java.awt.Shape> shapes = SealDrawer.outline(seal, R, Fonts.installed().pickSerif(new Random(1)));
        SealDrawer.stamp(page, SealDrawer.impression(shapes, R, 0, ink, new Random(2)), 200, 200);
        return page;
    }

    private static boolean red(BufferedImage img, double x, double y) {
        Color c = new Color(img.getRGB((int) Math.round(x), (int) Math.round(y)));
        return c.getRed() > 120 && c.getRed() - c.getGreen() > 60 && c.getRed() - c.getBlue() > 50;
    }

    /** Red pixels between radii {@code from} and {@code to}, in the top or bottom cap (beyond 0.4 r from the middle). */
    private static int redIn(BufferedImage img, double from, double to, boolean upper) {
        int n = 0;
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 400; x++) {
                double d = Math.hypot(x - 200, y - 200);
                boolean inCap = upper ? y < 200 - R * 0.4 : y > 200 + R * 0.4;
                if (d >= from && d <= to && inCap && red(img, x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
