package io.qualify.ocr.paddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.synth.Fonts;
import io.qualify.vision.OpenCv;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencv.core.Mat;

/**
 * Silences on drawn lines: a reading that skips two printed characters has the characters beside the
 * stretch lowered; a wide blank (a spaced label) and a reading with nothing skipped are left as they are.
 */
class SilencesTest {

    private static final String FONT = "Noto Sans CJK SC";
    private static final int SIZE = 30;
    private static final int MARGIN = 10;

    @BeforeAll
    static void fonts() {
        assumeTrue(Fonts.installed().families().contains(FONT), "fonts-noto-cjk missing (bin/setup installs it)");
        OpenCv.load();
    }

    @Test
    void characters_beside_a_printed_stretch_read_as_nothing_are_lowered() {
        String printed = "重庆市麒宸广告有限公司";
        Mat crop = line(printed);
        // the recogniser read every character but 麒宸 (places 3 and 4), each at 0.99
        CtcDecoder.Reading reading = reading(printed, crop.cols(), 3, 4);

        CtcDecoder.Reading marked = Silences.mark(crop, reading);

        assertThat(marked.text()).isEqualTo("重庆市广告有限公司");
        assertThat(confidences(marked)).containsExactly(0.99, 0.99, 0.5, 0.5, 0.99, 0.99, 0.99, 0.99, 0.99);
        crop.release();
    }

    /**
     * A spaced label and its value (名　　称 with nothing printed in the two places between) and a reading
     * that skips nothing: no silence.
     */
    @ParameterizedTest
    @ValueSource(strings = {"名　　称重庆市广告", "重庆市麒宸广告有限公司"})
    void a_reading_that_passes_over_no_print_is_left_as_it_is(String printed) {
        Mat crop = line(printed);
        CtcDecoder.Reading reading = reading(printed, crop.cols());

        assertThat(Silences.mark(crop, reading)).isSameAs(reading);
        crop.release();
    }

    /** The text drawn as one line, one character per {@link #SIZE} px, as a BGR crop with a margin. */
    private static Mat line(String text) {
        BufferedImage image = new BufferedImage(2 * MARGIN + SIZE * text.length(), SIZE * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(FONT, Font.PLAIN, SIZE));
        for (int i = 0; i < text.length(); i++) {
            g.drawString(text.substring(i, i + 1), MARGIN + i * SIZE, SIZE * 3 / 2 - 4);
        }
        g.dispose();
        return Tensors.bgr(image);
    }

    /** A reading of each printed character but the skipped ones and blanks, each firing at its centre. */
    private static CtcDecoder.Reading reading(String printed, int width, int... skipped) {
        List<CtcDecoder.Character> characters = new ArrayList<>();
        for (int i = 0; i < printed.length(); i++) {
            int at = i;
            if (printed.charAt(i) == '　' || java.util.Arrays.stream(skipped).anyMatch(s -> s == at)) {
                continue;
            }
            double centre = (MARGIN + (i + 0.5) * SIZE) / width;
            characters.add(new CtcDecoder.Character(printed.substring(i, i + 1), 0.99, centre - 0.005, centre + 0.005));
        }
        return new CtcDecoder.Reading(characters);
    }

    private static List<Double> confidences(CtcDecoder.Reading reading) {
        return reading.characters().stream().map(CtcDecoder.Character::confidence).toList();
    }
}
