package io.qualify.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.document.Page;
import io.qualify.document.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real PDFs kept outside the project (they are not ours to redistribute); skipped where they are absent. */
class RealDocumentsTest {

    private static final Path REAL_PDFS = Path.of("../shared/realdocs/pdf");

    private final Renderer renderer = new Renderer(RenderLimits.DEFAULT);

    @Test
    void renders_a_scanned_two_page_pdf_without_a_text_layer() throws Exception {
        List<Page> pages = render("pdf01_scanned_chinese_book_2p_imageonly.pdf");

        assertThat(pages).hasSize(2);
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.textLayer()).isNull();
            assertThat(page.image().getWidth()).isGreaterThan(500);
        });
    }

    @Test
    void keeps_the_chinese_text_layer_of_a_born_digital_pdf() throws Exception {
        List<Page> pages = render("pdf02_borndigital_chinese_chem_mindmap_1p.pdf");

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).textLayer()).isNotNull()
                .matches(text -> text.codePoints().anyMatch(Character::isIdeographic), "contains CJK ideographs");
        assertThat(pages.get(0).image()).isNotNull();
    }

    private List<Page> render(String name) throws IOException, UnreadableDocumentException {
        Path file = REAL_PDFS.resolve(name);
        assumeTrue(Files.isReadable(file), () -> "real document absent: " + file.toAbsolutePath());
        return renderer.render(SourceFile.of(name, Files.readAllBytes(file)));
    }
}
