package io.qualify.render;

import static io.qualify.render.Samples.encode;
import static io.qualify.render.Samples.isBlue;
import static io.qualify.render.Samples.isRed;
import static io.qualify.render.Samples.isWhite;
import static io.qualify.render.Samples.markedCorner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qualify.document.Page;
import io.qualify.document.SourceFile;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RendererImageTest {

    private final Renderer renderer = new Renderer(RenderLimits.DEFAULT);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"png", "jpeg", "bmp", "tiff"})
    void decodes_each_image_format_to_one_rgb_page_of_the_right_size(String format) throws Exception {
        List<Page> pages = render("scan." + format, encode(markedCorner(120, 80), format));

        assertThat(pages).hasSize(1);
        Page page = pages.get(0);
        assertThat(page.index()).isZero();
        assertThat(page.image().getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(page.image().getWidth()).isEqualTo(120);
        assertThat(page.image().getHeight()).isEqualTo(80);
        assertThat(isRed(page.image().getRGB(5, 5))).isTrue();
        assertThat(page.textLayer()).isNull();
        assertThat(page.rotation()).isZero();
    }

    @Test
    void decodes_a_lossless_webp() throws Exception {
        BufferedImage image = render("photo.webp", Samples.WEBP_8X6).get(0).image();

        assertThat(image.getWidth()).isEqualTo(8);
        assertThat(image.getHeight()).isEqualTo(6);
        assertThat(isBlue(image.getRGB(0, 0))).isTrue();
        assertThat(isRed(image.getRGB(7, 5))).isTrue();
    }

    @Test
    void sniffs_the_content_and_ignores_a_misleading_file_name() throws Exception {
        List<Page> pages = render("licence.pdf", encode(markedCorner(40, 30), "png"));

        assertThat(pages.get(0).image().getWidth()).isEqualTo(40);
    }

    @Test
    void gives_one_page_per_image_of_a_multi_page_tiff() throws Exception {
        byte[] tiff = Samples.multiPageTiff(List.of(markedCorner(60, 40), markedCorner(30, 50), markedCorner(10, 10)));

        List<Page> pages = render("scan.tif", tiff);

        assertThat(pages).extracting(Page::index).containsExactly(0, 1, 2);
        assertThat(pages).extracting(p -> p.image().getWidth()).containsExactly(60, 30, 10);
        assertThat(pages).extracting(p -> p.image().getHeight()).containsExactly(40, 50, 10);
    }

    @Test
    void flattens_transparency_onto_white() throws Exception {
        BufferedImage argb = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 10, 20);
        g.dispose();

        BufferedImage image = render("logo.png", encode(argb, "png")).get(0).image();

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(isRed(image.getRGB(2, 2))).isTrue();
        assertThat(image.getRGB(15, 15) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void rotates_a_photo_with_exif_orientation_6_ninety_degrees_clockwise() throws Exception {
        Page page = render("photo.jpg", Samples.jpegWithOrientation(markedCorner(160, 80), 6)).get(0);

        assertThat(page.image().getWidth()).isEqualTo(80);
        assertThat(page.image().getHeight()).isEqualTo(160);
        assertThat(isRed(page.image().getRGB(75, 5))).as("stored top-left shown top-right").isTrue();
        assertThat(isWhite(page.image().getRGB(5, 5))).isTrue();
        assertThat(page.rotation()).isZero();
    }

    @Test
    void turns_a_photo_with_exif_orientation_3_upside_down() throws Exception {
        BufferedImage image = render("photo.jpg", Samples.jpegWithOrientation(markedCorner(160, 80), 3)).get(0).image();

        assertThat(image.getWidth()).isEqualTo(160);
        assertThat(isRed(image.getRGB(155, 75))).as("stored top-left shown bottom-right").isTrue();
        assertThat(isWhite(image.getRGB(5, 5))).isTrue();
    }

    @Test
    void mirrors_a_photo_with_exif_orientation_2() throws Exception {
        BufferedImage image = render("selfie.jpg", Samples.jpegWithOrientation(markedCorner(160, 80), 2)).get(0).image();

        assertThat(image.getWidth()).isEqualTo(160);
        assertThat(isRed(image.getRGB(155, 5))).as("stored top-left shown top-right").isTrue();
        assertThat(isWhite(image.getRGB(5, 5))).isTrue();
    }

    @Test
    void transposes_a_photo_with_exif_orientation_7() throws Exception {
        BufferedImage image = render("selfie.jpg", Samples.jpegWithOrientation(markedCorner(160, 80), 7)).get(0).image();

        assertThat(image.getWidth()).isEqualTo(80);
        assertThat(image.getHeight()).isEqualTo(160);
        assertThat(isRed(image.getRGB(75, 155))).as("stored top-left shown bottom-right").isTrue();
    }

    @Test
    void ignores_a_broken_exif_block() throws Exception {
        byte[] jpeg = Samples.jpegWithOrientation(markedCorner(160, 80), 6);
        jpeg[12] = 'X';
        jpeg[13] = 'X';

        BufferedImage image = render("photo.jpg", jpeg).get(0).image();

        assertThat(image.getWidth()).isEqualTo(160);
    }

    @Test
    void reports_the_resolution_a_png_declares() throws Exception {
        Page page = render("scan.png", Samples.pngWithDpi(markedCorner(30, 30), 300)).get(0);

        assertThat(page.dpi()).isEqualTo(300);
    }

    @Test
    void reports_unknown_resolution_when_the_file_declares_none() throws Exception {
        assertThat(render("scan.png", encode(markedCorner(30, 30), "png")).get(0).dpi()).isZero();
    }

    @Test
    void refuses_an_image_whose_header_exceeds_the_pixel_limit_without_decoding_it() {
        byte[] bomb = Samples.pngHeaderOnly(30_000, 30_000);

        assertThatThrownBy(() -> render("bomb.png", bomb))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("maxPixels")
                .hasMessageContaining("900.0 megapixels");
    }

    @Test
    void refuses_a_file_over_the_size_limit() {
        Renderer small = new Renderer(new RenderLimits(1024 * 1024, 60_000_000, 20, 300));
        byte[] content = new byte[2 * 1024 * 1024];

        assertThatThrownBy(() -> small.render(SourceFile.of("big.jpg", content)))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("maxFileBytes")
                .hasMessageContaining("2.0 MB")
                .hasMessageContaining("1.0 MB");
    }

    @Test
    void refuses_a_file_that_was_not_loaded_because_it_is_too_large() {
        SourceFile unloaded = new SourceFile("huge.pdf", 50L * 1024 * 1024, null);

        assertThatThrownBy(() -> renderer.render(unloaded))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("50.0 MB");
    }

    @Test
    void refuses_a_truncated_jpeg_as_unreadable() {
        byte[] jpeg = encode(noise(200, 150), "jpeg");
        byte[] truncated = Samples.slice(jpeg, 0, jpeg.length / 2);

        assertThatThrownBy(() -> render("photo.jpg", truncated))
                .isExactlyInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("JPEG")
                .hasMessageContaining("truncated");
    }

    @Test
    void accepts_a_complete_jpeg_that_only_lacks_its_end_marker() throws Exception {
        byte[] jpeg = encode(markedCorner(120, 80), "jpeg");

        BufferedImage image = render("photo.jpg", Samples.slice(jpeg, 0, jpeg.length - 2)).get(0).image();

        assertThat(isRed(image.getRGB(5, 5))).isTrue();
        assertThat(isWhite(image.getRGB(115, 75))).isTrue();
    }

    @Test
    void refuses_a_jpeg_cut_inside_its_header_as_unreadable() {
        byte[] jpeg = encode(markedCorner(40, 30), "jpeg");

        assertThatThrownBy(() -> render("photo.jpg", Samples.slice(jpeg, 0, 40)))
                .isExactlyInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void refuses_a_png_with_damaged_data_as_unreadable() {
        byte[] png = encode(noise(50, 50), "png");
        for (int i = png.length / 2; i < png.length / 2 + 64; i++) {
            png[i] ^= 0x5A;
        }

        assertThatThrownBy(() -> render("scan.png", png)).isExactlyInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void refuses_random_bytes_as_unsupported_and_lists_the_supported_types() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[0] = 0x42;

        assertThatThrownBy(() -> render("scan.jpg", random))
                .isExactlyInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("not supported")
                .hasMessageContaining("JPEG, PNG, TIFF, BMP, WebP, PDF");
    }

    @Test
    void refuses_a_gif_as_unsupported() {
        byte[] gif = encode(markedCorner(20, 20), "gif");

        assertThatThrownBy(() -> render("seal.gif", gif)).hasMessageContaining("not supported");
    }

    @Test
    void refuses_an_empty_file_as_unsupported() {
        assertThatThrownBy(() -> render("empty.png", new byte[0])).hasMessageContaining("not supported");
    }

    private List<Page> render(String name, byte[] content) throws UnreadableDocumentException {
        return renderer.render(SourceFile.of(name, content));
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }
}
