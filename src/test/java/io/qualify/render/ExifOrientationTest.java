package io.qualify.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExifOrientationTest {

    /** 3 wide, 2 high, each pixel a distinct value so every mapping is checked exactly. */
    private static BufferedImage numbered() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                image.setRGB(x, y, y * 3 + x + 1);
            }
        }
        return image;
    }

    @ParameterizedTest(name = "orientation {0} displays rows {1}")
    @CsvSource({
        "1, '1 2 3|4 5 6'",
        "2, '3 2 1|6 5 4'",
        "3, '6 5 4|3 2 1'",
        "4, '4 5 6|1 2 3'",
        "5, '1 4|2 5|3 6'",
        "6, '4 1|5 2|6 3'",
        "7, '6 3|5 2|4 1'",
        "8, '3 6|2 5|1 4'",
    })
    void displays_the_stored_pixels_as_each_orientation_prescribes(int orientation, String expectedRows) {
        assertThat(rows(ExifOrientation.apply(numbered(), orientation))).isEqualTo(expectedRows);
    }

    @Test
    void reads_no_orientation_from_bytes_without_exif() {
        assertThat(ExifOrientation.read(Samples.encode(numbered(), "png"))).isEqualTo(1);
        assertThat(ExifOrientation.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo(1);
    }

    @Test
    void reads_the_orientation_of_a_jpeg_exif_block() {
        byte[] jpeg = Samples.jpegWithOrientation(Samples.markedCorner(16, 8), 6);
        assertThat(ExifOrientation.read(jpeg)).isEqualTo(6);
    }

    @Test
    void treats_an_out_of_range_orientation_as_none() {
        byte[] jpeg = Samples.jpegWithOrientation(Samples.markedCorner(16, 8), 9);
        assertThat(ExifOrientation.read(jpeg)).isEqualTo(1);
    }

    private static String rows(BufferedImage image) {
        StringBuilder rows = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                rows.append(image.getRGB(x, y) & 0xFFFFFF).append(x + 1 < image.getWidth() ? " " : "");
            }
            rows.append(y + 1 < image.getHeight() ? "|" : "");
        }
        return rows.toString();
    }
}
