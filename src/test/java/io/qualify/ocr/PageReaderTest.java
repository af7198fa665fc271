package io.qualify.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Box;
import io.qualify.document.Page;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a page's turn is chosen, with an engine that reads well only when the page is upright. */
class PageReaderTest {

    private final PageReader reader = new PageReader(OcrSettings.tesseract(Path.of("tessdata")));

    @Test
    void tries_other_turns_when_a_sure_orientation_gives_a_weak_reading() {
        UprightOnlyEngine engine = new UprightOnlyEngine(new Orientation(180, 5.0));

        ReadPage read = reader.read(new Page(0, markedPage(), 300, null, 0), engine);

        assertThat(read.rotation()).isZero();
        assertThat(read.orientationConfidence()).isZero();
        assertThat(read.ocr().text()).contains("营业执照");
    }

    @Test
    void keeps_a_sure_orientation_that_reads_well() {
        BufferedImage turned = PageImages.rotateClockwise(markedPage(), 90);
        UprightOnlyEngine engine = new UprightOnlyEngine(new Orientation(90, 5.0));

        ReadPage read = reader.read(new Page(0, turned, 300, null, 0), engine);

        assertThat(read.rotation()).isEqualTo(90);
        assertThat(read.orientationConfidence()).isEqualTo(5.0);
        assertThat(engine.turnsRead).allMatch(upright -> upright);
    }

    @Test
    void a_second_look_blanks_what_was_read_and_takes_a_watermarks_light_grey_for_paper() {
        // a 1000 × 600 page: paper 240, a watermark's grey 220 over its middle, two rows of black print
        BufferedImage page = new BufferedImage(1000, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(240, 240, 240));
        g.fillRect(0, 0, 1000, 600);
        g.setColor(new Color(220, 220, 220));
        g.fillRect(300, 200, 400, 200);
        g.setColor(Color.BLACK);
        g.fillRect(100, 112, 500, 6);   // read on the first look (a stroke, thin as print's)
        g.fillRect(100, 312, 500, 6);   // missed on the first look (the watermark crossed it)
        g.dispose();
        OcrLine read = new OcrLine("名称某某有限公司", new Box(95, 95, 510, 40), 0.99,
                List.of(new OcrWord("名称某某有限公司", new Box(95, 95, 510, 40), 0.99)));
        ReadPage first = new ReadPage(new Page(0, page, 0, null, 0), 0, 0, new OcrResult(List.of(read)), List.of());
        List<BufferedImage> seen = new ArrayList<>();
        OcrEngine engine = new ReadingOnlyEngine() {
            @Override
            public boolean findsLines() {
                return true;
            }

            @Override
            public OcrResult recognize(BufferedImage image, int dpi, SegmentationMode mode) {
                seen.add(image);
                return OcrResult.EMPTY;
            }
        };

        reader.secondLook(first, engine);

        assertThat(seen).hasSize(1);
        BufferedImage looked = seen.get(0);
        assertThat(looked.getRaster().getSample(300, 115, 0)).as("the line read is blanked").isEqualTo(255);
        assertThat(looked.getRaster().getSample(300, 315, 0)).as("the line missed is kept").isLessThan(60);
        assertThat(looked.getRaster().getSample(650, 250, 0)).as("the watermark is paper").isEqualTo(255);
        assertThat(reader.secondLook(first, new UprightOnlyEngine(Orientation.UPRIGHT_UNKNOWN)).lines())
                .as("Tesseract gets no second look").isEmpty();
    }

    /** A page whose upright position shows by a thin dark stroke near its top-left corner. */
    private static BufferedImage markedPage() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.BLACK);
        g.fillRect(2, 0, 3, 40);
        g.dispose();
        return image;
    }

    private static final class UprightOnlyEngine implements OcrEngine {

        private final Orientation claimed;
        final List<Boolean> turnsRead = new ArrayList<>();

        UprightOnlyEngine(Orientation claimed) {
            this.claimed = claimed;
        }

        @Override
        public OcrResult recognize(BufferedImage image, int dpi, SegmentationMode mode) {
            boolean upright = image.getWidth() > image.getHeight() && (image.getRGB(3, 10) & 0xFF) < 128;
            turnsRead.add(upright);
            String text = upright ? "营业执照统一社会信用代码名称类型法定代表人注册资本成立日期营业期限经营范围住所登记机关" : "乒乓";
            List<OcrWord> words = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                words.add(new OcrWord(text, new Box(10, 10 + i * 40, 300, 30), upright ? 0.95 : 0.2));
            }
            return new OcrResult(List.of(new OcrLine(text, new Box(10, 10, 300, 230), upright ? 0.95 : 0.2, words)));
        }

        @Override
        public Orientation detectOrientation(BufferedImage image, int dpi) {
            return claimed;
        }

        @Override
        public void close() {
        }
    }
}
