package io.qualify.ocr.paddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.FloatBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Greedy CTC decoding of a hand-made probability table: repeats merge, blanks split, places and confidences kept. */
class CtcDecoderTest {

    private static final List<String> CLASSES = List.of("", "名", "称", " ");

    @Test
    void merges_repeats_drops_blanks_and_keeps_each_characters_mean_confidence_and_place() {
        // steps: 名 名 blank 称 称(0.6) blank blank 名 — two 名 apart from a blank are two characters
        float[][] steps = {
            {0.1f, 0.9f, 0, 0}, {0.2f, 0.7f, 0.1f, 0}, {0.9f, 0.1f, 0, 0}, {0, 0, 1f, 0},
            {0.3f, 0.1f, 0.6f, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}, {0.2f, 0.8f, 0, 0}};

        CtcDecoder.Reading reading = CtcDecoder.decode(flat(steps), 0, steps.length, 4, CLASSES, 1.0 / steps.length);

        assertThat(reading.text()).isEqualTo("名称名");
        assertThat(reading.characters().get(0).confidence()).isCloseTo(0.8, within(1e-6));
        assertThat(reading.characters().get(1).confidence()).isCloseTo(0.8, within(1e-6));
        assertThat(reading.characters().get(0).from()).isEqualTo(0);
        assertThat(reading.characters().get(0).to()).isEqualTo(0.25);
        assertThat(reading.characters().get(1).from()).isEqualTo(0.375);
        assertThat(reading.characters().get(2).to()).isEqualTo(1.0);
        assertThat(reading.confidence()).isCloseTo(0.8, within(1e-6));
    }

    @Test
    void reads_nothing_from_blanks_alone() {
        float[][] steps = {{1, 0, 0, 0}, {0.9f, 0.1f, 0, 0}};

        CtcDecoder.Reading reading = CtcDecoder.decode(flat(steps), 0, 2, 4, CLASSES, 0.5);

        assertThat(reading.characters()).isEmpty();
        assertThat(reading.confidence()).isZero();
    }

    private static FloatBuffer flat(float[][] steps) {
        FloatBuffer buffer = FloatBuffer.allocate(steps.length * steps[0].length);
        for (float[] step : steps) {
            buffer.put(step);
        }
        return buffer.flip();
    }
}
