package io.qualify.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualifyConfigTest {

    @TempDir
    Path temp;

    private Path tessdata;
    private Path models;

    @BeforeEach
    void fakeModels() throws IOException {
        tessdata = Files.createDirectories(temp.resolve("tessdata"));
        Files.createFile(tessdata.resolve("chi_sim.traineddata"));
        models = Files.createDirectories(temp.resolve("models"));
        Files.createFile(models.resolve("ch_PP-OCRv4_rec_infer.onnx"));
    }

    private Properties shipped() throws IOException {
        Properties p = new Properties();
        try (InputStream in = QualifyConfig.class.getResourceAsStream("/application.properties")) {
            assertThat(in).as("shipped application.properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        p.setProperty("qualify.ocr.tessdata", tessdata.toString());
        p.setProperty("qualify.ocr.models", models.toString());
        return p;
    }

    private Properties shippedWith(String key, String value) throws IOException {
        Properties p = shipped();
        if (value == null) {
            p.remove(key);
        } else {
            p.setProperty(key, value);
        }
        return p;
    }

    @Test
    void loads_the_shipped_configuration() throws IOException {
        QualifyConfig config = QualifyConfig.from(shipped());

        assertThat(config.ocr().engine()).isEqualTo(io.qualify.ocr.OcrSettings.Engine.PADDLE);
        assertThat(config.ocr().models()).isEqualTo(models);
        assertThat(config.ocr().detectionSide()).isEqualTo(1280);
        assertThat(config.ocr().tessdata()).isEqualTo(tessdata);
        assertThat(config.ocr().languages()).isEqualTo("chi_sim");
        assertThat(config.ocr().targetGlyphHeight()).isEqualTo(40.0);
        assertThat(config.ocr().maxPixels()).isEqualTo(24_000_000L);
        assertThat(config.limits().maxFileBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(config.limits().maxPages()).isEqualTo(20);
        assertThat(config.limits().pdfDpi()).isEqualTo(300);
        assertThat(config.limits().maxDocumentPixels()).isEqualTo(60_000_000L);
        assertThat(config.confidenceFloor()).isEqualTo(0.7);
        assertThat(config.workers()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(config.documentBudget()).isEqualTo(Duration.ofSeconds(180));
        assertThat(config.submissionBudget()).isEqualTo(Duration.ofSeconds(900));
    }

    @Test
    void documents_every_shipped_key_with_a_comment() throws IOException {
        String text;
        try (InputStream in = QualifyConfig.class.getResourceAsStream("/application.properties")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String previous = "";
        for (String line : text.lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                assertThat(previous).as("comment above %s", line).startsWith("#");
            }
            previous = line;
        }
    }

    @Test
    void takes_an_explicit_worker_count() throws IOException {
        assertThat(QualifyConfig.from(shippedWith("qualify.workers", "3")).workers()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({
        "qualify.limits.max-pages, many",
        "qualify.ocr.max-pixels, 24e6",
        "qualify.review.confidence-floor, high",
        "qualify.review.confidence-floor, 1.5",
        "qualify.review.confidence-floor, -0.1",
        "qualify.ocr.target-glyph-height, 5",
        "qualify.ocr.max-pixels, 1000",
        "qualify.workers, ''",
        "qualify.ocr.engine, easyocr",
        "qualify.ocr.detection-side, 100",
        "qualify.ocr.detection-side, wide",
        "qualify.budget.document-seconds, 0",
        "qualify.budget.submission-seconds, soon",
    })
    void names_the_key_of_a_bad_value(String key, String value) throws IOException {
        assertThatThrownBy(() -> QualifyConfig.from(shippedWith(key, value)))
                .isInstanceOf(ConfigException.class).hasMessageContaining(key);
    }

    @Test
    void chooses_tesseract_alone_and_then_needs_no_pp_ocr_models() throws IOException {
        Properties p = shippedWith("qualify.ocr.engine", "tesseract");
        p.setProperty("qualify.ocr.models", temp.resolve("absent").toString());

        assertThat(QualifyConfig.from(p).ocr().engine()).isEqualTo(io.qualify.ocr.OcrSettings.Engine.TESSERACT);
    }

    @Test
    void names_the_models_key_when_the_folder_holds_no_pp_ocr_model() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty-models"));

        assertThatThrownBy(() -> QualifyConfig.from(shippedWith("qualify.ocr.models", empty.toString())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("qualify.ocr.models");
    }

    @Test
    void names_a_missing_key() throws IOException {
        assertThatThrownBy(() -> QualifyConfig.from(shippedWith("qualify.ocr.languages", null)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("qualify.ocr.languages");
    }

    @Test
    void names_the_tessdata_key_when_the_folder_holds_no_model() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertThatThrownBy(() -> QualifyConfig.from(shippedWith("qualify.ocr.tessdata", empty.toString())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("qualify.ocr.tessdata")
                .hasMessageContaining("chi_sim.traineddata");
    }

    @ParameterizedTest
    @CsvSource({"qualify.limits.pdf-dpi, 1000", "qualify.limits.max-pages, 0", "qualify.limits.max-file-mb, 0"})
    void names_the_key_of_an_out_of_range_limit(String key, String value) throws IOException {
        assertThatThrownBy(() -> QualifyConfig.from(shippedWith(key, value)))
                .isInstanceOf(ConfigException.class).hasMessageContaining(key);
    }

    @Test
    void refuses_a_confidence_floor_that_is_not_a_number() {
        assertThatThrownBy(() -> QualifyConfig.from(shippedWith("qualify.review.confidence-floor", "NaN")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("qualify.review.confidence-floor");
    }

    @Test
    void layers_a_local_file_and_environment_over_the_shipped_values() throws IOException {
        Path local = Files.writeString(temp.resolve("application.properties"),
                "qualify.workers=3\nqualify.limits.max-pages=5\n");

        Properties p = QualifyConfig.layered(local, Map.of("QUALIFY_LIMITS_MAX_PAGES", "7",
                "QUALIFY_OCR_TESSDATA", tessdata.toString(), "QUALIFY_OCR_MODELS", models.toString(),
                "QUALIFY_REVIEW_CONFIDENCE_FLOOR", "0.5"));
        QualifyConfig config = QualifyConfig.from(p);

        assertThat(config.workers()).isEqualTo(3);
        assertThat(config.limits().maxPages()).isEqualTo(7);
        assertThat(config.confidenceFloor()).isEqualTo(0.5);
        assertThat(config.ocr().engine()).isEqualTo(io.qualify.ocr.OcrSettings.Engine.PADDLE);
        assertThat(config.ocr().models()).isEqualTo(models);
        assertThat(config.ocr().detectionSide()).isEqualTo(1280);
        assertThat(config.ocr().tessdata()).isEqualTo(tessdata);
        assertThat(p.getProperty("qualify.limits.pdf-dpi")).isEqualTo("300");
    }

    @Test
    void ignores_a_missing_local_file() {
        Properties p = QualifyConfig.layered(temp.resolve("absent.properties"), Map.of());

        assertThat(p.getProperty("qualify.ocr.tessdata")).isEqualTo("auto");
        assertThat(p.getProperty("qualify.review.confidence-floor")).isEqualTo("0.7");
    }
}
