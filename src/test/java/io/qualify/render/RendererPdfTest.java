package io.qualify.render;

import static io.qualify.render.Samples.LICENCE_TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qualify.document.Page;
import io.qualify.document.SourceFile;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class RendererPdfTest {

    private static final int DPI = 100;

    /** Limits per page as shipped; the document's own limit roomy, so a test of one page's limit sees that alone. */
    private final Renderer renderer = new Renderer(
            new RenderLimits(20L * 1024 * 1024, 60_000_000L, 5, DPI, 200_000_000L));

    @Test
    void keeps_the_text_layer_of_a_born_digital_page_and_renders_it_too() throws Exception {
        List<Page> pages = render(Samples.pdf(LICENCE_TEXT));

        assertThat(pages).hasSize(1);
        Page page = pages.get(0);
        assertThat(page.textLayer()).contains("Hangzhou Yunyu Technology").contains("91330106MA2H3XYZ7Q");
        assertThat(page.dpi()).isEqualTo(DPI);
        assertThat(page.image().getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(page.image().getWidth()).isEqualTo((int) (PDRectangle.A4.getWidth() * DPI / 72f));
        assertThat(page.rotation()).isZero();
    }

    @Test
    void gives_a_blank_page_no_text_layer_but_an_image() throws Exception {
        Page page = render(Samples.pdf((String) null)).get(0);

        assertThat(page.textLayer()).isNull();
        assertThat(page.image()).isNotNull();
        assertThat(page.image().getRGB(100, 100) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void gives_no_text_layer_to_a_page_with_only_a_few_characters() throws Exception {
        assertThat(render(Samples.pdf("Page 1")).get(0).textLayer()).isNull();
    }

    @Test
    void renders_every_page_in_order_with_its_own_text() throws Exception {
        List<Page> pages = render(Samples.pdf(LICENCE_TEXT, null, "Letter of commitment signed by the legal person"));

        assertThat(pages).extracting(Page::index).containsExactly(0, 1, 2);
        assertThat(pages.get(0).textLayer()).contains("licence").doesNotContain("commitment");
        assertThat(pages.get(1).textLayer()).isNull();
        assertThat(pages.get(2).textLayer()).contains("commitment").doesNotContain("licence");
    }

    @Test
    void refuses_a_pdf_with_a_user_password_as_encrypted() throws Exception {
        byte[] pdf = Samples.encryptedPdf("owner-secret", "user-secret");

        assertThatThrownBy(() -> render(pdf))
                .isInstanceOf(EncryptedDocumentException.class)
                .hasMessageContaining("without a password");
    }

    @Test
    void reads_a_pdf_protected_only_by_an_owner_password() throws Exception {
        List<Page> pages = render(Samples.encryptedPdf("owner-secret", ""));

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).textLayer()).contains("91330106MA2H3XYZ7Q");
    }

    @Test
    void refuses_a_pdf_with_more_pages_than_the_limit() throws Exception {
        byte[] pdf = Samples.pdf(LICENCE_TEXT, LICENCE_TEXT, LICENCE_TEXT, LICENCE_TEXT, LICENCE_TEXT, LICENCE_TEXT);

        assertThatThrownBy(() -> render(pdf))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("6 pages")
                .hasMessageContaining("maxPages");
    }

    @Test
    void lowers_the_dpi_of_a_page_that_would_exceed_the_pixel_limit() throws Exception {
        Renderer tight = new Renderer(new RenderLimits(20L * 1024 * 1024, 1_000_000L, 5, 300));

        Page page = tight.render(SourceFile.of("a4.pdf", Samples.pdf(LICENCE_TEXT))).get(0);

        assertThat(page.dpi()).isBetween(90, 299);
        assertThat((long) page.image().getWidth() * page.image().getHeight()).isLessThanOrEqualTo(1_000_000L);
        assertThat(page.textLayer()).isNotNull();
    }

    @Test
    void lowers_the_dpi_only_for_the_oversized_page() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            document.addPage(Samples.textPage(document, PDRectangle.A4, LICENCE_TEXT));
            document.addPage(Samples.textPage(document, new PDRectangle(72 * 100, 72 * 100), LICENCE_TEXT));
            pdf = Samples.save(document);
        }

        List<Page> pages = render(pdf);

        assertThat(pages.get(0).dpi()).isEqualTo(DPI);
        assertThat(pages.get(1).dpi()).isEqualTo(77);
    }

    @Test
    void renders_a_long_pdf_at_a_lower_dpi_so_its_pages_together_stay_within_the_document_limit() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 4; i++) {
                document.addPage(Samples.textPage(document, PDRectangle.A4, LICENCE_TEXT));
            }
            pdf = Samples.save(document);
        }
        long a4At300 = 2480L * 3508;
        Renderer roomy = new Renderer(new RenderLimits(20L * 1024 * 1024, 60_000_000L, 5, 300, 4 * a4At300 + 100_000));
        Renderer tight = new Renderer(new RenderLimits(20L * 1024 * 1024, 60_000_000L, 5, 300, 2 * a4At300));

        List<Page> asConfigured = roomy.render(SourceFile.of("four.pdf", pdf));
        List<Page> lowered = tight.render(SourceFile.of("four.pdf", pdf));

        assertThat(asConfigured).extracting(Page::dpi).containsOnly(300);
        assertThat(lowered).extracting(Page::dpi).containsOnly(212);
        assertThat(lowered.stream().mapToLong(p -> (long) p.image().getWidth() * p.image().getHeight()).sum())
                .isLessThanOrEqualTo(2 * a4At300);
    }

    @Test
    void reads_a_pdf_with_junk_before_its_header() throws Exception {
        byte[] junk = new byte[200];
        Arrays.fill(junk, (byte) '#');

        List<Page> pages = render(Samples.concat(junk, Samples.pdf(LICENCE_TEXT)));

        assertThat(pages.get(0).textLayer()).contains("Hangzhou");
    }

    @Test
    void refuses_a_corrupt_pdf_as_unreadable() {
        byte[] corrupt = Samples.ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ngarbage garbage\n");

        assertThatThrownBy(() -> render(corrupt)).isExactlyInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("PDF");
    }

    @Test
    void refuses_a_pdf_without_pages_as_unreadable() throws Exception {
        byte[] empty;
        try (PDDocument document = new PDDocument()) {
            empty = Samples.save(document);
        }

        assertThatThrownBy(() -> render(empty)).isExactlyInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("no pages");
    }

    @Test
    void refuses_a_truncated_pdf_as_unreadable() throws Exception {
        byte[] pdf = Samples.pdf(LICENCE_TEXT);

        assertThatThrownBy(() -> render(Samples.slice(pdf, 0, 30)))
                .isExactlyInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void opens_a_pdf_and_renders_each_page_when_it_is_asked_for() throws Exception {
        byte[] pdf = Samples.pdf(LICENCE_TEXT, null, "Letter of commitment signed by the legal person");

        try (RenderedPages pages = renderer.open(SourceFile.of("document.pdf", pdf))) {
            assertThat(pages.count()).isEqualTo(3);
            Page last = pages.page(2);
            Page first = pages.page(0);

            assertThat(last.index()).isEqualTo(2);
            assertThat(last.textLayer()).contains("commitment");
            assertThat(first.textLayer()).contains("licence");
            assertThat(pages.page(1).image()).isNotSameAs(pages.page(1).image()); // rendered anew, not kept
        }
    }

    @Test
    void checks_the_page_limit_when_it_opens_a_pdf_before_any_page_is_rendered() throws Exception {
        byte[] pdf = Samples.pdf(LICENCE_TEXT, LICENCE_TEXT, LICENCE_TEXT, LICENCE_TEXT, LICENCE_TEXT, LICENCE_TEXT);

        assertThatThrownBy(() -> renderer.open(SourceFile.of("long.pdf", pdf)))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("6 pages");
    }

    @Test
    void renders_no_page_once_its_reading_is_given_up() throws Exception {
        try (RenderedPages pages = renderer.open(SourceFile.of("document.pdf", Samples.pdf(LICENCE_TEXT, LICENCE_TEXT)))) {
            pages.page(0);
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> pages.page(1)).isInstanceOf(CancellationException.class)
                        .hasMessageContaining("page 2");
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void keeps_no_decoded_image_in_an_open_document_but_keeps_its_fonts() throws Exception {
        PdfPages.WithoutXObjects cache = new PdfPages.WithoutXObjects();
        COSObject imageKey = new COSObject(null, new COSObjectKey(7, 0));
        COSObject fontKey = new COSObject(null, new COSObjectKey(8, 0));
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = LosslessFactory.createFromImage(document, new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

            cache.put(imageKey, image);
            cache.put(fontKey, font);

            assertThat(cache.getXObject(imageKey)).isNull();
            assertThat(cache.getFont(fontKey)).isSameAs(font);
        }
    }

    @Test
    void renders_an_image_two_pages_share_on_both() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            BufferedImage black = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            PDImageXObject shared = LosslessFactory.createFromImage(document, black);
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(shared, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            pdf = Samples.save(document);
        }

        List<Page> pages = render(pdf);

        assertThat(pages).hasSize(2).allSatisfy(p -> assertThat(p.image().getRGB(50, 50) & 0xFFFFFF).isZero());
    }

    private List<Page> render(byte[] pdf) throws UnreadableDocumentException {
        return renderer.render(SourceFile.of("document.pdf", pdf));
    }
}
