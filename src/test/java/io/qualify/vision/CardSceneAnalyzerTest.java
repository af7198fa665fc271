package io.qualify.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.vision.CardFinderTest.Photos;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CardSceneAnalyzerTest {

    private final CardSceneAnalyzer analyzer = new CardSceneAnalyzer();

    @BeforeAll
    static void openCv() {
        assumeTrue(Photos.openCvLoads(), "OpenCV natives (org.openpnp:opencv) do not load on this platform");
    }

    @Test
    void calls_a_card_held_below_a_face_with_fingers_on_its_edges_handheld() {
        Photos.Handheld scene = Photos.handheld();
        List<Point2D> found = new CardFinder().find(scene.photo()).orElseThrow().quad();

        CardScene result = analyzer.analyze(scene.photo(), found);

        assertThat(result.handheld()).isTrue();
        assertThat(result.faceShare()).isGreaterThan(0.03);
        assertThat(result.fingerShare()).isGreaterThan(0.05);
        assertThat(result.score()).isGreaterThan(0.8);
    }

    @Test
    void calls_a_card_alone_on_cloth_or_paper_not_handheld() {
        List<Point2D> truth = Photos.quad(250, 180, 930, 230, 900, 700, 210, 640);
        for (BufferedImage background : List.of(Photos.cloth(1200, 900), Photos.paper(1200, 900))) {
            CardScene result = analyzer.analyze(Photos.place(Photos.card(), background, truth), truth);

            assertThat(result.handheld()).isFalse();
            assertThat(result.skinShare()).isLessThan(0.05);
        }
    }

    @Test
    void does_not_take_a_skin_coloured_wooden_desk_for_a_person() {
        List<Point2D> truth = Photos.quad(250, 180, 930, 230, 900, 700, 210, 640);

        CardScene result = analyzer.analyze(Photos.place(Photos.card(), Photos.wood(1200, 900), truth), truth);

        assertThat(result.handheld()).isFalse();
    }

    @Test
    void reads_a_photo_without_a_card_whole() {
        CardScene result = analyzer.analyze(Photos.handheld().photo(), List.of());

        assertThat(result.fingerShare()).isZero();
        assertThat(result.faceShare()).isGreaterThan(0.03);
    }
}
