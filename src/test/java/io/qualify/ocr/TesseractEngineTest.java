package io.qualify.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.synth.Fonts;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine over the real libtesseract: words with boxes and confidences, and each word's characters. */
class TesseractEngineTest {

    private static TesseractEngine engine;

    @BeforeAll
    static void open() {
        TesseractNatives.assumeAvailable();
        engine = new TesseractEngine(Path.of("tessdata"), "chi_sim");
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void reads_a_printed_line_with_each_characters_own_confidence() {
        assumeFalse(Fonts.installed().families().isEmpty(), "no CJK font installed (bin/setup installs fonts-noto-cjk)");
        BufferedImage image = line("名称 深圳市云语科技有限公司", Fonts.installed().families().get(0), 44);

        OcrResult result = engine.recognize(image, 0, SegmentationMode.LINE);

        assertThat(result.text().replace(" ", "")).contains("深圳市云语科技有限公司");
        for (OcrWord word : result.lines().get(0).words()) {
            String spelled = word.symbols().stream().map(OcrSymbol::text).collect(Collectors.joining());
            assertThat(spelled).isEqualTo(word.text());
            assertThat(word.symbols()).allSatisfy(s -> assertThat(s.confidence()).isBetween(0.0, 1.0));
            assertThat(word.box().width()).isPositive();
        }
    }

    @Test
    void reads_a_code_line_with_the_latin_model_within_the_codes_alphabet() {
        assumeTrue(Files.isRegularFile(Path.of("tessdata/eng.traineddata")), "tessdata/eng missing");
        assumeTrue(Fonts.installed().families().contains("Noto Sans CJK SC"), "fonts-noto-cjk missing (bin/setup installs it)");
        BufferedImage image = line("91320104MAYD9316JC", "Noto Sans CJK SC", 30);

        OcrResult result = engine.recognizeCharacters(image, CodeLineRereader.ALPHABET);

        assertThat(result.text().replace(" ", "")).isEqualTo("91320104MAYD9316JC");
    }

    private static BufferedImage line(String text, String family, int size) {
        return Drawn.lines(java.util.List.of(text), family, size, 900, 62, 20).getSubimage(0, 0, 900, 90);
    }
}
