package io.qualify.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.vision.CardFinder.FoundCard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real ID-card specimens kept outside the project (../shared/realdocs/id_card, never copied in): each
 * must yield a card cut out landscape. id05 is a card photographed steeply; it is found with a low
 * confidence and a high skew.
 */
class CardFinderRealTest {

    private static final Path SPECIMENS = Path.of("..", "shared", "realdocs", "id_card");

    static Stream<Path> specimens() throws IOException {
        if (!Files.isDirectory(SPECIMENS)) {
            return Stream.of((Path) null);
        }
        return Files.list(SPECIMENS).filter(p -> p.getFileName().toString().matches("id0\\d.*\\.(png|jpg)")).sorted();
    }

    @ParameterizedTest
    @MethodSource("specimens")
    void finds_the_card_in_each_real_specimen(Path specimen) throws IOException {
        assumeTrue(specimen != null, "real specimens folder " + SPECIMENS.toAbsolutePath() + " is absent");
        assumeTrue(CardFinderTest.Photos.openCvLoads(), "OpenCV natives (org.openpnp:opencv) do not load on this platform");

        FoundCard found = new CardFinder().find(ImageIO.read(specimen.toFile())).orElseThrow();

        assertThat(found.card().getWidth()).isGreaterThan(found.card().getHeight());
        assertThat(CardQuads.aspect(found.quad())).isBetween(1.3, 4.0);
        assertThat(found.areaShare()).isBetween(0.15, 1.0);
        assertThat(found.rotationInPhoto(0)).isZero();
        if (specimen.getFileName().toString().contains("skewed")) {
            assertThat(found.skew()).isGreaterThan(0.15);
        } else {
            assertThat(found.confidence()).isGreaterThan(0.8);
            assertThat(CardQuads.aspect(found.quad())).isBetween(1.45, 1.75);
            assertThat(found.skew()).isLessThan(0.05);
        }
    }
}
