package io.qualify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.document.Box;
import io.qualify.document.Page;
import io.qualify.ocr.Drawn;
import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrResult;
import io.qualify.ocr.OcrSymbol;
import io.qualify.ocr.OcrWord;
import io.qualify.ocr.ReadPage;
import io.qualify.synth.Fonts;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A licence's legal-person row is missing only when positively so: a row printed but never read
 * leaves its label as unread ink in the column of labels; a licence printed without the row does not.
 */
class LabelColumnInkTest {

    private static final String FONT = "Noto Sans CJK SC";
    private static final int SIZE = 32;
    private static final int PITCH = 70;
    private static final int X = 80;
    private static final int VALUE_X = 330;

    @BeforeAll
    static void fonts() {
        assumeTrue(Fonts.installed().families().contains(FONT), "fonts-noto-cjk missing (bin/setup installs it)");
    }

    @Test
    void a_legal_person_row_printed_but_never_read_is_unread_ink() {
        List<String[]> rows = rows(true);
        BufferedImage page = draw(rows);

        List<OcrLine> reading = reading(rows, "法定代表人");
        assertThat(LabelColumnInk.unread(read(page, reading), reading)).isTrue();
    }

    @Test
    void a_licence_printed_without_the_row_is_positively_blank() {
        List<String[]> rows = rows(false);
        BufferedImage page = draw(rows);

        List<OcrLine> reading = reading(rows, null);
        assertThat(LabelColumnInk.unread(read(page, reading), reading)).isFalse();
    }

    @Test
    void a_legal_person_label_read_with_nothing_after_it_leaves_nothing_to_look_at() {
        assertThat(unreadWithLegalPersonRead("")).isNull();
    }

    @Test
    void a_legal_person_label_read_with_a_character_that_makes_no_name_is_print_on_the_row() {
        // seed 10453, a blurred photo: 法定代表人姚新璐 read 法定代表人新
        assertThat(unreadWithLegalPersonRead("新")).isTrue();
    }

    @Test
    void a_name_beside_a_legal_person_label_read_alone_is_unread_ink() {
        // seed 22639, a blurred photo: 法定代表人 read, 秦志 beside it faint and read as nothing
        List<String[]> rows = rows(true);
        BufferedImage page = draw(rows);
        List<OcrLine> reading = reading(rows, "法定代表人");
        int top = PITCH * 3 - SIZE - 8;
        reading.add(line("法定代表人", new Box(X - 8, top, 5 * SIZE + 16, SIZE + 20)));
        assertThat(LabelColumnInk.unread(read(page, reading), reading)).isTrue();

        // the same when the detector boxed label and name together and only the label was read: the
        // label's own characters tell where it ends
        reading.remove(reading.size() - 1);
        Box whole = new Box(X - 8, top, 700, SIZE + 20);
        List<OcrSymbol> symbols = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            symbols.add(new OcrSymbol("法定代表人".substring(i, i + 1), 0.98, new Box(X + i * SIZE, top + 8, SIZE, SIZE)));
        }
        reading.add(new OcrLine("法定代表人", whole, 0.98, List.of(new OcrWord("法定代表人", whole, 0.98, symbols))));
        assertThat(LabelColumnInk.unread(read(page, reading), reading)).isTrue();
    }

    /** What is said of a licence whose legal-person row is printed and read as 法定代表人 and {@code value}. */
    private static Boolean unreadWithLegalPersonRead(String value) {
        List<String[]> rows = rows(true);
        rows.set(2, new String[] {"法定代表人", value});
        BufferedImage page = draw(rows);
        List<OcrLine> reading = reading(rows, null);
        return LabelColumnInk.unread(read(page, reading), reading);
    }

    private static List<String[]> rows(boolean withLegalPerson) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"名　　称", "深圳市云语科技有限公司"});
        rows.add(new String[] {"类　　型", "有限责任公司"});
        if (withLegalPerson) {
            rows.add(new String[] {"法定代表人", "王建国"});
        }
        rows.add(new String[] {"经营范围", "软件开发"});
        return rows;
    }

    private static BufferedImage draw(List<String[]> rows) {
        return Drawn.rows(rows.stream().map(List::of).toList(), FONT, Font.BOLD, SIZE, 1000, PITCH, X, VALUE_X);
    }

    /** Every row read as label and value, as a detector boxes them, except the row whose label is {@code lost}. */
    private static List<OcrLine> reading(List<String[]> rows, String lost) {
        List<OcrLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)[0].equals(lost)) {
                continue;
            }
            int top = PITCH * (i + 1) - SIZE - 8;
            lines.add(line(rows.get(i)[0].replace("　", "") + rows.get(i)[1], new Box(X - 8, top, 700, SIZE + 20)));
        }
        return lines;
    }

    private static OcrLine line(String text, Box box) {
        return new OcrLine(text, box, 0.98, List.of(new OcrWord(text, box, 0.98)));
    }

    private static ReadPage read(BufferedImage image, List<OcrLine> reading) {
        return new ReadPage(new Page(0, image, 0, null, 0), 0, 0, new OcrResult(reading), List.of());
    }
}
