package io.qualify.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.synth.SealDrawer;
import io.qualify.synth.SealInk;
import io.qualify.synth.SealTruth;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seal finder on a phone photo of a sealed sheet lying on a saturated red surface (a red carpet or
 * tablecloth) that surrounds it on every side: the surface is one large red-ink blob with the sheet as its
 * hole, and the pale seal on the sheet lies inside that hole. The seal is still found where it was pressed,
 * and the red surface on its own is not taken for a seal.
 */
class SealFinderRedBackgroundTest {

    private static final String NAME = "南昌市达驰家居有限责任公司";
    private static final Color PALE_PINK = new Color(238, 120, 140);
    private static final int PHOTO_WIDTH = 1700;
    private static final int PHOTO_HEIGHT = 2400;
    /** The sheet in the photo: turned a little, shrunk a little, its corner here. */
    private static final AffineTransform SHEET = sheet();
    private final SealFinder finder = new SealFinder();

    @BeforeAll
    static void openCv() {
        assumeTrue(CardFinderTest.Photos.openCvLoads(), "OpenCV natives (org.openpnp:opencv) do not load on this platform");
    }

    @Test
    void finds_a_pale_oval_contract_seal_on_a_sheet_lying_on_a_red_carpet() throws IOException {
        BufferedImage sheet = Stamps.page();
        press(sheet, new SealTruth(NAME, SealTruth.Shape.OVAL, "合同专用章", null, false), 150, 900, 1300);

        assertFoundAt(finder.find(photo(sheet)), SHEET.transform(new Point2D.Double(900, 1300), null));
    }

    @Test
    void finds_a_pale_round_seal_on_a_sheet_lying_on_a_red_carpet() throws IOException {
        BufferedImage sheet = Stamps.page();
        press(sheet, new SealTruth(NAME, SealTruth.Shape.ROUND, null, null, false), 118, 850, 1400);

        assertFoundAt(finder.find(photo(sheet)), SHEET.transform(new Point2D.Double(850, 1400), null));
    }

    @Test
    void finds_no_seal_on_an_unsealed_sheet_on_the_red_carpet_nor_on_the_carpet_alone() throws IOException {
        assertThat(finder.find(photo(Stamps.page()))).isEmpty();
        assertThat(finder.find(jpeg(carpet(new Random(11))))).isEmpty();
    }

    private static void assertFoundAt(java.util.List<Seal> seals, Point2D centre) {
        assertThat(seals).singleElement().satisfies(s -> {
            assertThat(s.box().x() + s.box().width() / 2.0).isBetween(centre.getX() - 25, centre.getX() + 25);
            assertThat(s.box().centerY()).isBetween((int) centre.getY() - 25, (int) centre.getY() + 25);
        });
    }

    private static void press(BufferedImage sheet, SealTruth seal, double r, int cx, int cy) {
        SealInk ink = new SealInk(PALE_PINK, 0.55, 0.35, 0.3, 1.0);
        BufferedImage impression = SealDrawer.impression(SealDrawer.outline(seal, r, Stamps.FONT), r, 0.1, ink, new Random(5));
        SealDrawer.stamp(sheet, impression, cx, cy);
    }

    /** The sheet lying on the red carpet as a phone sees it: turned, greyed by the room's light, saved as JPEG. */
    private static BufferedImage photo(BufferedImage sheet) throws IOException {
        BufferedImage photo = carpet(new Random(11));
        Graphics2D g = photo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.drawImage(dimmed(sheet, 0.82), SHEET, null);
        g.dispose();
        return jpeg(photo);
    }

    private static AffineTransform sheet() {
        AffineTransform t = AffineTransform.getTranslateInstance(230, 250);
        t.rotate(Math.toRadians(-2.5), Stamps.A4_WIDTH / 2.0, Stamps.A4_HEIGHT / 2.0);
        t.scale(1.05, 1.05);
        return t;
    }

    /**
     * A saturated red carpet: a deep red whose shade drifts in slow patches, with a fine grain of lighter
     * and darker fibres.
     */
    static BufferedImage carpet(Random rnd) {
        BufferedImage out = new BufferedImage(PHOTO_WIDTH, PHOTO_HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        double[][] patches = new double[9][7];
        for (double[] row : patches) {
            for (int i = 0; i < row.length; i++) {
                row[i] = rnd.nextDouble();
            }
        }
        for (int y = 0; y < PHOTO_HEIGHT; y++) {
            for (int x = 0; x < PHOTO_WIDTH; x++) {
                double shade = 0.75 + 0.35 * smooth(patches, (double) x / PHOTO_WIDTH, (double) y / PHOTO_HEIGHT)
                        + 0.12 * rnd.nextGaussian();
                out.setRGB(x, y, rgb(165 * shade, 30 * shade, 48 * shade));
            }
        }
        return out;
    }

    private static double smooth(double[][] grid, double u, double v) {
        double gy = v * (grid.length - 1);
        double gx = u * (grid[0].length - 1);
        int y0 = Math.min(grid.length - 2, (int) gy);
        int x0 = Math.min(grid[0].length - 2, (int) gx);
        double fy = gy - y0;
        double fx = gx - x0;
        double top = grid[y0][x0] * (1 - fx) + grid[y0][x0 + 1] * fx;
        double bottom = grid[y0 + 1][x0] * (1 - fx) + grid[y0 + 1][x0 + 1] * fx;
        return top * (1 - fy) + bottom * fy;
    }

    private static BufferedImage dimmed(BufferedImage sheet, double light) {
        BufferedImage out = new BufferedImage(sheet.getWidth(), sheet.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < sheet.getHeight(); y++) {
            for (int x = 0; x < sheet.getWidth(); x++) {
                int c = sheet.getRGB(x, y);
                out.setRGB(x, y, rgb(((c >> 16) & 0xFF) * light, ((c >> 8) & 0xFF) * light, (c & 0xFF) * light));
            }
        }
        return out;
    }

    private static int rgb(double r, double g, double b) {
        return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static BufferedImage jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", bytes);
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
