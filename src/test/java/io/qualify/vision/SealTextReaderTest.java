package io.qualify.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.document.Box;
import io.qualify.ocr.OcrEngine;
import io.qualify.ocr.OcrResult;
import io.qualify.ocr.Orientation;
import io.qualify.ocr.SealText;
import io.qualify.ocr.SealTextReader;
import io.qualify.ocr.SegmentationMode;
import io.qualify.ocr.TesseractEngine;
import io.qualify.ocr.TesseractNatives;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seal text reader: what it hands the OCR engine (a horizontal strip of the unwrapped rim; checked
 * with a recording engine, no natives), and what the real engine reads from it on a drawn stamp and on
 * the real crop seal03 (../shared/realdocs, skipped when absent).
 */
class SealTextReaderTest {

    private static final Path SEAL03 = Path.of("../shared/realdocs/seal/seal03_luan_jianghuai_dianji_crop.png");
    private static TesseractEngine tesseract;
    private final SealTextReader reader = new SealTextReader();

    @BeforeAll
    static void openCv() {
        assumeTrue(CardFinderTest.Photos.openCvLoads(), "OpenCV natives (org.openpnp:opencv) do not load on this platform");
    }

    @AfterAll
    static void close() {
        if (tesseract != null) {
            tesseract.close();
        }
    }

    @Test
    void hands_the_engine_the_rim_unwrapped_into_a_horizontal_strip_and_reads_none_when_it_reads_nothing() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.stamp(g, 900, 1400, 118, 118, Stamps.SEAL_RED, "六安江淮电机有限公司", true, null);
        g.dispose();
        Recording engine = new Recording();

        SealText text = reader.read(page, new Seal(new Box(782, 1282, 236, 236), 1, Seal.Shape.ROUND, true), engine);

        assertThat(text).isEqualTo(SealText.NONE);
        BufferedImage strip = engine.seen.get(0);
        assertThat(strip.getWidth()).isGreaterThan(4 * strip.getHeight());
        assertThat(darkShare(strip)).isBetween(0.05, 0.6);
    }

    @Test
    void reads_a_seal_cut_by_the_page_edge_without_failing() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.stamp(g, 1200, 1400, 118, 118, Stamps.SEAL_RED, "六安江淮电机有限公司", true, null);
        g.dispose();
        Recording engine = new Recording();

        reader.read(page, new Seal(new Box(1082, 1282, 236, 236), 1, Seal.Shape.ROUND, true), engine);

        assertThat(engine.seen).isNotEmpty();
    }

    @Test
    void reads_the_enterprise_name_on_a_drawn_stamp() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.stamp(g, 900, 1400, 118, 118, Stamps.SEAL_RED, "六安江淮电机有限公司", true, "销售总公司");
        g.dispose();
        Seal seal = new SealFinder().find(page).get(0);

        SealText text = reader.read(page, seal, tesseract());

        assertThat(text.text()).startsWith("六安江").contains("电机有限公司");
        assertThat(text.confidence()).isGreaterThan(0.6);
    }

    @Test
    void reads_the_real_seal03_from_its_first_character_to_its_last() throws IOException {
        assumeTrue(Files.isRegularFile(SEAL03), "../shared/realdocs is absent: real-document tests skipped");
        BufferedImage crop = ImageIO.read(SEAL03.toFile());
        Seal seal = new SealFinder().find(crop).get(0);

        SealText text = reader.read(crop, seal, tesseract());

        // 六安江淮电机有限公司: a worn, thin-stroked stamp under black print; the ends read, the middle only partly
        assertThat(text.text()).startsWith("六").contains("公司");
        assertThat(text.confidence()).isBetween(0.2, 1.0);
    }

    @Test
    void reads_nothing_from_a_ring_with_only_a_star() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.stamp(g, 900, 1400, 118, 118, Stamps.SEAL_RED, "", true, null);
        g.dispose();

        SealText text = reader.read(page, new Seal(new Box(782, 1282, 236, 236), 1, Seal.Shape.ROUND, true), tesseract());

        assertThat(text).isEqualTo(SealText.NONE);
    }

    private static synchronized OcrEngine tesseract() {
        TesseractNatives.assumeAvailable();
        if (tesseract == null) {
            tesseract = new TesseractEngine(Path.of("tessdata"), "chi_sim");
        }
        return tesseract;
    }

    private static double darkShare(BufferedImage grey) {
        int dark = 0;
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                dark += grey.getRaster().getSample(x, y, 0) < 128 ? 1 : 0;
            }
        }
        return (double) dark / (grey.getWidth() * grey.getHeight());
    }

    /** An engine that reads nothing and keeps every image it was given. */
    private static final class Recording implements OcrEngine {

        final List<BufferedImage> seen = new ArrayList<>();

        @Override
        public OcrResult recognize(BufferedImage image, int dpi, SegmentationMode mode) {
            seen.add(image);
            return OcrResult.EMPTY;
        }

        @Override
        public Orientation detectOrientation(BufferedImage image, int dpi) {
            return Orientation.UPRIGHT_UNKNOWN;
        }

        @Override
        public void close() {
        }
    }
}
