package io.qualify.ocr.paddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Box;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DB post-processing on hand-made probability maps: regions become grown quads in page pixels, in reading order. */
class TextDetectorTest {

    @Test
    void a_confident_region_becomes_a_quad_grown_by_the_unclip_ratio_and_scaled_to_the_page() {
        float[] map = new float[64 * 128];
        fill(map, 128, 20, 30, 100, 40, 0.9f);

        List<Quad> quads = TextDetector.boxes(map, 64, 128, 2.0, 2.0, 256, 128);

        assertThat(quads).hasSize(1);
        Box box = quads.get(0).box();
        // the region is 80 x 10 map pixels; unclipping grows each side by 80*10*1.5/180 ≈ 6.7 px before doubling
        assertThat(box.x()).isBetween(24, 30);
        assertThat(box.right()).isBetween(208, 216);
        assertThat(box.y()).isBetween(44, 50);
        assertThat(box.bottom()).isBetween(88, 94);
        assertThat(quads.get(0).score()).isGreaterThan(0.8);
    }

    @Test
    void faint_and_tiny_regions_are_dropped() {
        float[] map = new float[64 * 128];
        fill(map, 128, 10, 10, 60, 20, 0.45f);
        fill(map, 128, 80, 40, 82, 42, 0.99f);

        assertThat(TextDetector.boxes(map, 64, 128, 1, 1, 128, 64)).isEmpty();
    }

    @Test
    void lines_are_ordered_top_to_bottom_and_left_to_right_within_a_row() {
        Quad right = quad(300, 102);
        Quad left = quad(10, 106);
        Quad above = quad(200, 20);

        assertThat(TextDetector.readingOrder(List.of(right, left, above))).containsExactly(above, left, right);
    }

    private static Quad quad(double x, double y) {
        return new Quad(new double[] {x, x + 100, x + 100, x}, new double[] {y, y, y + 30, y + 30}, 0.9);
    }

    private static void fill(float[] map, int width, int x0, int y0, int x1, int y1, float value) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                map[y * width + x] = value;
            }
        }
    }
}
