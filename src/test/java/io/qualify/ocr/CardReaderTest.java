package io.qualify.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CardReaderTest {

    /** An engine that finds {@code lines} lines in any image and counts the readings asked of it. */
    private static final class CountingEngine extends ReadingOnlyEngine {
        final int lines;
        final AtomicInteger readings = new AtomicInteger();

        CountingEngine(int lines) {
            this.lines = lines;
        }

        @Override
        public OcrResult recognize(BufferedImage image, int dpi, SegmentationMode mode) {
            readings.incrementAndGet();
            return OcrResult.EMPTY;
        }

        @Override
        public boolean findsLines() {
            return true;
        }

        @Override
        public int linesFound(BufferedImage image) {
            return lines;
        }
    }

    private static final BufferedImage CARD = new BufferedImage(856, 540, BufferedImage.TYPE_INT_RGB);

    @Test
    void a_first_look_reads_nothing_where_more_lines_are_found_than_a_card_prints() {
        CountingEngine page = new CountingEngine(CardReader.MAX_CARD_LINES + 1);

        assertThat(new CardReader().readPlainly(CARD, page)).isEmpty();
        assertThat(page.readings).hasValue(0);
    }

    @Test
    void a_first_look_reads_a_card_once_and_tries_no_other_way() {
        CountingEngine card = new CountingEngine(12);

        assertThat(new CardReader().readPlainly(CARD, card)).as("nothing plain was read").isEmpty();
        assertThat(card.readings).hasValue(1);
        // a full reading tries the half turn and both mirrorings too
        CountingEngine full = new CountingEngine(12);
        new CardReader().read(CARD, full);
        assertThat(full.readings).hasValue(4);
    }
}
