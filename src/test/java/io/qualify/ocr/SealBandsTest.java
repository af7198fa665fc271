package io.qualify.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Box;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the rows a seal lies across are read again, whole and in page coordinates; the rest stays as first read. */
class SealBandsTest {

    /** Reads every strip as one line "申请单位" at its top, and remembers the strips' sizes. */
    private static final class StripEngine extends ReadingOnlyEngine {
        final List<int[]> strips = new ArrayList<>();

        @Override
        public OcrResult recognize(BufferedImage image, int dpi, SegmentationMode mode) {
            strips.add(new int[] {image.getWidth(), image.getHeight()});
            Box box = new Box(100, 10, 300, 30);
            return new OcrResult(List.of(new OcrLine("申请单位", box, 0.99, List.of(new OcrWord("申请单位", box, 0.99)))));
        }

        @Override
        public boolean findsLines() {
            return true;
        }
    }

    @Test
    void reads_again_the_full_width_rows_across_the_seals_and_keeps_the_first_reading_elsewhere() {
        OcrResult first = new OcrResult(List.of(line("标题", 100), line("正文", 400), line("落款乱码", 1010)));
        StripEngine engine = new StripEngine();
        List<Box> seals = List.of(new Box(600, 950, 200, 200), new Box(650, 1100, 200, 200));

        OcrResult read = SealBands.reread(new BufferedImage(1200, 1600, BufferedImage.TYPE_BYTE_GRAY), first, seals, engine);

        assertThat(engine.strips).hasSize(1);
        assertThat(engine.strips.get(0)[0]).isEqualTo(1200);
        assertThat(read.lines()).extracting(OcrLine::text).containsExactly("标题", "正文", "申请单位");
        int bandTop = 950 - 60;
        assertThat(read.lines().get(2).box().y()).isEqualTo(bandTop + 10);
        assertThat(read.lines().get(2).words().get(0).box().y()).isEqualTo(bandTop + 10);
    }

    @Test
    void a_page_without_seals_keeps_its_first_reading() {
        OcrResult first = new OcrResult(List.of(line("正文", 400)));
        StripEngine engine = new StripEngine();

        assertThat(SealBands.reread(new BufferedImage(1200, 1600, BufferedImage.TYPE_BYTE_GRAY), first, List.of(), engine))
                .isSameAs(first);
        assertThat(engine.strips).isEmpty();
    }

    private static OcrLine line(String text, int y) {
        Box box = new Box(100, y, 30 * text.length(), 30);
        return new OcrLine(text, box, 0.98, List.of(new OcrWord(text, box, 0.98)));
    }
}
