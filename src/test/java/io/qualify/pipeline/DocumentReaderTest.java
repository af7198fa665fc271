package io.qualify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.SourceFile;
import io.qualify.ocr.OcrEngine;
import io.qualify.ocr.OcrResult;
import io.qualify.ocr.OcrSettings;
import io.qualify.ocr.Orientation;
import io.qualify.ocr.PageReader;
import io.qualify.ocr.SegmentationMode;
import io.qualify.render.RenderLimits;
import io.qualify.render.Renderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
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
        assertThat(read.evidence()).containsEntry("readError", "engine fault");
    }
}
