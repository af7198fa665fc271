package io.qualify.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Box;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeLineRereaderTest {

    private static OcrLine line(OcrWord... words) {
        return Lines.of(List.of(words));
    }

    @Test
    void boxes_the_code_words_of_a_line_and_leaves_its_chinese_out() {
        OcrLine line = line(new OcrWord("统一社会信用代码", new Box(10, 100, 300, 30), 0.9),
                new OcrWord(")1110108MAWEHNXGBM", new Box(340, 102, 400, 28), 0.6),
                new OcrWord("三", new Box(760, 100, 20, 30), 0.3));

        assertThat(CodeLineRereader.codeBox(line)).isEqualTo(new Box(340, 102, 400, 28));
    }

    @Test
    void leaves_out_a_label_read_in_the_same_word_when_its_characters_carry_boxes() {
        // PP-OCR reads 注册号440305053820869 as one word; its characters, 20 px apart, carry their own boxes
        String text = "注册号440305053820869";
        List<OcrSymbol> symbols = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            symbols.add(new OcrSymbol(text.substring(i, i + 1), 0.99, new Box(1500 + 20 * i, 668, 16, 30)));
        }
        OcrLine line = line(new OcrWord(text, new Box(1500, 665, 360, 40), 0.99, symbols));

        assertThat(CodeLineRereader.codeBox(line)).isEqualTo(new Box(1560, 665, 20 * 14 + 16, 40));
    }

    @Test
    void ignores_lines_without_a_run_of_letters_and_digits() {
        assertThat(CodeLineRereader.codeBox(line(new OcrWord("注册资本人民币壹佰万元", new Box(0, 0, 300, 30), 0.9)))).isNull();
        assertThat(CodeLineRereader.codeBox(line(new OcrWord("2019年12月07日", new Box(0, 0, 300, 30), 0.9)))).isNull();
    }

    @Test
    void reads_each_code_line_once_across_readings_and_maps_the_words_back_onto_the_page() {
        OcrLine code = line(new OcrWord("9132O1O4MAYD9316JC", new Box(200, 300, 360, 20), 0.5));
        List<String> alphabets = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        OcrEngine engine = new OcrEngine() {
            @Override
            public OcrResult recognize(BufferedImage image, int dpi, SegmentationMode mode) {
                return OcrResult.EMPTY;
            }

            @Override
            public OcrResult recognizeCharacters(BufferedImage line, String alphabet) {
                alphabets.add(alphabet);
                heights.add(line.getHeight());
                OcrWord w = new OcrWord("91320104MAYD9316JC", new Box(0, 0, line.getWidth(), line.getHeight()), 0.9);
                return new OcrResult(List.of(Lines.of(List.of(w))));
            }

            @Override
            public Orientation detectOrientation(BufferedImage image, int dpi) {
                return Orientation.UPRIGHT_UNKNOWN;
            }

            @Override
            public void close() {
            }
        };

        OcrResult read = new CodeLineRereader().reread(new BufferedImage(1000, 700, BufferedImage.TYPE_BYTE_GRAY),
                List.of(new OcrResult(List.of(code)), new OcrResult(List.of(code))), engine);

        assertThat(alphabets).hasSize(2).allMatch(a -> a.equals(CodeLineRereader.ALPHABET));
        assertThat(heights.get(1)).isGreaterThan(heights.get(0));
        assertThat(read.lines()).hasSize(2).allSatisfy(l -> {
            assertThat(l.text()).isEqualTo("91320104MAYD9316JC");
            assertThat(l.box().x()).isLessThan(200);
            assertThat(l.box().right()).isGreaterThan(560);
            assertThat(l.box().y()).isBetween(280, 300);
        });
    }
}
