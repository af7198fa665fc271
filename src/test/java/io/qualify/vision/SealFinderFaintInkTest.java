package io.qualify.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.synth.SealDrawer;
import io.qualify.synth.SealInk;
import io.qualify.synth.SealTruth;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seal finder on faint ink as the synthetic letters ink it ({@link SealDrawer}: pale pink to deep red,
 * blotches, a faded side, pressed so black text under it stays black), on greyish or warm paper, saved as
 * a low-quality JPEG (its colour is blurred over 2 × 2 pixels): the seal is found, and the red title and
 * logo beside it still are not.
 */
class SealFinderFaintInkTest {

    private static final String NAME = "成都市武侯区旺创环保科技有限责任公司";
    private static final Color PALE_PINK = new Color(238, 120, 140);
    private final SealFinder finder = new SealFinder();

    @BeforeAll
    static void openCv() {
        assumeTrue(CardFinderTest.Photos.openCvLoads(), "OpenCV natives (org.openpnp:opencv) do not load on this platform");
    }

    @Test
    void finds_a_pale_pink_round_stamp_at_a_third_of_full_ink_on_grey_paper() throws IOException {
        BufferedImage page = paper(new Color(226, 224, 219));
        press(page, new SealTruth(NAME, SealTruth.Shape.ROUND, null, null, false), 118,
                new SealInk(PALE_PINK, 0.32, 0.5, 0.6, 1.0), 900, 1400);

        assertThat(finder.find(jpeg(page))).singleElement().satisfies(s -> {
            assertThat((s.box().x() + s.box().width() / 2)).isBetween(880, 920);
            assertThat(s.box().centerY()).isBetween(1380, 1420);
            assertThat(s.shape()).isEqualTo(Seal.Shape.ROUND);
        });
    }

    @Test
    void finds_a_faint_oval_contract_stamp_on_warm_paper() throws IOException {
        BufferedImage page = paper(new Color(240, 232, 214));
        press(page, new SealTruth(NAME, SealTruth.Shape.OVAL, "合同专用章", null, false), 140,
                new SealInk(new Color(225, 90, 110), 0.45, 0.45, 0.5, 4.0), 800, 1350);

        assertThat(finder.find(jpeg(page))).singleElement().satisfies(s -> {
            assertThat((s.box().x() + s.box().width() / 2)).isBetween(780, 820);
            assertThat(s.box().centerY()).isBetween(1330, 1370);
            assertThat(s.shape()).isEqualTo(Seal.Shape.OVAL);
        });
    }

    @Test
    void finds_the_faint_seal_of_a_letter_with_a_red_title_and_logo_and_only_that() throws IOException {
        BufferedImage page = paper(new Color(232, 228, 222));
        Graphics2D g = Stamps.graphics(page);
        Stamps.redTitle(g, page.getWidth(), "号码申请公函");
        Stamps.logo(g, 140, 110, 60, true, "HX");
        g.dispose();
        Random rnd = new Random(7);
        for (int i = 0; i < 5; i++) {
            BufferedImage copy = copy(page);
            press(copy, new SealTruth(NAME, SealTruth.Shape.ROUND, null, null, false), 110,
                    new SealInk(PALE_PINK, 0.3 + 0.05 * i, 0.6, 0.4, rnd.nextDouble() * 6), 850, 1450);

            assertThat(finder.find(jpeg(copy))).as("impression %d", i).singleElement()
                    .satisfies(s -> assertThat(s.box().centerY()).isBetween(1420, 1480));
        }
    }

    /** A page of black body text on paper of the given tone. */
    private static BufferedImage paper(Color tone) {
        BufferedImage page = Stamps.page();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int r = ((rgb >> 16) & 0xFF) * tone.getRed() / 255;
                int g = ((rgb >> 8) & 0xFF) * tone.getGreen() / 255;
                int b = (rgb & 0xFF) * tone.getBlue() / 255;
                page.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return page;
    }

    private static void press(BufferedImage page, SealTruth seal, double r, SealInk ink, int cx, int cy) {
        BufferedImage impression = SealDrawer.impression(SealDrawer.outline(seal, r, Stamps.FONT), r, 0.2, ink, new Random(3));
        SealDrawer.stamp(page, impression, cx, cy);
    }

    private static BufferedImage copy(BufferedImage page) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), page.getType());
        out.getGraphics().drawImage(page, 0, 0, null);
        return out;
    }

    /** The page through a quality-60 JPEG, as a scanner or phone saves it. */
    private static BufferedImage jpeg(BufferedImage page) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.6f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(page, null, null), param);
        } finally {
            writer.dispose();
        }
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
