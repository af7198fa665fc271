package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdPhotosTest {

    private final IdCardTruth card = new TruthFaker(new Random(3)).idCard(LocalDate.of(2026, 3, 1), false);

    @Test
    void records_scene_turns_mirror_and_a_card_quad_inside_the_photo() {
        IdShot shot = new IdShot(IdShot.Scene.HANDHELD, IdCardTruth.Side.FRONT, 1, false, false);
        Degrader.Degraded d = IdPhotos.take(card, shot, 640, new Random(1));
        Map<String, Object> p = d.parameters();
        assertThat(p).containsEntry("scene", "HANDHELD").containsEntry("rotation", 90)
                .containsEntry("photoRotation", 90).containsEntry("mirrored", false)
                .containsEntry("cardUpsideDown", false);
        BufferedImage img = d.image();
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(480);
        for (List<Double> corner : quad(p)) {
            assertThat(corner.get(0)).isBetween(0.0, (double) img.getWidth());
            assertThat(corner.get(1)).isBetween(0.0, (double) img.getHeight());
        }
    }

    @Test
    void an_upside_down_card_has_its_printed_top_left_at_the_bottom_right() {
        IdShot shot = new IdShot(IdShot.Scene.ALONE, IdCardTruth.Side.BACK, 0, true, false);
        Degrader.Degraded d = IdPhotos.take(card, shot, 600, new Random(2));
        List<List<Double>> q = quad(d.parameters());
        assertThat(d.parameters()).containsEntry("rotation", 180);
        assertThat(q.get(0).get(0)).isGreaterThan(q.get(2).get(0));
        assertThat(q.get(0).get(1)).isGreaterThan(q.get(2).get(1));
    }

    @Test
    void a_mirrored_photo_has_its_printed_top_left_on_the_right() {
        IdShot shot = IdShot.mirrored(IdShot.Scene.HANDHELD, IdCardTruth.Side.FRONT);
        Degrader.Degraded d = IdPhotos.take(card, shot, 600, new Random(3));
        List<List<Double>> q = quad(d.parameters());
        assertThat(d.parameters()).containsEntry("mirrored", true).containsEntry("rotation", 0);
        assertThat(q.get(0).get(0)).isGreaterThan(q.get(1).get(0));
    }

    @Test
    void points_follow_a_quarter_turn_of_the_image() {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR);
        img.setRGB(5, 3, 0xffffff);
        for (int q = 0; q < 4; q++) {
            BufferedImage turned = Degradations.rotateQuarter(img, q);
            double[] p = IdPhotos.turn(new double[] {5.5, 3.5}, q, 40, 30);
            assertThat(turned.getRGB((int) p[0], (int) p[1]) & 0xffffff).as("quarters " + q).isEqualTo(0xffffff);
        }
    }

    @Test
    void clean_shots_turn_only_by_quarter_turns_that_need_no_finding() {
        Random rnd = new Random(4);
        for (int i = 0; i < 100; i++) {
            IdShot s = IdShot.clean(IdShot.Scene.ALONE, IdCardTruth.Side.FRONT, rnd);
            assertThat(s.rotation()).isIn(0, 90, 270);
            assertThat(s.mirrored()).isFalse();
            assertThat(IdShot.upsideDown(IdShot.Scene.ALONE, IdCardTruth.Side.FRONT, rnd).rotation()).isEqualTo(180);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<List<Double>> quad(Map<String, Object> p) {
        List<List<Double>> q = (List<List<Double>>) p.get("cardQuad");
        assertThat(q).hasSize(4);
        return q;
    }
}
