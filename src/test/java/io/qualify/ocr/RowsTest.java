package io.qualify.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Box;
import io.qualify.extract.TextLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines found apart on one row are joined left to right; the blank between them stays a break. */
class RowsTest {

    @Test
    void joins_a_label_and_its_value_on_one_row_and_keeps_other_rows_apart() {
        OcrLine value = line("深圳市云语科技有限公司", 400, 102);
        OcrLine label = line("名称", 40, 100);
        OcrLine below = line("有限责任公司", 400, 180);

        OcrResult rows = Rows.join(new OcrResult(List.of(value, below, label)));

        assertThat(rows.lines()).extracting(OcrLine::text).containsExactly("名称深圳市云语科技有限公司", "有限责任公司");
        TextLine joined = TextLine.of(rows.lines().get(0));
        assertThat(joined.breakAt(2)).as("the wide blank after the label").isTrue();
    }

    @Test
    void lines_of_very_different_height_or_overlapping_sideways_are_not_one_row() {
        OcrLine title = new OcrLine("营业执照", new Box(100, 60, 400, 120), 0.99,
                List.of(new OcrWord("营业执照", new Box(100, 60, 400, 120), 0.99)));
        OcrLine small = line("副本", 600, 105);
        OcrLine overlapping = line("编号", 620, 104);

        assertThat(Rows.join(new OcrResult(List.of(title, small, overlapping))).lines()).hasSize(3);
    }

    @Test
    void boxes_the_detector_grew_into_each_other_on_one_row_are_still_one_row() {
        // seed 5309, a blurred photo: 负, 责 and 人魏云兰 found apart, 责's box running 26 px into the next
        OcrLine fu = box("负", 735, 1686, 52, 63);
        OcrLine ze = box("责", 855, 1694, 77, 56);
        OcrLine ren = box("人魏云兰", 906, 1690, 300, 72);
        OcrLine zhu = box("住", 2052, 1710, 61, 65);

        OcrResult rows = Rows.join(new OcrResult(List.of(fu, ze, ren, zhu)));

        assertThat(rows.lines()).extracting(OcrLine::text).containsExactly("负责人魏云兰住");
        // a second reading of the same words overlaps whole and stays apart
        assertThat(Rows.join(new OcrResult(List.of(ren, box("人魏云兰", 910, 1692, 296, 70)))).lines()).hasSize(2);
    }

    private static OcrLine box(String text, int x, int y, int w, int h) {
        Box box = new Box(x, y, w, h);
        return new OcrLine(text, box, 0.98, List.of(new OcrWord(text, box, 0.98)));
    }

    private static OcrLine line(String text, int x, int y) {
        Box box = new Box(x, y, 30 * text.length(), 30);
        return new OcrLine(text, box, 0.98, List.of(new OcrWord(text, box, 0.98)));
    }
}
