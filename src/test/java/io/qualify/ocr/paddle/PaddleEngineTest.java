package io.qualify.ocr.paddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrResult;
import io.qualify.ocr.OcrSymbol;
import io.qualify.ocr.OcrWord;
import io.qualify.ocr.Orientation;
import io.qualify.ocr.PageImages;
import io.qualify.ocr.SegmentationMode;
import io.qualify.synth.Fonts;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PP-OCRv4 over ONNX Runtime on drawn text: lines found and read, characters placed, pages' turns told. */
class PaddleEngineTest {

    private static PaddleEngine engine;
    private static final String FONT = "Noto Sans CJK SC";

    @BeforeAll
    static void open() {
        PaddleNatives.assumeAvailable();
        assumeTrue(Fonts.installed().families().contains(FONT), "fonts-noto-cjk missing (bin/setup installs it)");
        engine = new PaddleEngine(PaddleModels.shared(Path.of("models")), 960, null);
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void counts_the_lines_it_will_read_before_reading_any() {
        BufferedImage page = page(List.of("名称  深圳市云语科技有限公司", "法定代表人  王建国", "住所  深圳市南山区科技园"));

        int found = engine.linesFound(page);

        assertThat(found).isBetween(3, 6);
        assertThat(engine.recognize(page, 0, SegmentationMode.PAGE).lines()).hasSizeLessThanOrEqualTo(found);
    }

    @Test
    void reads_a_form_page_line_by_line_with_each_characters_confidence_and_box() {
        BufferedImage page = page(List.of("名称  深圳市云语科技有限公司", "类型  有限责任公司(自然人投资或控股)",
                "统一社会信用代码  91440300MA5FXT4K2L", "法定代表人  王建国"));

        OcrResult read = engine.recognize(page, 0, SegmentationMode.PAGE);

        String text = io.qualify.text.Texts.normalize(read.text()).replace(" ", "");
        assertThat(text).contains("深圳市云语科技有限公司", "有限责任公司(自然人投资或控股)", "91440300MA5FXT4K2L", "王建国");
        OcrLine name = read.lines().stream().filter(l -> l.text().contains("云语")).findFirst().orElseThrow();
        for (OcrWord word : name.words()) {
            String spelled = word.symbols().stream().map(OcrSymbol::text).collect(Collectors.joining());
            assertThat(spelled).isEqualTo(word.text());
            assertThat(word.symbols()).allSatisfy(s -> assertThat(s.confidence()).isBetween(0.5, 1.0));
            List<Integer> xs = word.symbols().stream().map(s -> s.box().x()).toList();
            assertThat(xs).isSorted();
            assertThat(word.symbols()).allSatisfy(s -> assertThat(s.box().y()).isBetween(name.box().y() - 2, name.box().bottom()));
        }
        assertThat(read.lines()).isSortedAccordingTo((a, b) -> Integer.compare(a.box().y() / 20, b.box().y() / 20));
    }

    @Test
    void a_block_reading_joins_a_label_and_its_value_found_apart_into_one_row() {
        BufferedImage page = page(List.of("名          称                    深圳市云语科技有限公司"));

        OcrResult block = engine.recognize(page, 0, SegmentationMode.BLOCK);

        assertThat(block.lines()).hasSize(1);
        assertThat(block.text().replace(" ", "")).contains("名称", "深圳市云语科技有限公司");
    }

    @Test
    void a_line_reading_takes_the_whole_image_as_one_line() {
        BufferedImage line = page(List.of("二〇二六年十一月二十日")).getSubimage(20, 30, 700, 80);

        OcrResult read = engine.recognize(line, 0, SegmentationMode.LINE);

        assertThat(read.lines()).hasSize(1);
        assertThat(read.text()).isEqualTo("二〇二六年十一月二十日");
    }

    @ParameterizedTest(name = "content turned {0}°")
    @ValueSource(ints = {0, 90, 180, 270})
    void tells_how_a_page_is_turned(int degrees) {
        BufferedImage upright = page(List.of("营业执照", "名称  深圳市云语科技有限公司", "住所  深圳市南山区科技园路十八号",
                "经营范围  软件开发；信息技术咨询服务", "登记机关  深圳市市场监督管理局"));

        Orientation found = engine.detectOrientation(PageImages.rotateClockwise(upright, degrees), 0);

        assertThat(found.degrees()).isEqualTo(degrees);
        assertThat(found.confidence()).isGreaterThanOrEqualTo(2.0);
    }

    @ParameterizedTest(name = "turned {0}°, mirrored {1}")
    @org.junit.jupiter.params.provider.CsvSource({"90,false", "180,false", "0,true", "180,true", "270,true"})
    void a_turned_page_read_from_the_originals_lines_reads_as_a_fresh_detection_does(int turn, boolean flip) {
        BufferedImage upright = page(List.of("名称  深圳市云语科技有限公司", "法定代表人  王建国",
                "统一社会信用代码  91440300MA5FXT4K2L"));
        // the original is the page as photographed: the turn (and mirroring) brings it upright
        BufferedImage original = PageImages.rotateClockwise(flip ? PageImages.flipHorizontally(upright) : upright, 360 - turn);
        BufferedImage turned = PageImages.rotateClockwise(original, turn);
        turned = flip ? PageImages.flipHorizontally(turned) : turned;
        PaddleEngine fresh = new PaddleEngine(PaddleModels.shared(Path.of("models")), 960, null);

        OcrResult carried = engine.recognizeTurned(turned, original, turn, flip, SegmentationMode.PAGE);
        OcrResult detected = fresh.recognize(turned, 0, SegmentationMode.PAGE);

        assertThat(carried.lines()).hasSameSizeAs(detected.lines());
        for (int i = 0; i < detected.lines().size(); i++) {
            OcrLine a = carried.lines().get(i);
            OcrLine b = detected.lines().get(i);
            assertThat(a.text().replace(" ", "")).isEqualTo(b.text().replace(" ", ""));
            assertThat(Math.abs(a.box().x() - b.box().x()) + Math.abs(a.box().y() - b.box().y()))
                    .as("%s against %s", a.box(), b.box()).isLessThanOrEqualTo(8);
        }
        assertThat(io.qualify.text.Texts.normalize(carried.text()).replace(" ", "")).contains("深圳市云语科技有限公司", "王建国");
    }

    @Test
    void a_blank_page_reads_nothing_and_has_no_known_turn() {
        BufferedImage blank = new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY);
        blank.getGraphics().fillRect(0, 0, 800, 600);

        assertThat(engine.recognize(blank, 0, SegmentationMode.PAGE).lines()).isEmpty();
        assertThat(engine.detectOrientation(blank, 0)).isEqualTo(Orientation.UPRIGHT_UNKNOWN);
    }

    @Test
    void code_lines_go_to_the_second_engine_and_none_answers_empty() {
        assertThat(engine.recognizeCharacters(page(List.of("91440300MA5FXT4K2L")), "0123456789")).isEqualTo(OcrResult.EMPTY);
    }

    static BufferedImage page(List<String> lines) {
        return io.qualify.ocr.Drawn.lines(lines, FONT, 36, 1000, 90, 40);
    }
}
