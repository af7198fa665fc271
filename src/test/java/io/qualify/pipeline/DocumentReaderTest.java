package io.qualify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qualify.document.Box;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.SourceFile;
import io.qualify.ocr.OcrEngine;
import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrResult;
import io.qualify.ocr.OcrSettings;
import io.qualify.ocr.OcrWord;
import io.qualify.ocr.Orientation;
import io.qualify.ocr.PageReader;
import io.qualify.ocr.SegmentationMode;
import io.qualify.render.RenderLimits;
import io.qualify.render.Renderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    /** An engine that fails on every call, as a fault inside the reader would. */
    private static final class FailingEngine implements OcrEngine {
        @Override
        public OcrResult recognize(BufferedImage image, int dpi, SegmentationMode mode) {
            throw new IllegalStateException("engine fault");
        }

        @Override
        public Orientation detectOrientation(BufferedImage image, int dpi) {
            throw new IllegalStateException("engine fault");
        }

        @Override
        public void close() {
        }
    }

    /**
     * PP-OCR-like: finds its own lines. The page's first reading misses the legal person's row (a
     * watermark crossed it); any later page reading, the second look, finds that row alone.
     */
    private static final class MissedRowEngine implements OcrEngine {
        int pageReadings;

        @Override
        public boolean findsLines() {
            return true;
        }

        @Override
        public OcrResult recognize(BufferedImage image, int dpi, SegmentationMode mode) {
            if (mode != SegmentationMode.PAGE) {
                return OcrResult.EMPTY;
            }
            pageReadings++;
            if (pageReadings > 1) {
                return new OcrResult(List.of(line("法定代表人王强", 100, 400)));
            }
            return new OcrResult(List.of(line("营业执照", 300, 50), line("统一社会信用代码91440101MA5CYT8E1X", 100, 150),
                    line("名称广州市天河区宇达科技有限公司", 100, 250), line("类型有限责任公司(自然人投资或控股)", 100, 330),
                    line("经营范围软件开发", 100, 480), line("住所广州市天河区天河路1号", 100, 560)));
        }

        private static OcrLine line(String text, int x, int y) {
            Box box = new Box(x, y, 30 * text.length(), 30);
            return new OcrLine(text, box, 0.99, List.of(new OcrWord(text, box, 0.99)));
        }

        @Override
        public Orientation detectOrientation(BufferedImage image, int dpi) {
            return new Orientation(0, 10);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void a_licence_gets_a_second_look_that_finds_the_row_the_first_reading_missed() throws IOException {
        DocumentReader reader = new DocumentReader(new Renderer(RenderLimits.DEFAULT),
                new PageReader(OcrSettings.defaults(Path.of("tessdata"), Path.of("models"))));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB), "png", png);
        MissedRowEngine engine = new MissedRowEngine();

        Document read = reader.read(SourceFile.of("licence.png", png.toByteArray()), engine);

        assertThat(read.kind()).isEqualTo(DocumentKind.BUSINESS_LICENCE);
        assertThat(engine.pageReadings).isEqualTo(2);
        assertThat(read.value("legalPersonName")).isEqualTo("王强");
        assertThat(read.value("enterpriseName")).isEqualTo("广州市天河区宇达科技有限公司");
    }

    @Test
    void a_fault_while_reading_a_file_leaves_it_unrecognised_for_a_person_and_never_throws() throws IOException {
        DocumentReader reader = new DocumentReader(new Renderer(RenderLimits.DEFAULT),
                new PageReader(OcrSettings.tesseract(Path.of("tessdata"))));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", png);

        Document read = reader.read(SourceFile.of("photo.png", png.toByteArray()), new FailingEngine());

        assertThat(read.kind()).isEqualTo(DocumentKind.UNKNOWN);
        assertThat(read.readable()).isTrue();
        assertThat(read.ocrConfidence()).isZero();
        assertThat(read.evidence().toMap()).containsEntry("readError", "engine fault");
    }

    @Test
    void a_reading_given_up_stops_at_the_next_page_instead_of_reading_on() throws IOException {
        DocumentReader reader = new DocumentReader(new Renderer(RenderLimits.DEFAULT),
                new PageReader(OcrSettings.tesseract(Path.of("tessdata"))));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int i = 0; i < 3; i++) {
                document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            document.save(pdf);
        }

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> reader.read(SourceFile.of("annex.pdf", pdf.toByteArray()), new FailingEngine()))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
