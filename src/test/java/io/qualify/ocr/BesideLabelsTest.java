package io.qualify.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Box;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A label with nothing read beside it has the stretch to its right read as one line; one with a value does not. */
class BesideLabelsTest {

    /** Reads every stretch as "范平", and remembers where the stretches were cut (by their sizes). */
    private static final class ValueEngine extends ReadingOnlyEngine {
        final List<int[]> asked = new ArrayList<>();

        @Override
        public OcrResult recognize(BufferedImage image, int dpi, SegmentationMode mode) {
            asked.add(new int[] {image.getWidth(), image.getHeight(), mode.ordinal()});
            Box box = new Box(20, 5, 90, 40);
            return new OcrResult(List.of(new OcrLine("范平", box, 0.97, List.of(new OcrWord("范平", box, 0.97)))));
        }
    }

    @Test
    void reads_the_stretch_beside_a_lone_label_and_places_the_value_on_the_page() {
        OcrLine label = line("负责人", 250, 1170, 265, 50);
        OcrLine filled = line("成立日期", 250, 1280, 250, 45);
        OcrLine value = line("2001年02月27日", 500, 1282, 360, 43);
        ValueEngine engine = new ValueEngine();

        OcrResult read = BesideLabels.reread(new BufferedImage(1700, 2400, BufferedImage.TYPE_BYTE_GRAY),
                new OcrResult(List.of(label, filled, value)), engine);

        assertThat(engine.asked).hasSize(1);
        assertThat(engine.asked.get(0)[2]).isEqualTo(SegmentationMode.LINE.ordinal());
        assertThat(read.lines()).extracting(OcrLine::text).containsExactly("范平");
        Box placed = read.lines().get(0).box();
        assertThat(placed.x()).isEqualTo(250 + 265 + 50 / 4 + 20);
        assertThat(placed.y()).isEqualTo(1170 - 50 / 4 + 5);
    }

    @Test
    void reads_a_long_stretch_up_to_the_next_line_on_the_row() {
        // 名 alone (its 称 and the name lost to blur): the name runs far past nine heights, up to 成立日期
        OcrLine label = line("名", 690, 1400, 42, 55);
        OcrLine other = line("成立日期", 1850, 1402, 200, 50);
        ValueEngine engine = new ValueEngine();

        BesideLabels.reread(new BufferedImage(3900, 2800, BufferedImage.TYPE_BYTE_GRAY),
                new OcrResult(List.of(label, other)), engine);

        // (成立日期, alone too, is the second)
        assertThat(engine.asked).hasSize(2);
        int left = 690 + 42 + 55 / 4;
        assertThat(engine.asked.get(0)[0]).isEqualTo(1850 - 55 / 4 - left);

        engine.asked.clear();
        BesideLabels.reread(new BufferedImage(3900, 2800, BufferedImage.TYPE_BYTE_GRAY), new OcrResult(List.of(label)), engine);
        assertThat(engine.asked.get(0)[0]).isEqualTo(690 + 42 + 32 * 55 - left);
    }

    @Test
    void long_lines_and_lines_without_chinese_are_no_labels() {
        ValueEngine engine = new ValueEngine();

        BesideLabels.reread(new BufferedImage(1700, 2400, BufferedImage.TYPE_BYTE_GRAY), new OcrResult(List.of(
                line("经营范围软件开发信息技术咨询", 250, 300, 700, 45), line("No.0348942", 250, 400, 300, 45))), engine);

        assertThat(engine.asked).isEmpty();
    }

    private static OcrLine line(String text, int x, int y, int w, int h) {
        Box box = new Box(x, y, w, h);
        return new OcrLine(text, box, 0.99, List.of(new OcrWord(text, box, 0.99)));
    }
}
